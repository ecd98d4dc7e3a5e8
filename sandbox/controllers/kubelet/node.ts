// The kubelet's node status and the node lifecycle controller's taint: a node is Ready once a
// CNI plugin runs on it; until then it reports NetworkPluginNotReady and carries the
// node.kubernetes.io/not-ready taint. Heartbeats follow the 5-minute status report period.

import type { Cluster } from '../../cluster/cluster.js';
import type { KubeObject } from '../../api/types.js';
import type { Controller } from '../types.js';
import { isPodReady, RT, ts, updateObject, whenChanged } from '../util.js';

/** Images of the CNI plugins whose agent makes a node's network ready. */
const CNI_IMAGES = /kindest\/kindnetd|flannel-io\/flannel:|flannel\/flannel:|calico\/node:|cilium\/cilium:|weaveworks\/weave-kube/;
const REPORT_MS = 5 * 60_000;
export const NOT_READY_TAINT = 'node.kubernetes.io/not-ready';
export const UNSCHEDULABLE_TAINT = 'node.kubernetes.io/unschedulable';

const NOT_READY_MSG =
  'container runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:Network plugin returns error: cni plugin not initialized';

function cniNodes(c: Cluster): Set<string> {
  const out = new Set<string>();
  for (const p of c.store.list('pods')) {
    if (!p.spec?.nodeName || !isPodReady(p) || p.metadata.deletionTimestamp) continue;
    if ((p.spec.containers ?? []).some((x: any) => CNI_IMAGES.test(x.image ?? ''))) out.add(p.spec.nodeName);
  }
  return out;
}

export function nodeConditions(prev: any[] | undefined, ready: boolean, now: number, heartbeat: boolean): any[] {
  const mk = (type: string, status: string, reason: string, message: string) => {
    const old = (prev ?? []).find((x) => x.type === type);
    const changed = !old || old.status !== status;
    return {
      lastHeartbeatTime: changed || heartbeat || !old ? ts(now) : old.lastHeartbeatTime,
      lastTransitionTime: changed ? ts(now) : old.lastTransitionTime,
      message,
      reason,
      status,
      type,
    };
  };
  return [
    mk('MemoryPressure', 'False', 'KubeletHasSufficientMemory', 'kubelet has sufficient memory available'),
    mk('DiskPressure', 'False', 'KubeletHasNoDiskPressure', 'kubelet has no disk pressure'),
    mk('PIDPressure', 'False', 'KubeletHasSufficientPID', 'kubelet has sufficient PID available'),
    ready ? mk('Ready', 'True', 'KubeletReady', 'kubelet is posting ready status') : mk('Ready', 'False', 'KubeletNotReady', NOT_READY_MSG),
  ];
}

/** Adds or removes a NoSchedule taint maintained by the node lifecycle controller. */
function syncTaint(c: Cluster, name: string, key: string, want: boolean): void {
  const node = c.store.get('nodes', undefined, name)!;
  const taints: any[] = node.spec?.taints ?? [];
  const has = taints.some((t) => t.key === key && t.effect === 'NoSchedule');
  if (want === has) return;
  updateObject(c, node, (n) => {
    const next = want ? [...taints, { effect: 'NoSchedule', key }] : taints.filter((t) => !(t.key === key && t.effect === 'NoSchedule'));
    n.spec = { ...(n.spec ?? {}) };
    if (next.length) n.spec.taints = next;
    else delete n.spec.taints;
  });
}

function syncNode(c: Cluster, node: KubeObject, ready: boolean): number {
  const prev: any[] = node.status?.conditions ?? [];
  const readyCond = prev.find((x) => x.type === 'Ready');
  const last = readyCond ? Date.parse(readyCond.lastHeartbeatTime) : -Infinity;
  const due = c.now - last >= REPORT_MS;
  const was = readyCond?.status === 'True';
  if (due || was !== ready || !readyCond) {
    c.api.updateStatus(RT.node, undefined, node.metadata.name!, { ...(node.status ?? {}), conditions: nodeConditions(prev, ready, c.now, true) });
    if (was !== ready && readyCond) c.recordEvent(node, 'Normal', ready ? 'NodeReady' : 'NodeNotReady', `Node ${node.metadata.name} status is now: ${ready ? 'NodeReady' : 'NodeNotReady'}`, 'kubelet/' + node.metadata.name);
  }
  syncTaint(c, node.metadata.name!, NOT_READY_TAINT, !ready);
  // TaintNodesByCondition: a cordoned node carries the unschedulable taint.
  syncTaint(c, node.metadata.name!, UNSCHEDULABLE_TAINT, !!node.spec?.unschedulable);
  const hb = Date.parse((c.store.get('nodes', undefined, node.metadata.name!)?.status?.conditions ?? []).find((x: any) => x.type === 'Ready')?.lastHeartbeatTime ?? '');
  return (Number.isFinite(hb) ? hb : c.now) + REPORT_MS;
}

function syncAll(c: Cluster): number | undefined {
  const cni = cniNodes(c);
  let wake: number | undefined;
  for (const node of c.store.list('nodes')) {
    const w = syncNode(c, node, cni.has(node.metadata.name!));
    wake = wake === undefined ? w : Math.min(wake, w);
  }
  return wake;
}

export const kubeletNodes: Controller = {
  name: 'kubelet-nodes',
  reconcile: (c) => whenChanged(c, 'kubelet-nodes', ['nodes', 'pods'], () => syncAll(c)),
};
