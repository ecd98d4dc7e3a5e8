// `iptables -t TABLE -L [CHAIN] [-n] [-v]`: the listing form of the same rules (print_firewall
// of iptables 1.8), with zero counters since the simulation does not count bytes.

import { chainOrder, type Chain, type Match, type Rule, type Table, type Target } from './model.js';
import { formatProbability } from './save.js';

export interface ListOptions {
  numeric?: boolean;
  verbose?: boolean;
  chain?: string;
}

const hex = (n: number) => `0x${n.toString(16)}`;
const CT_ORDER = ['INVALID', 'NEW', 'RELATED', 'ESTABLISHED', 'UNTRACKED', 'SNAT', 'DNAT'];

function portText(name: string, v: { value: string; neg?: boolean }): string {
  const range = v.value.includes(':');
  return ` ${name}${range ? 's' : ''}:${v.neg ? '!' : ''}${v.value}`;
}

export function matchText(m: Match): string {
  switch (m.m) {
    case 'comment':
      return ` /* ${m.comment} */`;
    case 'tcp':
    case 'udp':
    case 'sctp':
      return ` ${m.m}${m.sport ? portText('spt', m.sport) : ''}${m.dport ? portText('dpt', m.dport) : ''}`;
    case 'statistic':
      return ` statistic mode random probability ${formatProbability(m.probability)}`;
    case 'recent': {
      let s = `${m.neg ? ' !' : ''} recent: ${m.op === 'rcheck' ? 'CHECK' : m.op.toUpperCase()}`;
      if (m.seconds) s += ` seconds: ${m.seconds}`;
      if (m.reap) s += ' reap';
      return `${s} name: ${m.name} side: ${m.side === 'rsource' ? 'source' : 'dest'} mask: ${m.mask}`;
    }
    case 'addrtype': {
      let s = ' ADDRTYPE match';
      if (m.srcType) s += ` src-type ${m.srcType.neg ? '!' : ''}${m.srcType.value}`;
      if (m.dstType) s += ` dst-type ${m.dstType.neg ? '!' : ''}${m.dstType.value}`;
      return s;
    }
    case 'mark':
      return ` mark match${m.neg ? ' !' : ''} ${m.mask === 0xffffffff ? hex(m.mark) : `${hex(m.mark)}/${hex(m.mask)}`}`;
    case 'conntrack': {
      const states = [...m.ctstate].sort((a, b) => CT_ORDER.indexOf(a) - CT_ORDER.indexOf(b));
      return `${m.neg ? ' !' : ''} ctstate ${states.join(',')}`;
    }
    case 'other':
      return ` ${m.name} ${m.args.join(' ')}`;
  }
}

export function targetText(t: Target): string {
  switch (t.name) {
    case 'DNAT':
      return ` to:${t.toDestination}`;
    case 'SNAT':
      return ` to:${t.toSource}`;
    case 'MASQUERADE':
      return `${t.toPorts ? ` masq ports: ${t.toPorts}` : ''}${t.randomFully ? ' random-fully' : ''}`;
    case 'REJECT':
      return ` reject-with ${t.rejectWith ?? 'icmp-port-unreachable'}`;
    case 'MARK': {
      if (!t.xmark) return '';
      const { value, mask } = t.xmark;
      if (value === 0) return ` MARK and ${hex(~mask >>> 0)}`;
      if (value === mask) return ` MARK or ${hex(value)}`;
      if (mask === 0) return ` MARK xor ${hex(value)}`;
      if (mask === 0xffffffff) return ` MARK set ${hex(value)}`;
      return ` MARK xset ${hex(value)}/${hex(mask)}`;
    }
    default:
      return t.extra ? ` ${t.extra.join(' ')}` : '';
  }
}

function addr(v: { value: string; neg?: boolean } | undefined, numeric: boolean): string {
  let text: string;
  if (!v || v.value === '0.0.0.0/0') text = numeric ? '0.0.0.0/0' : 'anywhere';
  else text = v.value.endsWith('/32') ? v.value.slice(0, -3) : v.value;
  return `${v?.neg ? '!' : ' '}${text.padEnd(19)} `;
}

function ruleText(r: Rule, o: ListOptions): string {
  const numeric = !!o.numeric;
  let s = o.verbose ? `${'0'.padStart(5)} ${'0'.padStart(5)} ` : '';
  s += `${(r.target?.name ?? '').padEnd(9)} `;
  s += `${r.proto?.neg ? '!' : ' '}${(r.proto?.value ?? 'all').padEnd(5)}`;
  s += '-- ';
  if (o.verbose) {
    const any = numeric ? '*' : 'any';
    const iface = (v: { value: string; neg?: boolean } | undefined) => `${v?.neg ? '!' : ''}${v?.value ?? any}`;
    s += ` ${iface(r.inIface).padEnd(6)} ${iface(r.outIface).padEnd(6)} `;
  }
  s += addr(r.src, numeric) + addr(r.dst, numeric);
  for (const m of r.matches) s += matchText(m);
  if (r.target) s += targetText(r.target);
  return s;
}

function references(t: Table, name: string): number {
  let n = 0;
  for (const c of t.chains.values()) for (const r of c.rules) if (r.target?.name === name) n++;
  return n;
}

function chainText(t: Table, c: Chain, o: ListOptions): string {
  const head = c.policy
    ? `Chain ${c.name} (policy ${c.policy}${o.verbose ? ' 0 packets, 0 bytes' : ''})`
    : `Chain ${c.name} (${references(t, c.name)} references)`;
  const cols = `${o.verbose ? ' pkts bytes ' : ''}target     prot opt ${o.verbose ? 'in     out     ' : ''}source               destination         `;
  return [head, cols, ...c.rules.map((r) => ruleText(r, o))].join('\n');
}

/** The listing text, ending in a newline. Returns undefined if `chain` does not exist. */
export function iptablesList(t: Table, o: ListOptions = {}): string | undefined {
  const chains = o.chain ? [t.chains.get(o.chain)].filter((c): c is Chain => !!c) : chainOrder(t);
  if (!chains.length) return undefined;
  return `${chains.map((c) => chainText(t, c, o)).join('\n\n')}\n`;
}
