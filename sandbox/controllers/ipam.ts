// Pod IPs as kindnet's host-local IPAM hands them out: from the node's podCIDR, .1 being the
// bridge gateway, the next free address after the last one reserved (wrapping round), never
// one still held by a pod. hostNetwork pods share the node's IP.

import type { Cluster } from '../cluster/cluster.js';
import type { Controller } from './types.js';
import type { KubeObject } from '../api/types.js';
import { findCondition } from '../api/types.js';
import { extState, intToIp, ipToInt, isTerminal, parseCidr, RT, whenChanged } from './util.js';

export function nodeInternalIP(node: KubeObject | undefined): string | undefined {
  return node?.status?.addresses?.find((a: any) => a.type === 'InternalIP')?.address;
}

/** The CNI has written its config on this node (the kubelet reports NetworkReady). */
export function nodeNetworkReady(node: KubeObject | undefined): boolean {
  return findCondition(node?.status, 'Ready')?.status === 'True';
}

function allocate(c: Cluster): undefined {
  const pods = c.store.list('pods');
  const waiting = pods.filter((p) => p.spec?.nodeName && !p.status?.podIP && !isTerminal(p) && !p.metadata.deletionTimestamp);
  if (!waiting.length) return undefined;
  const last = extState<Record<string, number>>(c, 'ipam', () => ({}));
  const used = new Map<string, Set<number>>();
  for (const p of pods) {
    if (!p.spec?.nodeName || p.spec?.hostNetwork || !p.status?.podIP) continue;
    let s = used.get(p.spec.nodeName);
    if (!s) used.set(p.spec.nodeName, (s = new Set()));
    s.add(ipToInt(p.status.podIP));
  }
  for (const pod of waiting) {
    const node = c.store.get('nodes', undefined, pod.spec.nodeName);
    const hostIP = nodeInternalIP(node);
    if (!node || !hostIP) continue;
    let ip: string | undefined;
    if (pod.spec.hostNetwork) ip = hostIP;
    else {
      if (!nodeNetworkReady(node) || !node.spec?.podCIDR) continue;
      const { base, bits } = parseCidr(node.spec.podCIDR);
      const size = 2 ** (32 - bits);
      const s = used.get(node.metadata.name!) ?? new Set<number>();
      used.set(node.metadata.name!, s);
      // Usable offsets are 2 .. size-2 (.0 network, .1 gateway, last broadcast).
      const first = 2, lastOff = size - 2;
      let off = last[node.metadata.name!] ?? first - 1;
      for (let i = 0; i <= lastOff - first; i++) {
        off = off >= lastOff || off < first ? first : off + 1;
        if (!s.has(base + off)) {
          ip = intToIp(base + off);
          s.add(base + off);
          last[node.metadata.name!] = off;
          break;
        }
      }
      if (!ip) continue; // range exhausted: the sandbox fails to get an IP, the pod stays ContainerCreating
    }
    c.api.updateStatus(RT.pod, pod.metadata.namespace, pod.metadata.name!, {
      ...(pod.status ?? {}),
      hostIP,
      hostIPs: [{ ip: hostIP }],
      podIP: ip,
      podIPs: [{ ip }],
    });
  }
  return undefined;
}

export const ipam: Controller = {
  name: 'ipam',
  reconcile: (c) => whenChanged(c, 'ipam', ['pods', 'nodes'], () => allocate(c)),
};
