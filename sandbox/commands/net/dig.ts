// dig (BIND 9.18, in netshoot): one query, no search list unless +search, the full reply layout or
// +short; exit 0 for any reply (NXDOMAIN too), 9 when no server answered.

import { dnsQuery, lookup, type QueryResult } from '../../net/connect/index.js';
import type { Msg, RRType } from '../../net/dns/types.js';
import { rdata } from '../../net/dns/types.js';
import type { Command, CommandContext } from '../types.js';
import { serverAddress, source } from './common.js';
import { digQuestion, digRR, digWhen, msgSize } from './dig-format.js';

const TYPES = new Set(['A', 'AAAA', 'SRV', 'PTR', 'TXT', 'CNAME', 'SOA', 'NS', 'MX', 'ANY']);

interface DigArgs {
  name?: string;
  type: RRType;
  server?: string;
  short: boolean;
  search: boolean;
}

function parse(argv: string[]): DigArgs | string {
  const a: DigArgs = { type: 'A', short: false, search: false };
  for (let i = 0; i < argv.length; i++) {
    const x = argv[i]!;
    if (x.startsWith('@')) a.server = x.slice(1);
    else if (x === '+short') a.short = true;
    else if (x === '+search') a.search = true;
    else if (x.startsWith('+')) continue;
    else if (x === '-t') a.type = (argv[++i] ?? 'A').toUpperCase() as RRType;
    else if (x === '-x') {
      const ip = argv[++i] ?? '';
      a.name = `${ip.split('.').reverse().join('.')}.in-addr.arpa.`;
      a.type = 'PTR';
    } else if (x.startsWith('-')) return `Invalid option: ${x}`;
    else if (TYPES.has(x.toUpperCase()) && a.name !== undefined) a.type = x.toUpperCase() as RRType;
    else a.name = x;
  }
  return a;
}

function full(m: Msg, server: string, label: string, id: number, cookie: string, when: number, argv: string[]): string {
  const flags = ['qr', m.authoritative ? 'aa' : '', 'rd', m.recursionAvailable ? 'ra' : ''].filter(Boolean).join(' ');
  let out = `\n; <<>> DiG 9.18.30 <<>> ${argv.join(' ')}\n;; global options: +cmd\n;; Got answer:\n`;
  if (/\.local\.$/i.test(m.question.name)) out += ';; WARNING: .local is reserved for Multicast DNS\n;; You are currently testing what happens when an mDNS query is leaked to DNS\n';
  out += `;; ->>HEADER<<- opcode: QUERY, status: ${m.rcode}, id: ${id}\n`;
  out += `;; flags: ${flags}; QUERY: 1, ANSWER: ${m.answer.length}, AUTHORITY: ${m.authority.length}, ADDITIONAL: ${m.extra.length + 1}\n`;
  if (!m.recursionAvailable) out += ';; WARNING: recursion requested but not available\n';
  out += `\n;; OPT PSEUDOSECTION:\n; EDNS: version: 0, flags:; udp: 1232\n; COOKIE: ${cookie} (echoed)\n`;
  out += `;; QUESTION SECTION:\n${digQuestion(m.question.name, m.question.type)}\n\n`;
  for (const [title, rrs] of [['ANSWER', m.answer], ['AUTHORITY', m.authority], ['ADDITIONAL', m.extra]] as const) {
    if (rrs.length) out += `;; ${title} SECTION:\n${rrs.map((r) => digRR(r) + '\n').join('')}\n`;
  }
  out += `;; Query time: 0 msec\n;; SERVER: ${server}#53(${label}) (UDP)\n;; WHEN: ${digWhen(when)}\n;; MSG SIZE  rcvd: ${msgSize(m)}\n\n`;
  return out;
}

async function run(ctx: CommandContext): Promise<number> {
  const argv = ctx.argv.slice(1);
  const a = parse(argv);
  if (typeof a === 'string') {
    ctx.stderr(`${a}\n`);
    return 1;
  }
  const src = source(ctx);
  const server = a.server ? serverAddress(ctx, src, a.server) : (src.resolvConf.nameservers[0] ?? '127.0.0.1');
  const s = { ...src, resolvConf: { ...src.resolvConf, nameservers: [server] } };
  const name = a.name ?? '.';
  const type: RRType = a.name === undefined ? 'NS' : a.type;
  let sent: QueryResult[];
  let msg: Msg | undefined;
  if (a.search) {
    const l = lookup(ctx.cluster, s, name, 'dig+search', [type]);
    sent = l.sent;
    msg = l.resolution.replies?.[0] ?? l.sent.at(-1)?.msg;
  } else {
    const q = dnsQuery(ctx.cluster, s, server, name.endsWith('.') ? name : `${name}.`, type);
    sent = [q];
    msg = q.msg;
  }
  if (!msg) {
    const why = sent.at(-1)?.failure === 'refused' ? 'connection refused' : 'timed out';
    if (why === 'timed out') ctx.cluster.advance(15_000);
    const err = `;; communications error to ${server}#53: ${why}\n`.repeat(3);
    ctx.stdout(a.short ? err + ';; no servers could be reached\n' : `${err}\n; <<>> DiG 9.18.30 <<>> ${argv.join(' ')}\n;; global options: +cmd\n;; no servers could be reached\n`);
    return 9;
  }
  if (a.short) {
    ctx.stdout(msg.answer.map((r) => rdata(r) + '\n').join(''));
    return 0;
  }
  const rng = ctx.cluster.rng;
  const cookie = Array.from({ length: 16 }, () => '0123456789abcdef'[rng.int(16)]).join('');
  ctx.stdout(full(msg, server, a.server ?? server, rng.int(65536), cookie, ctx.cluster.now, argv));
  return 0;
}

export const dig: Command = { name: 'dig', run };
