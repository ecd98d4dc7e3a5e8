// `crictl ps [-a]` and `crictl pods` on a kind node: the containers and pod sandboxes containerd
// runs for the pods the scheduler put on this node (crictl v1.34's tabwriter: minwidth 20, padding 3).

import type { KubeObject } from '../../api/types.js';
import { humanDuration } from '../docker/containers.js';
import type { Command, CommandContext } from '../types.js';
import { nodeOf, podsOn, sandboxID } from './common.js';

/** text/tabwriter(minwidth 20, tabwidth 1, padding 3), the last column unpadded. */
function table(rows: string[][]): string {
  const widths: number[] = [];
  for (const r of rows) r.forEach((c, i) => i < r.length - 1 && (widths[i] = Math.max(widths[i] ?? 0, c.length)));
  return rows.map((r) => r.map((c, i) => (i < r.length - 1 ? c.padEnd(Math.max(widths[i]! + 3, 20)) : c)).join('') + '\n').join('');
}

const ago = (ctx: CommandContext, t: string | undefined) => `${humanDuration(ctx.cluster.now - (Date.parse(t ?? '') || ctx.cluster.now))} ago`;
const short = (id: string) => id.replace(/^[a-z]+:\/\//, '').replace(/^.*sha256:/, '').slice(0, 13);

interface Row {
  created: number;
  cells: string[];
  id: string;
}

interface PsOptions {
  all: boolean;
  quiet: boolean;
  name?: RegExp;
  namespace?: string;
}

function containers(ctx: CommandContext, pods: KubeObject[], o: PsOptions): string {
  const rows: Row[] = [];
  for (const pod of pods) {
    for (const s of pod.status?.containerStatuses ?? []) {
      const st = s.state ?? {};
      const state = st.running ? 'Running' : st.terminated ? 'Exited' : 'Created';
      if (!s.containerID || (!o.all && state !== 'Running')) continue;
      if ((o.name && !o.name.test(s.name)) || (o.namespace && pod.metadata.namespace !== o.namespace)) continue;
      const started = st.running?.startedAt ?? st.terminated?.startedAt ?? pod.metadata.creationTimestamp;
      rows.push({
        created: Date.parse(started ?? '') || 0,
        id: s.containerID.replace(/^[a-z]+:\/\//, ''),
        cells: [short(s.containerID), short(s.imageID || s.image), ago(ctx, started), state, s.name, String(s.restartCount ?? 0), short(sandboxID(pod)), pod.metadata.name!, pod.metadata.namespace!],
      });
    }
  }
  // crictl sorts newest first.
  rows.sort((a, b) => b.created - a.created);
  if (o.quiet) return rows.map((r) => `${r.id}\n`).join('');
  return table([['CONTAINER', 'IMAGE', 'CREATED', 'STATE', 'NAME', 'ATTEMPT', 'POD ID', 'POD', 'NAMESPACE'], ...rows.map((r) => r.cells)]);
}

function sandboxes(ctx: CommandContext, pods: KubeObject[]): string {
  const rows = pods
    .map((pod) => ({
      created: Date.parse(pod.metadata.creationTimestamp ?? '') || 0,
      cells: [short(sandboxID(pod)), ago(ctx, pod.metadata.creationTimestamp), pod.metadata.deletionTimestamp || pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed' ? 'NotReady' : 'Ready', pod.metadata.name!, pod.metadata.namespace!, '0', '(default)'],
    }))
    .sort((a, b) => b.created - a.created);
  return table([['POD ID', 'CREATED', 'STATE', 'NAME', 'NAMESPACE', 'ATTEMPT', 'RUNTIME'], ...rows.map((r) => r.cells)]);
}

function run(ctx: CommandContext): number {
  const [sub, ...args] = ctx.argv.slice(1);
  const node = nodeOf(ctx);
  if (!node) {
    ctx.stderr('crictl: no container runtime here\n');
    return 1;
  }
  // Only scheduled pods whose sandbox the kubelet created (they have an IP or run on the host network).
  const pods = podsOn(ctx.cluster, node.metadata.name!).filter((p) => p.status?.phase !== 'Pending' || (p.status?.containerStatuses ?? []).length);
  const o: PsOptions = { all: false, quiet: false };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '-a' || a === '--all') o.all = true;
    else if (sub === 'ps' && (a === '-q' || a === '--quiet')) o.quiet = true;
    else if (sub === 'ps' && (a === '--name' || a === '--namespace') && args[i + 1] !== undefined) {
      if (a === '--name') {
        const re = args[++i]!;
        try {
          o.name = new RegExp(re);
        } catch {
          ctx.stderr(`time="${new Date(ctx.cluster.now).toISOString().replace(/\.\d+Z$/, 'Z')}" level=fatal msg="listing containers: invalid name filter regexp ${JSON.stringify(re)}"\n`);
          return 1;
        }
      } else o.namespace = args[++i]!;
    } else {
      ctx.stderr(`time="${new Date(ctx.cluster.now).toISOString().replace(/\.\d+Z$/, 'Z')}" level=fatal msg="flag provided but not defined: ${a.replace(/^-+/, '-')}"\n`);
      return 1;
    }
  }
  if (sub === 'ps') ctx.stdout(containers(ctx, pods, o));
  else if (sub === 'pods') ctx.stdout(sandboxes(ctx, pods));
  else {
    ctx.stderr(sub ? `No help topic for '${sub}'\n` : 'NAME:\n   crictl - client for CRI\n\nUSAGE:\n   crictl [global options] command [command options]\n\nVERSION:\n   v1.34.0\n\nCOMMANDS:\n   pods     List pods\n   ps       List containers\n');
    return sub ? 3 : 0;
  }
  return 0;
}

export const crictl: Command = { name: 'crictl', run };
