// One packet's way from a source to whatever answers it: the source node's netfilter rules
// (kube-proxy's DNAT, REJECT, DROP, MASQUERADE), kindnet's routes, then the receiving pod's sockets.

import type { KubeObject } from '../../api/types.js';
import type { Cluster } from '../../cluster/cluster.js';
import { podApps, type App } from '../../apps/index.js';
import { walkPacket, inCidr, type Hit, type RecentLists } from '../walk/rules.js';
import { nodeRules } from './rules.js';
import { DOCKER_GATEWAY, nodeIP, WORKSTATION_RESOLVER, type Source } from './source.js';

export type Proto = 'tcp' | 'udp' | 'icmp';

export interface Delivery {
  result: 'delivered' | 'refused' | 'timeout';
  /** Where the packet ended (after DNAT). */
  ip: string;
  port: number;
  pod?: KubeObject;
  container?: string;
  app?: App;
  /** A resolver outside the cluster answered (Docker's embedded DNS, the workstation's stub). */
  resolver?: boolean;
  /** The address and port the server sees the client as (after any SNAT). */
  clientIP: string;
  clientPort: number;
  /** Routed hops crossed (a ping's TTL falls by this much). */
  routed: number;
  hits: Hit[];
  dnat?: string;
  snat?: string;
  trace: string[];
}

const RECENT = 'net/recent';

function recentFor(cluster: Cluster, node: string): RecentLists {
  const all = (cluster.ext[RECENT] ??= {}) as Record<string, RecentLists>;
  return (all[node] ??= {});
}

function runningPodByIP(cluster: Cluster, ip: string): KubeObject | undefined {
  return cluster.store.list('pods').find((p) => !p.spec?.hostNetwork && p.status?.podIP === ip && p.status?.phase === 'Running');
}

function isLoadBalancerIP(cluster: Cluster, ip: string): boolean {
  return cluster.store.list('services').some((s) => (s.status?.loadBalancer?.ingress ?? []).some((i: any) => i.ip === ip));
}

function nodeByIP(cluster: Cluster, ip: string): KubeObject | undefined {
  return cluster.store.list('nodes').find((n) => nodeIP(n) === ip);
}

/** The first address of a node's pod CIDR: kindnet's ptp gateway (10.244.1.1). */
function podGateway(node: KubeObject): string {
  const base = String(node.spec?.podCIDR ?? '').split('/')[0]!.split('.');
  return base.length === 4 ? `${base[0]}.${base[1]}.${base[2]}.1` : nodeIP(node);
}

/** Sockets of the pods that share a node's network namespace (hostNetwork). */
function hostPods(cluster: Cluster, node: string): KubeObject[] {
  return cluster.store.list('pods').filter((p) => p.spec?.hostNetwork && p.spec?.nodeName === node && p.status?.phase === 'Running');
}

/** Which process (if any) holds the port among these pods. */
function listener(cluster: Cluster, pods: KubeObject[], port: number, proto: Proto): { pod: KubeObject; container: string; app: App } | undefined {
  for (const pod of pods)
    for (const r of podApps(pod, cluster.now)) if (proto !== 'icmp' && r.app.sockets.some((s) => s.proto === proto && s.port === port)) return { pod, ...r };
  return undefined;
}

export function deliver(cluster: Cluster, src: Source, dst: string, dport: number, proto: Proto): Delivery {
  const d: Delivery = { result: 'timeout', ip: dst, port: dport, clientIP: src.ip, clientPort: 32768 + cluster.rng.int(28232), routed: 0, hits: [], trace: [`${src.label} (${src.ip}) → ${dst}${proto === 'icmp' ? '' : `:${dport}/${proto}`}`] };
  const done = (result: Delivery['result'], why: string): Delivery => {
    d.result = result;
    d.trace.push(why);
    return d;
  };
  const answer = (pods: KubeObject[], where: string): Delivery => {
    if (proto === 'icmp') {
      if (!pods.length) return done('timeout', `${where}: nothing answers ICMP`);
      d.pod = pods[0]!;
      return done('delivered', `${where}: echo reply`);
    }
    const l = listener(cluster, pods, d.port, proto);
    if (!l) {
      // The host that answered with the RST / port unreachable.
      if (pods.length === 1) d.pod = pods[0]!;
      return done('refused', `${where}: nothing listens on ${d.port}/${proto} (${proto === 'tcp' ? 'RST' : 'ICMP port unreachable'})`);
    }
    Object.assign(d, { pod: l.pod, container: l.container, app: l.app });
    return done('delivered', `${where}: ${l.app.name} in ${l.pod.metadata.namespace}/${l.pod.metadata.name} (container ${l.container}) accepts`);
  };

  // Loopback and the pod's own address never leave its network namespace.
  if (src.kind === 'workstation') {
    if (dst === WORKSTATION_RESOLVER && proto === 'udp' && dport === 53) return Object.assign(done('delivered', 'systemd-resolved on the workstation'), { resolver: true });
    if (dst.startsWith('127.') || dst === DOCKER_GATEWAY) return done('refused', 'the workstation itself: nothing listens there');
  } else if (dst.startsWith('127.') || dst === src.ip) {
    if (src.local) return answer(hostPods(cluster, src.node!.metadata.name!), 'loopback');
    return answer(src.pod ? [src.pod] : [], 'loopback');
  }

  // The first node the packet meets: the source's own, or for the workstation the node it addressed.
  let node = src.node;
  if (src.kind === 'workstation') {
    node = nodeByIP(cluster, dst);
    // A LoadBalancer address (cloud-provider-kind's, on the docker network) lands on a node,
    // where kube-proxy's rules for that address take it (KUBE-EXT-…).
    if (!node && isLoadBalancerIP(cluster, dst)) node = cluster.store.list('nodes').find((n) => !n.spec?.unschedulable && !n.spec?.taints?.length) ?? cluster.store.list('nodes')[0];
    if (!node) return done('timeout', 'the workstation has no route to that address (only the docker network 172.18.0.0/16 is local); SYNs go unanswered');
  }
  if (!node) return done('timeout', 'the source has no node');
  const nip = nodeIP(node);
  const walk = walkPacket(
    nodeRules(cluster, node),
    { src: src.ip, dst, proto, dport, sport: d.clientPort },
    src.local ? 'OUTPUT' : 'PREROUTING',
    { random: () => cluster.rng.u32(), isLocal: (ip) => ip === nip || ip.startsWith('127.'), recent: recentFor(cluster, node.metadata.name!), now: cluster.now, masqueradeAddress: nip },
  );
  d.hits = walk.hits;
  for (const h of walk.hits) d.trace.push(`${node.metadata.name}: ${h.table} ${h.rule}`);
  if (walk.dnat) d.dnat = walk.dnat;
  if (walk.verdict === 'DROP') return done('timeout', `${node.metadata.name}: dropped`);
  if (walk.verdict === 'REJECT') return done('refused', `${node.metadata.name}: rejected (${walk.rejectWith ?? 'icmp-port-unreachable'})`);
  d.ip = walk.packet.dst;
  d.port = walk.packet.dport ?? dport;

  const pod = runningPodByIP(cluster, d.ip);
  if (pod) {
    const same = pod.spec?.nodeName === node.metadata.name;
    if (walk.masquerade) d.clientIP = same ? podGateway(node) : nip;
    if (d.clientIP !== src.ip) d.snat = d.clientIP;
    d.routed = src.kind === 'workstation' ? 1 : same ? 1 : 2;
    if (!same) {
      const other = cluster.store.get('nodes', undefined, pod.spec!.nodeName);
      d.trace.push(`kindnet: ${other?.spec?.podCIDR ?? d.ip} via ${other ? nodeIP(other) : '?'} (${pod.spec!.nodeName})`);
    }
    return answer([pod], `${pod.spec!.nodeName}: veth to ${pod.metadata.name} (${d.ip})`);
  }
  const target = nodeByIP(cluster, d.ip);
  if (target) {
    d.routed = target === node ? 0 : 1;
    if (d.ip === DOCKER_GATEWAY) return done('refused', 'the docker gateway: nothing listens there');
    return answer(hostPods(cluster, target.metadata.name!), `${target.metadata.name} (host network)`);
  }
  if (d.ip === DOCKER_GATEWAY && proto === 'udp' && d.port === 53) return Object.assign(done('delivered', "Docker's embedded DNS (kind rewrote 127.0.0.11 to the gateway)"), { resolver: true });
  if (inCidr(d.ip, cluster.network.podSubnet)) return done('timeout', `no pod has ${d.ip}; the packet is dropped`);
  if (inCidr(d.ip, cluster.network.serviceSubnet)) return done('timeout', `no kube-proxy rule for ${d.ip}:${d.port}/${proto} (not a Service port); the packet leaves by the default route and is lost`);
  return done('timeout', `${d.ip} is outside the cluster; this simulated network has no internet, so nothing answers`);
}
