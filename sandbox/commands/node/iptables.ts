// `iptables-save` and `iptables -L/-S` on a kind node (iptables 1.8.9, nf_tables backend): the
// node's rules from the same per-node Proxier the connection engine walks, so what is printed
// is what packets meet. Rules are kube-proxy's to write; hand edits are refused.

import { nodeRules } from '../../net/connect/index.js';
import { iptablesList, iptablesSave, ruleLine } from '../../net/index.js';
import { BUILTIN_CHAINS, chainOrder, newTable, type Table, type TableName } from '../../net/iptables/model.js';
import type { Command, CommandContext } from '../types.js';
import { nodeOf } from './common.js';

const VERSION = 'iptables v1.8.9 (nf_tables)';
const EDITS = new Set(['-A', '--append', '-I', '--insert', '-D', '--delete', '-R', '--replace', '-F', '--flush', '-N', '--new-chain', '-X', '--delete-chain', '-P', '--policy', '-Z', '--zero', '-E', '--rename-chain']);

function tableOf(ctx: CommandContext, name: string): Table | undefined | 'none' {
  if (!(name in BUILTIN_CHAINS)) return undefined;
  const node = nodeOf(ctx);
  if (!node) return 'none';
  return nodeRules(ctx.cluster, node).tables.get(name as TableName) ?? newTable(name as TableName);
}

function noTable(ctx: CommandContext, prog: string, name: string): number {
  ctx.stderr(`${prog === 'iptables' ? VERSION : 'iptables-save v1.8.9 (nf_tables)'}: can't initialize iptables table \`${name}': Table does not exist (do you need to insmod?)\nPerhaps iptables or your kernel needs to be upgraded.\n`);
  return prog === 'iptables' ? 3 : 1;
}

function save(ctx: CommandContext): number {
  const args = ctx.argv.slice(1);
  let table: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '-t' || a === '--table') table = args[++i];
    else if (a.startsWith('--table=')) table = a.slice(8);
    else if (a !== '-c' && a !== '--counters') {
      ctx.stderr(`Unknown arguments found on commandline\n`);
      return 1;
    }
  }
  const node = nodeOf(ctx);
  if (!node) return 0;
  if (table !== undefined && !(table in BUILTIN_CHAINS)) return noTable(ctx, 'iptables-save', table);
  ctx.stdout(iptablesSave(nodeRules(ctx.cluster, node), { now: ctx.cluster.now, ...(table ? { table } : {}) }));
  return 0;
}

function specs(t: Table, chain: string | undefined): string {
  const chains = chainOrder(t).filter((c) => !chain || c.name === chain);
  const heads = chains.map((c) => (c.policy ? `-P ${c.name} ${c.policy}` : `-N ${c.name}`));
  const rules = chains.flatMap((c) => c.rules.map((r) => ruleLine(c.name, r)));
  return [...heads, ...rules].map((l) => l + '\n').join('');
}

function iptablesRun(ctx: CommandContext): number {
  const args = ctx.argv.slice(1);
  let tableName = 'filter';
  let mode: 'L' | 'S' | undefined;
  let chain: string | undefined;
  const opts = { numeric: false, verbose: false };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (EDITS.has(a)) {
      ctx.stderr(`knet: ${a} is not simulated: these tables belong to kube-proxy and kindnetd, which rewrite them on every sync; change the Service, EndpointSlice or NetworkPolicy instead.\n`);
      return 4;
    }
    if (a === '-t' || a === '--table') tableName = args[++i] ?? '';
    else if (a === '-L' || a === '--list') mode = 'L';
    else if (a === '-S' || a === '--list-rules') mode = 'S';
    else if (a === '-n' || a === '--numeric') opts.numeric = true;
    else if (a === '-v' || a === '--verbose') opts.verbose = true;
    else if (/^-[LSnv]+$/.test(a)) {
      if (a.includes('L')) mode = 'L';
      if (a.includes('S')) mode = 'S';
      opts.numeric ||= a.includes('n');
      opts.verbose ||= a.includes('v');
    } else if (!a.startsWith('-') && mode && chain === undefined) chain = a;
    else {
      ctx.stderr(a.startsWith('-') ? `${VERSION}: unknown option "${a}"\nTry \`iptables -h' or 'iptables --help' for more information.\n` : `Bad argument \`${a}'\nTry \`iptables -h' or 'iptables --help' for more information.\n`);
      return 2;
    }
  }
  if (!mode) {
    ctx.stderr(`${VERSION}: no command specified\nTry \`iptables -h' or 'iptables --help' for more information.\n`);
    return 2;
  }
  const t = tableOf(ctx, tableName);
  if (t === undefined) return noTable(ctx, 'iptables', tableName);
  if (t === 'none') return 0;
  if (chain !== undefined && !t.chains.has(chain)) {
    ctx.stderr('iptables: No chain/target/match by that name.\n');
    return 1;
  }
  ctx.stdout(mode === 'S' ? specs(t, chain) : iptablesList(t, { ...opts, ...(chain ? { chain } : {}) }) ?? '');
  return 0;
}

export const iptablesSaveCmd: Command = { name: 'iptables-save', run: save };
export const iptables: Command = { name: 'iptables', run: iptablesRun };
