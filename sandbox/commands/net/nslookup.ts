// nslookup in two flavours: busybox's own resolver (every search domain at once, A and AAAA, every
// reply printed) and BIND's (search list and ndots, the first answer, `#53` addresses).

import { lookup, type QueryResult } from '../../net/connect/index.js';
import type { Msg, RRType } from '../../net/dns/types.js';
import type { Command, CommandContext } from '../types.js';
import { hasBusybox, serverAddress, source } from './common.js';

const bare = (n: string) => n.replace(/\.$/, '');

function answerLines(m: Msg): string {
  let out = '';
  for (const rr of m.answer) {
    if (rr.type === 'A' || rr.type === 'AAAA') out += `Name:\t${bare(rr.name)}\nAddress: ${rr.address}\n`;
    else if (rr.type === 'CNAME') out += `${bare(rr.name)}\tcanonical name = ${rr.target}\n`;
    else if (rr.type === 'PTR') out += `${bare(rr.name)}\tname = ${rr.target}\n`;
    else if (rr.type === 'SRV') out += `${bare(rr.name)}\tservice = ${rr.priority} ${rr.weight} ${rr.port} ${rr.target}\n`;
    else if (rr.type === 'TXT') out += `${bare(rr.name)}\ttext = ${rr.text.map((t) => `"${t}"`).join(' ')}\n`;
  }
  return out;
}

function reverseName(ip: string): string | undefined {
  const p = ip.split('.');
  return p.length === 4 && p.every((x) => /^\d+$/.test(x)) ? `${p.reverse().join('.')}.in-addr.arpa` : undefined;
}

function parseArgs(argv: string[]): { name?: string; server?: string; type?: RRType } {
  const out: { name?: string; server?: string; type?: RRType } = {};
  for (const a of argv) {
    const t = a.match(/^-(?:type|query|q)=(\w+)$/i);
    if (t) out.type = t[1]!.toUpperCase() as RRType;
    else if (a.startsWith('-')) continue;
    else if (out.name === undefined) out.name = a;
    else out.server = a;
  }
  return out;
}

function busybox(ctx: CommandContext, name: string, server: string | undefined, type: RRType | undefined): number {
  const src = source(ctx);
  const rev = reverseName(name);
  const s = server ? { ...src, resolvConf: { ...src.resolvConf, nameservers: [serverAddress(ctx, src, server)] } } : src;
  const l = lookup(ctx.cluster, s, rev ?? name, 'busybox-nslookup', rev ? ['PTR'] : type ? [type] : undefined);
  const replies = l.sent.filter((q): q is QueryResult & { msg: Msg } => !!q.msg);
  if (!replies.length) {
    if (l.sent.some((q) => q.failure === 'timeout')) ctx.cluster.advance(10_000);
    ctx.stdout(';; connection timed out; no servers could be reached\n');
    return 1;
  }
  const ns = s.resolvConf.nameservers[0]!;
  let out = `Server:\t\t${ns}\nAddress:\t${ns}:53\n\n`;
  let bad = false;
  for (const { msg } of replies) {
    const q = bare(msg.question.name);
    if (msg.rcode !== 'NOERROR') {
      bad = true;
      out += `** server can't find ${q}: ${msg.rcode}\n\n`;
    } else if (!msg.answer.length) out += '\n';
    else out += `${msg.authoritative ? '' : 'Non-authoritative answer:\n'}${answerLines(msg)}\n`;
  }
  ctx.stdout(out);
  return bad ? 1 : 0;
}

function bind(ctx: CommandContext, name: string, server: string | undefined, type: RRType | undefined): number {
  const src = source(ctx);
  const rev = reverseName(name);
  const s = server ? { ...src, resolvConf: { ...src.resolvConf, nameservers: [serverAddress(ctx, src, server)] } } : src;
  const ns = s.resolvConf.nameservers[0] ?? '127.0.0.1';
  const l = lookup(ctx.cluster, s, rev ?? name, 'bind-nslookup', rev ? ['PTR'] : type ? [type] : undefined);
  const r = l.resolution;
  if (r.outcome === 'timeout') {
    const why = l.sent.at(-1)?.failure === 'refused' ? 'connection refused' : 'timed out';
    if (why === 'timed out') ctx.cluster.advance(15_000);
    ctx.stdout(`;; communications error to ${ns}#53: ${why}\n`.repeat(3) + ';; no servers could be reached\n\n');
    return 1;
  }
  let out = `Server:\t\t${ns}\nAddress:\t${ns}#53\n\n`;
  if (r.outcome === 'NXDOMAIN' || r.outcome === 'SERVFAIL') {
    ctx.stdout(`${out}** server can't find ${rev ?? name}: ${r.outcome}\n\n`);
    return 1;
  }
  const replies = r.replies ?? [];
  if (replies.some((m) => !m.authoritative && m.answer.length)) out += 'Non-authoritative answer:\n';
  for (const m of replies) out += answerLines(m);
  if (r.outcome === 'NODATA') out += `*** Can't find ${rev ?? name}: No answer\n`;
  ctx.stdout(out + '\n');
  return 0;
}

async function run(ctx: CommandContext): Promise<number> {
  const { name, server, type } = parseArgs(ctx.argv.slice(1));
  if (!name) {
    ctx.stderr(!hasBusybox(ctx.host) ? '' : 'BusyBox v1.36.1 (2023-05-18 22:34:17 UTC) multi-call binary.\n\nUsage: nslookup [-type=QUERY_TYPE] [-debug] HOST [DNS_SERVER]\n\nQuery DNS about HOST\n\nQUERY_TYPE: soa,ns,a,aaaa,cname,mx,txt,ptr,srv,any\n');
    return 1;
  }
  return hasBusybox(ctx.host) ? busybox(ctx, name, server, type) : bind(ctx, name, server, type);
}

export const nslookup: Command = { name: 'nslookup', run };
