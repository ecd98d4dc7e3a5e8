// connect(): a client's TCP/UDP connection attempt, end to end — hosts file, DNS through the
// cluster, the node's kube-proxy rules, routing, the server's sockets — with a trace of each step.
// A timeout moves the cluster clock by the client's timeout; nothing waits for real.

import type { Cluster } from '../../cluster/cluster.js';
import type { ClientKind } from '../dns/resolver.js';
import { deliver, type Delivery } from './deliver.js';
import { dnsWaitMs, hostsEntry, isIPv4, lookup, type NameLookup } from './dns.js';
import type { Source } from './source.js';

export type Outcome = 'connected' | 'refused' | 'timeout' | 'nxdomain' | 'servfail' | 'dns-timeout' | 'unreachable';

export interface ConnectTarget {
  /** A name or an address, as typed. */
  host: string;
  port: number;
  proto: 'tcp' | 'udp';
}

export interface ConnectOptions {
  /** getaddrinfo's flavour; default the source's libc. */
  client?: ClientKind;
  /** How long the client waits for a SYN-ACK before giving up (curl --connect-timeout, wget -T). */
  timeoutMs?: number;
  /** Fixed name → address pairs that skip DNS (curl --resolve). */
  resolve?: Record<string, string>;
  /** Add the time the attempt took to the cluster clock (default true; a grader's probe passes false). */
  advance?: boolean;
}

export interface ConnectResult {
  outcome: Outcome;
  host: string;
  /** The address the client connected to (before kube-proxy's DNAT). */
  ip?: string;
  port: number;
  lookup?: NameLookup;
  delivery?: Delivery;
  /** Simulated time the attempt took (already added to the cluster clock). */
  elapsedMs: number;
  trace: string[];
}

/** The kernel's SYN retries (tcp_syn_retries = 6) give up after about 130 s. */
export const KERNEL_CONNECT_TIMEOUT_MS = 130_000;

/** Resolves `host` as getaddrinfo would on `src`; the DNS part of connect(). */
export function resolveHost(cluster: Cluster, src: Source, host: string, o: ConnectOptions = {}): Pick<ConnectResult, 'outcome' | 'ip' | 'lookup' | 'elapsedMs' | 'trace'> {
  const trace: string[] = [];
  const fixed = o.resolve?.[host] ?? (isIPv4(host) ? host : hostsEntry(src, host));
  if (fixed) return { outcome: 'connected', ip: fixed, elapsedMs: 0, trace };
  const l = lookup(cluster, src, host, o.client ?? src.libc);
  for (const s of l.sent) trace.push(`dns: ${s.delivery.trace[0]} ${s.msg ? `${s.msg.question.type} ${s.msg.question.name} → ${s.msg.rcode}` : s.failure}`);
  // A client deadline (curl -m) cuts a resolver that is still waiting.
  const wait = dnsWaitMs(l.sent);
  const elapsedMs = o.timeoutMs !== undefined && wait > o.timeoutMs ? o.timeoutMs : wait;
  const r = l.resolution;
  if (r.outcome === 'found' && l.addresses.length) return { outcome: 'connected', ip: l.addresses[0]!, lookup: l, elapsedMs, trace };
  const outcome: Outcome = r.outcome === 'timeout' ? 'dns-timeout' : r.outcome === 'SERVFAIL' ? 'servfail' : 'nxdomain';
  return { outcome, lookup: l, elapsedMs, trace };
}

export function connect(cluster: Cluster, src: Source, target: ConnectTarget, o: ConnectOptions = {}): ConnectResult {
  const res = resolveHost(cluster, src, target.host, o);
  const out: ConnectResult = { outcome: res.outcome, host: target.host, port: target.port, elapsedMs: res.elapsedMs, trace: [...res.trace] };
  if (res.lookup) out.lookup = res.lookup;
  if (res.outcome !== 'connected' || !res.ip) {
    if (out.elapsedMs && o.advance !== false) cluster.advance(out.elapsedMs);
    return out;
  }
  out.ip = res.ip;
  const d = deliver(cluster, src, res.ip, target.port, target.proto);
  out.delivery = d;
  out.trace.push(...d.trace);
  if (d.result === 'delivered') {
    out.outcome = 'connected';
    out.elapsedMs += 1 + cluster.rng.int(3);
  } else if (d.result === 'refused') {
    out.outcome = 'refused';
    out.elapsedMs += cluster.rng.int(2);
  } else {
    out.outcome = 'timeout';
    out.elapsedMs += o.timeoutMs ?? KERNEL_CONNECT_TIMEOUT_MS + cluster.rng.int(1000);
  }
  if (o.advance !== false) cluster.advance(out.elapsedMs);
  return out;
}
