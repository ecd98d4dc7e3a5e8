// What the node tools share: the Node object a node shell runs on, its pods, and the IDs and
// addresses the container runtime and the CNI gave them (seeded from uids, so stable per cluster).

import type { KubeObject } from '../../api/types.js';
import type { Cluster } from '../../cluster/cluster.js';
import { sha256 } from '../../util/hash.js';
import type { CommandContext } from '../types.js';

export const hexOf = (s: string): string => [...sha256(s)].map((x) => x.toString(16).padStart(2, '0')).join('');

/** The Node behind a node host (`docker exec kind-worker …`, `kubectl debug node/…`). */
export function nodeOf(ctx: CommandContext): KubeObject | undefined {
  if (ctx.host.kind !== 'node') return undefined;
  return ctx.cluster.store.get('nodes', undefined, ctx.host.node ?? ctx.host.hostname);
}

/** The pods the kubelet on `node` runs, oldest first. */
export function podsOn(cluster: Cluster, node: string): KubeObject[] {
  return cluster.store
    .list('pods')
    .filter((p) => p.spec?.nodeName === node)
    .sort((a, b) => (a.metadata.creationTimestamp ?? '').localeCompare(b.metadata.creationTimestamp ?? '') || a.metadata.name!.localeCompare(b.metadata.name!));
}

/** Pods with their own network namespace and an IP: each has a veth pair on the node. */
export function vethPods(cluster: Cluster, node: string): KubeObject[] {
  return podsOn(cluster, node).filter((p) => !p.spec?.hostNetwork && p.status?.podIP);
}

/** The CNI ptp plugin's host-side veth name (`veth` + 8 hex). */
export function vethName(pod: KubeObject): string {
  return `veth${hexOf(`veth:${pod.metadata.uid}`).slice(0, 8)}`;
}

/** The veth's ifindex on the node: interfaces are numbered as the CNI adds them. */
export function vethIndex(pod: KubeObject): number {
  return Number(pod.status.podIP.split('.')[3]) + 3;
}

/** A locally administered MAC seeded from `seed`. */
export function macOf(seed: string): string {
  const h = hexOf(`mac:${seed}`);
  const first = ((parseInt(h.slice(0, 2), 16) | 0x02) & 0xfe).toString(16).padStart(2, '0');
  return [first, ...[2, 4, 6, 8, 10].map((i) => h.slice(i, i + 2))].join(':');
}

/** Docker 28 gives each container on a bridge network a random MAC (moby#48808); seeded here. */
export function nodeMac(node: KubeObject): string {
  return macOf(`eth0:${node.metadata.uid ?? node.metadata.name}`);
}

/** IPv6 link-local address from a MAC (EUI-64), as the kernel assigns it. */
export function linkLocal(mac: string): string {
  const b = mac.split(':').map((x) => parseInt(x, 16));
  b[0]! ^= 0x02;
  const words = [(b[0]! << 8) | b[1]!, (b[2]! << 8) | 0xff, (0xfe << 8) | b[3]!, (b[4]! << 8) | b[5]!];
  return `fe80::${words.map((w) => w.toString(16)).join(':')}`;
}

/** The network namespace the CNI created for a pod sandbox (`cni-<uuid>`). */
export function netnsName(pod: KubeObject): string {
  const h = hexOf(`netns:${pod.metadata.uid}`);
  return `cni-${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

/** The pod sandbox ID containerd gave the pod. */
export function sandboxID(pod: KubeObject): string {
  return hexOf(`sandbox:${pod.metadata.uid}`);
}

/** Whether kindnetd runs on `node` (it installs the routes to the other nodes' pod CIDRs). */
export function kindnetRunning(cluster: Cluster, node: string): boolean {
  return podsOn(cluster, node).some((p) => p.metadata.namespace === 'kube-system' && /^kindnet/.test(p.metadata.name!) && p.status?.phase === 'Running');
}
