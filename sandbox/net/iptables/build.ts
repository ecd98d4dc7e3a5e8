// Small constructors for rules, so rule-writing code reads like kube-proxy's `natRules.Write(…)`.

import type { Match, Neg, Rule, Target } from './model.js';

export const comment = (c: string): Match => ({ m: 'comment', comment: c });

/** Port-less `-m tcp` matches are shared: rules are immutable once built. */
const BARE_L4 = new Map<string, Match>();

export function l4(proto: string, dport?: number | string, sport?: number | string): Match {
  if (dport === undefined && sport === undefined) {
    let bare = BARE_L4.get(proto);
    if (!bare) BARE_L4.set(proto, (bare = { m: proto as 'tcp' | 'udp' | 'sctp' }));
    return bare;
  }
  const m: Match = { m: proto as 'tcp' | 'udp' | 'sctp' };
  if (sport !== undefined) m.sport = { value: String(sport) };
  if (dport !== undefined) m.dport = { value: String(dport) };
  return m;
}

export const addrtype = (which: 'src' | 'dst', type: string, neg = false): Match => {
  const v: Neg<string> = neg ? { value: type, neg } : { value: type };
  return which === 'src' ? { m: 'addrtype', srcType: v } : { m: 'addrtype', dstType: v };
};

export const ctstate = (states: string, neg = false): Match =>
  neg ? { m: 'conntrack', ctstate: states.split(','), neg } : { m: 'conntrack', ctstate: states.split(',') };

export const jump = (name: string): Target => ({ name });

/** An IPv4 address as iptables-save prints it: always with a prefix length. */
export function cidr(ip: string): string {
  return ip.includes('/') ? ip : `${ip}/32`;
}

export interface RuleSpec {
  s?: string;
  notS?: string;
  d?: string;
  i?: string;
  o?: string;
  p?: string;
  m?: Match[];
  j?: Target | string;
}

export function rule(spec: RuleSpec): Rule {
  const r: Rule = { matches: spec.m ?? [] };
  if (spec.s) r.src = { value: cidr(spec.s) };
  if (spec.notS) r.src = { value: cidr(spec.notS), neg: true };
  if (spec.d) r.dst = { value: cidr(spec.d) };
  if (spec.i) r.inIface = { value: spec.i };
  if (spec.o) r.outIface = { value: spec.o };
  if (spec.p) r.proto = { value: spec.p };
  if (spec.j) r.target = typeof spec.j === 'string' ? { name: spec.j } : spec.j;
  return r;
}
