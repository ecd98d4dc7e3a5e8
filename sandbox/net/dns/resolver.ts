// The client side of a lookup: how glibc, musl, busybox nslookup, BIND nslookup and dig expand a
// name through resolv.conf's search list and ndots, which queries they send, and what wins.

import { ndots, type ResolvConf } from './resolvconf.js';
import type { Msg, RRType } from './types.js';

export type ClientKind = 'glibc' | 'musl' | 'busybox-nslookup' | 'bind-nslookup' | 'dig' | 'dig+search';

export interface SentQuery {
  server: string;
  name: string;
  type: RRType;
  /** Undefined when no server replied (timeout). */
  reply?: Msg;
}

export type Outcome = 'found' | 'NXDOMAIN' | 'NODATA' | 'SERVFAIL' | 'timeout';

export interface Resolution {
  queries: SentQuery[];
  outcome: Outcome;
  /** The name that answered, and its replies (one per type asked). */
  name?: string;
  replies?: Msg[];
}

/** Sends one query to one server; undefined = timed out. */
export type Send = (server: string, name: string, type: RRType) => Msg | undefined;

const dots = (s: string) => (s.match(/\./g) ?? []).length;

/** The names a client tries, in order. */
export function candidates(name: string, rc: ResolvConf, kind: ClientKind): string[] {
  if (name.endsWith('.')) return [name];
  const search = rc.searches.map((s) => `${name}.${s.replace(/\.$/, '')}.`);
  const asIs = `${name}.`;
  switch (kind) {
    case 'dig':
      return [asIs];
    case 'busybox-nslookup':
      // busybox ignores ndots: any dot means "as typed", no dot means "every search domain".
      return name.includes('.') || !search.length ? [asIs] : search;
    case 'musl':
      return dots(name) >= ndots(rc) ? [asIs] : [...search, asIs];
    default:
      return dots(name) >= ndots(rc) ? [asIs, ...search] : [...search, asIs];
  }
}

const hasAddress = (m: Msg | undefined) => !!m && m.rcode === 'NOERROR' && m.answer.some((r) => r.type === 'A' || r.type === 'AAAA');
const hasAnswer = (m: Msg | undefined, type: RRType) => !!m && m.rcode === 'NOERROR' && m.answer.some((r) => r.type === type || r.type === 'CNAME');

export function resolve(name: string, rc: ResolvConf, kind: ClientKind, send: Send, types?: RRType[]): Resolution {
  const queries: SentQuery[] = [];
  const ask = (qname: string, type: RRType): Msg | undefined => {
    for (const server of rc.nameservers.length ? rc.nameservers : ['127.0.0.1']) {
      const reply = send(server, qname, type);
      queries.push(reply ? { server, name: qname, type, reply } : { server, name: qname, type });
      if (reply) return reply;
    }
    return undefined;
  };
  const names = candidates(name, rc, kind);

  if (kind === 'busybox-nslookup') {
    // Every query goes out at once; every reply is printed.
    let outcome: Outcome = 'NXDOMAIN';
    for (const type of types ?? (['A', 'AAAA'] as RRType[])) {
      for (const n of names) {
        const r = ask(n, type);
        if (!r) outcome = outcome === 'found' ? outcome : 'timeout';
        else if (hasAnswer(r, type)) outcome = 'found';
        else if (r.rcode === 'NOERROR' && outcome !== 'found') outcome = 'NODATA';
      }
    }
    return { queries, outcome };
  }

  if (kind === 'dig' || kind === 'dig+search' || kind === 'bind-nslookup') {
    const type = types?.[0] ?? 'A';
    let last: Msg | undefined;
    for (const n of names) {
      last = ask(n, type);
      if (!last) return { queries, outcome: 'timeout' };
      if (kind === 'dig') break;
      if (last.rcode !== 'NXDOMAIN' && (last.rcode !== 'NOERROR' || last.answer.length)) break;
    }
    if (!last) return { queries, outcome: 'timeout' };
    const outcome: Outcome = hasAnswer(last, type) ? 'found' : last.rcode === 'NOERROR' ? 'NODATA' : last.rcode === 'NXDOMAIN' ? 'NXDOMAIN' : 'SERVFAIL';
    const replies = [last];
    // BIND nslookup asks for AAAA too once the name resolved.
    if (kind === 'bind-nslookup' && outcome === 'found' && !types) {
      const aaaa = ask(last.question.name, 'AAAA');
      if (aaaa) replies.push(aaaa);
    }
    return { queries, outcome, name: last.question.name, replies };
  }

  // getaddrinfo: A and AAAA together for each candidate; the first that resolves wins.
  const qtypes = types ?? (['A', 'AAAA'] as RRType[]);
  let sawNodata = false, sawServfail = false;
  for (const n of names) {
    const replies = qtypes.map((t) => ask(n, t));
    if (replies.some((r) => !r)) return { queries, outcome: 'timeout' };
    if (replies.some(hasAddress)) return { queries, outcome: 'found', name: n, replies: replies as Msg[] };
    if (kind === 'musl') {
      // musl: NXDOMAIN on either query moves on; SERVFAIL or NODATA ends the search (name_from_dns_search).
      if (replies.some((r) => r!.rcode === 'SERVFAIL')) return { queries, outcome: 'SERVFAIL' };
      if (replies.some((r) => r!.rcode === 'NXDOMAIN')) continue;
      if (replies.every((r) => r!.rcode === 'NOERROR')) return { queries, outcome: 'NODATA', name: n };
      return { queries, outcome: 'SERVFAIL' };
    }
    if (replies.every((r) => r!.rcode === 'NOERROR')) sawNodata = true;
    else if (replies.some((r) => r!.rcode !== 'NOERROR' && r!.rcode !== 'NXDOMAIN')) sawServfail = true;
  }
  return { queries, outcome: sawNodata ? 'NODATA' : sawServfail ? 'SERVFAIL' : 'NXDOMAIN' };
}
