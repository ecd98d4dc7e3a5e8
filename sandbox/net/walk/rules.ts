// Pushes one packet (the first of a connection) through a node's parsed netfilter rules:
// nat PREROUTING|OUTPUT → filter INPUT|FORWARD|OUTPUT → nat POSTROUTING|INPUT, recording
// every rule that matched, the DNAT/SNAT applied and the verdict.

import type { Match, Neg, Rule, Ruleset, Table, TableName } from '../iptables/model.js';
import { ruleLine } from '../iptables/save.js';

export interface Packet {
  src: string;
  dst: string;
  proto: 'tcp' | 'udp' | 'sctp' | 'icmp';
  dport?: number;
  sport?: number;
  inIface?: string;
  outIface?: string;
  mark?: number;
}

export interface WalkOptions {
  /** The seeded source for `-m statistic`: a uint32 per call (the kernel uses prandom_u32). */
  random: () => number;
  /** Addresses `-m addrtype --*-type LOCAL` treats as the node's own. */
  isLocal: (ip: string) => boolean;
  /** `-m recent` lists, kept by the caller across packets (name → address → last seen, ms).
   *  Plain JSON, so it can live in a cluster snapshot. */
  recent?: RecentLists;
  /** Clock for `-m recent --seconds`. */
  now?: number;
  /** The address MASQUERADE rewrites the source to (the outgoing interface's). */
  masqueradeAddress?: string;
}

export type RecentLists = Record<string, Record<string, number>>;

export interface Hit {
  table: TableName;
  chain: string;
  index: number;
  rule: string;
}

export type Verdict = 'ACCEPT' | 'DROP' | 'REJECT';

export interface WalkResult {
  verdict: Verdict;
  rejectWith?: string;
  hits: Hit[];
  /** The packet as it leaves (after DNAT and SNAT). */
  packet: Packet;
  dnat?: string;
  snat?: string;
  masquerade?: boolean;
}

function ipInt(ip: string): number {
  const p = ip.split('.');
  return ((+p[0]! << 24) | (+p[1]! << 16) | (+p[2]! << 8) | +p[3]!) >>> 0;
}

export function inCidr(ip: string, cidr: string): boolean {
  const [base, bits = '32'] = cidr.split('/');
  const n = Number(bits);
  if (n === 0) return true;
  const mask = n >= 32 ? 0xffffffff : (~(0xffffffff >>> n)) >>> 0;
  return ((ipInt(ip) & mask) >>> 0) === ((ipInt(base!) & mask) >>> 0);
}

const apply = (m: boolean, n: Neg<unknown> | { neg?: boolean }) => (n.neg ? !m : m);

function portMatch(spec: Neg<string> | undefined, port: number | undefined): boolean {
  if (!spec) return true;
  if (port === undefined) return false;
  const [lo, hi] = spec.value.split(':');
  const ok = hi === undefined ? port === Number(lo) : port >= Number(lo || 0) && port <= Number(hi || 65535);
  return apply(ok, spec);
}

function ifaceMatch(spec: Neg<string> | undefined, iface: string | undefined): boolean {
  if (!spec) return true;
  const v = spec.value;
  const ok = iface !== undefined && (v.endsWith('+') ? iface.startsWith(v.slice(0, -1)) : iface === v);
  return apply(ok, spec);
}

class Walker {
  hits: Hit[] = [];
  states = new Set(['NEW']);
  dnat?: string;
  snat?: string;
  masquerade = false;
  steps = 0;

  constructor(public p: Packet, readonly rs: Ruleset, readonly o: WalkOptions) {}

  matches(r: Rule): boolean {
    const p = this.p;
    if (r.src && !apply(inCidr(p.src, r.src.value), r.src)) return false;
    if (r.dst && !apply(inCidr(p.dst, r.dst.value), r.dst)) return false;
    if (!ifaceMatch(r.inIface, p.inIface) || !ifaceMatch(r.outIface, p.outIface)) return false;
    if (r.proto && !apply(r.proto.value === p.proto, r.proto)) return false;
    return r.matches.every((m) => this.match(m));
  }

  match(m: Match): boolean {
    const p = this.p;
    switch (m.m) {
      case 'comment':
        return true;
      case 'tcp':
      case 'udp':
      case 'sctp':
        return p.proto === m.m && portMatch(m.sport, p.sport) && portMatch(m.dport, p.dport);
      case 'statistic':
        return ((this.o.random() & 0x7fffffff) >>> 0) < m.probability;
      case 'recent': {
        const lists = (this.o.recent ??= {});
        const list = (lists[m.name] ??= {});
        const addr = m.side === 'rsource' ? p.src : p.dst;
        const now = this.o.now ?? 0;
        if (m.op === 'set') {
          list[addr] = now;
          return !m.neg;
        }
        const seen = list[addr];
        let ok = seen !== undefined && (m.seconds === undefined || now - seen <= m.seconds * 1000);
        if (m.reap && m.seconds !== undefined) for (const a of Object.keys(list)) if (now - list[a]! > m.seconds * 1000) delete list[a];
        if (m.op === 'remove' && ok) delete list[addr];
        if (m.op === 'update' && ok) list[addr] = now;
        if (m.neg) ok = !ok;
        return ok;
      }
      case 'addrtype': {
        const typeOk = (t: Neg<string>, ip: string) => apply(t.value === 'LOCAL' ? this.o.isLocal(ip) : t.value === 'UNICAST', t);
        return (!m.srcType || typeOk(m.srcType, p.src)) && (!m.dstType || typeOk(m.dstType, p.dst));
      }
      case 'mark':
        return apply((((p.mark ?? 0) & m.mask) >>> 0) === m.mark, m);
      case 'conntrack':
        return apply(m.ctstate.some((s) => this.states.has(s)), m);
      case 'other':
        // Accounting-style modules (nfacct, …) that do not decide anything.
        return true;
    }
  }

  /** Runs a chain; returns 'continue' if the packet fell off (or RETURNed) a user chain. */
  chain(t: Table, name: string): Verdict | 'continue' {
    const c = t.chains.get(name);
    if (!c) return 'continue';
    for (let i = 0; i < c.rules.length; i++) {
      if (++this.steps > 100_000) throw new Error(`rule loop in ${t.name}/${name}`);
      const r = c.rules[i]!;
      if (!this.matches(r)) continue;
      this.hits.push({ table: t.name, chain: name, index: i, rule: ruleLine(name, r) });
      const tg = r.target;
      if (!tg) continue;
      switch (tg.name) {
        case 'ACCEPT':
          return 'ACCEPT';
        case 'DROP':
          return 'DROP';
        case 'REJECT':
          return 'REJECT';
        case 'RETURN':
          return 'continue';
        case 'MARK':
          if (tg.xmark) this.p.mark = ((((this.p.mark ?? 0) & ~tg.xmark.mask) ^ tg.xmark.value) >>> 0);
          continue;
        case 'DNAT': {
          const [ip, port] = tg.toDestination!.split(':');
          this.p.dst = ip!;
          if (port) this.p.dport = Number(port);
          this.dnat = tg.toDestination;
          this.states.add('DNAT');
          return 'ACCEPT';
        }
        case 'SNAT': {
          const [ip, port] = tg.toSource!.split(':');
          this.p.src = ip!;
          if (port) this.p.sport = Number(port);
          this.snat = tg.toSource;
          this.states.add('SNAT');
          return 'ACCEPT';
        }
        case 'MASQUERADE':
          this.masquerade = true;
          if (this.o.masqueradeAddress) {
            this.p.src = this.o.masqueradeAddress;
            this.snat = this.o.masqueradeAddress;
          }
          this.states.add('SNAT');
          return 'ACCEPT';
        default: {
          if (!t.chains.has(tg.name)) continue; // LOG and other non-deciding targets
          const v = this.chain(t, tg.name);
          if (v !== 'continue' || tg.goto) return v;
        }
      }
    }
    return 'continue';
  }

  hook(table: TableName, chain: string): Verdict {
    const t = this.rs.tables.get(table);
    if (!t || !t.chains.has(chain)) return 'ACCEPT';
    const v = this.chain(t, chain);
    return v === 'continue' ? (t.chains.get(chain)!.policy ?? 'ACCEPT') : v;
  }
}

/**
 * Walks a packet that enters the node (`PREROUTING`: from a pod's veth or the wire) or that
 * the node itself sends (`OUTPUT`: host processes, hostNetwork pods).
 */
export function walkPacket(rs: Ruleset, packet: Packet, from: 'PREROUTING' | 'OUTPUT', o: WalkOptions): WalkResult {
  const w = new Walker({ ...packet }, rs, o);
  const finish = (verdict: Verdict): WalkResult => {
    const res: WalkResult = { verdict, hits: w.hits, packet: w.p };
    if (verdict === 'REJECT') {
      const last = w.hits[w.hits.length - 1];
      const rule = last && rs.tables.get(last.table)?.chains.get(last.chain)?.rules[last.index];
      res.rejectWith = rule?.target?.rejectWith ?? 'icmp-port-unreachable';
    }
    if (w.dnat) res.dnat = w.dnat;
    if (w.snat) res.snat = w.snat;
    if (w.masquerade) res.masquerade = true;
    return res;
  };
  let v = w.hook('nat', from);
  if (v !== 'ACCEPT') return finish(v);
  const local = o.isLocal(w.p.dst);
  const filterChain = from === 'OUTPUT' ? 'OUTPUT' : local ? 'INPUT' : 'FORWARD';
  v = w.hook('filter', filterChain);
  if (v !== 'ACCEPT') return finish(v);
  v = from === 'PREROUTING' && local ? w.hook('nat', 'INPUT') : w.hook('nat', 'POSTROUTING');
  return finish(v);
}
