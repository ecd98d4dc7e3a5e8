// Name resolution from a source: each query travels as a UDP packet to the nameserver in the
// source's resolv.conf (through kube-proxy to a CoreDNS pod), and CoreDNS answers from the API state.

import type { KubeObject } from '../../api/types.js';
import type { Cluster } from '../../cluster/cluster.js';
import { KIND_COREFILE } from '../dns/corefile.js';
import { loadCorefile, type ServerConfig } from '../dns/config.js';
import { KubeData } from '../dns/kubedata.js';
import { resolve, type ClientKind, type Resolution } from '../dns/resolver.js';
import { serveDns, type DnsEnv } from '../dns/server.js';
import type { Msg, RRType } from '../dns/types.js';
import { deliver, type Delivery } from './deliver.js';
import { proxyInputs } from './rules.js';
import { DOCKER_GATEWAY, type Source } from './source.js';
import { externalDns } from './upstream.js';

export interface QueryResult {
  server: string;
  msg?: Msg;
  /** Why no reply came: the packet was rejected (ICMP unreachable) or lost. */
  failure?: 'refused' | 'timeout';
  delivery: Delivery;
}

const ENV = new WeakMap<Cluster, { key: string; env: Omit<DnsEnv, 'random'> }>();

function corefile(cluster: Cluster): { src: string; rv: string } {
  const cm: KubeObject | undefined = cluster.store.get('configmaps', 'kube-system', 'coredns');
  return { src: cm?.data?.Corefile ?? KIND_COREFILE, rv: cm?.metadata.resourceVersion ?? '' };
}

/** What CoreDNS knows now: its Corefile and the kubernetes plugin's view of the API. */
export function dnsEnv(cluster: Cluster): DnsEnv {
  const { services, slices, key } = proxyInputs(cluster);
  const cf = corefile(cluster);
  const namespaces = cluster.store.list('namespaces').map((n) => n.metadata.name!);
  const fullKey = `${key}|${cf.rv}|${namespaces.join(',')}`;
  let c = ENV.get(cluster);
  if (!c || c.key !== fullKey) {
    let servers: ServerConfig[];
    try {
      servers = loadCorefile(cf.src);
    } catch {
      // A Corefile CoreDNS cannot load keeps the last good one (the reload plugin's behaviour).
      servers = loadCorefile(KIND_COREFILE);
    }
    const data = new KubeData({ services, endpointSlices: slices, namespaces, pods: cluster.store.list('pods'), serial: Math.floor(cluster.now / 1000) });
    c = { key: fullKey, env: { servers, data, resolvConf: { nameservers: [DOCKER_GATEWAY] }, upstream: (_s, q) => externalDns(q) } };
    ENV.set(cluster, c);
  }
  return { ...c.env, random: () => cluster.rng.u32() };
}

/** One query from `src` to `server`:53 over UDP. */
export function dnsQuery(cluster: Cluster, src: Source, server: string, name: string, type: RRType): QueryResult {
  const delivery = deliver(cluster, src, server, 53, 'udp');
  const q = { name, type };
  if (delivery.result !== 'delivered') return { server, failure: delivery.result, delivery };
  if (delivery.resolver) return { server, msg: externalDns(q)!, delivery };
  if (delivery.app?.name === 'coredns') return { server, msg: serveDns(dnsEnv(cluster), q), delivery };
  return { server, failure: 'timeout', delivery };
}

export interface NameLookup {
  resolution: Resolution;
  /** Every query sent and how it went, in order. */
  sent: QueryResult[];
  /** The addresses found (A records of the winning name), in answer order. */
  addresses: string[];
}

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/** Resolves a name as `kind` (glibc/musl getaddrinfo, nslookup, dig) would from this source. */
export function lookup(cluster: Cluster, src: Source, name: string, kind: ClientKind, types?: RRType[]): NameLookup {
  const sent: QueryResult[] = [];
  const send = (server: string, qname: string, type: RRType) => {
    const r = dnsQuery(cluster, src, server, qname, type);
    sent.push(r);
    return r.msg;
  };
  const resolution = resolve(name, src.resolvConf, kind, send, types);
  const addresses: string[] = [];
  for (const m of resolution.replies ?? []) for (const rr of m.answer) if (rr.type === 'A') addresses.push(rr.address);
  return { resolution, sent, addresses };
}

/** /etc/hosts in a pod (kubelet-managed, with HostAliases) or on a node: localhost and the host's own name. */
export function hostsEntry(src: Source, name: string): string | undefined {
  if (name === 'localhost' || name === 'localhost.localdomain') return '127.0.0.1';
  if (src.pod && name === (src.pod.spec?.hostname ?? src.pod.metadata.name)) return src.ip;
  for (const a of (src.pod?.spec?.hostAliases ?? []) as { ip: string; hostnames?: string[] }[]) if (a.hostnames?.includes(name)) return a.ip;
  if (src.kind === 'node' && name === src.node?.metadata.name) return src.ip;
  return undefined;
}

export function isIPv4(s: string): boolean {
  return IPV4.test(s) && s.split('.').every((o) => Number(o) <= 255);
}

/** How long a client waited on the queries that got no reply (5 s per try, `attempts` tries). */
export function dnsWaitMs(sent: QueryResult[], attempts = 2, perTryMs = 5000): number {
  return sent.some((s) => s.failure === 'timeout') ? attempts * perTryMs : 0;
}
