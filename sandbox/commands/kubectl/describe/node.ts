// `kubectl describe node`: describeNode with conditions, addresses, capacity, system info,
// the non-terminated pods table and allocated resources.

import type { Cluster } from '../../../cluster/cluster.js';
import type { KubeObject } from '../../../api/types.js';
import { age } from '../../../util/duration.js';
import { nodeRoles } from '../printers/columns/node.js';
import { describeEvents, searchEvents } from './events.js';
import { formatQuantity, parseQuantity } from './quantity.js';
import { annotationsMultiline, DescribeWriter, labelsMultiline, LEVEL_0, LEVEL_1, sorted, taintsMultiline, time1123 } from './writer.js';

function podTotals(pod: KubeObject): Record<'requests' | 'limits', Record<string, number>> {
  const out = { requests: {} as Record<string, number>, limits: {} as Record<string, number> };
  for (const c of pod.spec?.containers ?? []) {
    for (const kind of ['requests', 'limits'] as const) {
      for (const [r, v] of Object.entries(c.resources?.[kind] ?? {})) out[kind][r] = (out[kind][r] ?? 0) + parseQuantity(String(v));
    }
  }
  // Limits default to requests only where set; requests default to limits (API defaulting already did).
  return out;
}

const pct = (v: number, total: number) => (total ? Math.trunc((v / total) * 100) : 0);

export function describeNode(c: Cluster, node: KubeObject, showEvents: boolean): string {
  const w = new DescribeWriter();
  const st = node.status ?? {};
  w.write(LEVEL_0, `Name:\t${node.metadata.name}\n`);
  w.write(LEVEL_0, `Roles:\t${nodeRoles(node)}\n`);
  labelsMultiline(w, 'Labels', node.metadata.labels);
  annotationsMultiline(w, 'Annotations', node.metadata.annotations);
  w.write(LEVEL_0, `CreationTimestamp:\t${time1123(node.metadata.creationTimestamp)}\n`);
  taintsMultiline(w, 'Taints', node.spec?.taints);
  w.write(LEVEL_0, `Unschedulable:\t${!!node.spec?.unschedulable}\n`);
  const lease = c.store.get('leases.coordination.k8s.io', 'kube-node-lease', node.metadata.name!);
  w.write(LEVEL_0, 'Lease:\n');
  w.write(LEVEL_1, `HolderIdentity:\t${lease?.spec?.holderIdentity ?? node.metadata.name}\n`);
  w.write(LEVEL_1, `AcquireTime:\t${lease?.spec?.acquireTime ? time1123(lease.spec.acquireTime) : '<unset>'}\n`);
  w.write(LEVEL_1, `RenewTime:\t${time1123(lease?.spec?.renewTime ?? new Date(Math.floor(c.now / 1000) * 1000).toISOString())}\n`);
  const conds: any[] = st.conditions ?? [];
  if (conds.length) {
    w.write(LEVEL_0, 'Conditions:\n  Type\tStatus\tLastHeartbeatTime\tLastTransitionTime\tReason\tMessage\n');
    w.write(LEVEL_1, '----\t------\t-----------------\t------------------\t------\t-------\n');
    for (const cd of conds)
      w.write(LEVEL_1, `${cd.type} \t${cd.status} \t${time1123(cd.lastHeartbeatTime)} \t${time1123(cd.lastTransitionTime)} \t${cd.reason ?? ''} \t${cd.message ?? ''}\n`);
  }
  w.write(LEVEL_0, 'Addresses:\n');
  for (const a of st.addresses ?? []) w.write(LEVEL_1, `${a.type}:\t${a.address}\n`);
  for (const [title, list] of [['Capacity', st.capacity], ['Allocatable', st.allocatable]] as const) {
    const keys = sorted(Object.keys(list ?? {}));
    if (!keys.length) continue;
    w.write(LEVEL_0, `${title}:\n`);
    for (const k of keys) w.write(LEVEL_0, `  ${k}:\t${(list as any)[k]}\n`);
  }
  const info = st.nodeInfo ?? {};
  w.write(LEVEL_0, 'System Info:\n');
  w.write(LEVEL_0, `  Machine ID:\t${info.machineID ?? ''}\n`);
  w.write(LEVEL_0, `  System UUID:\t${info.systemUUID ?? ''}\n`);
  w.write(LEVEL_0, `  Boot ID:\t${info.bootID ?? ''}\n`);
  w.write(LEVEL_0, `  Kernel Version:\t${info.kernelVersion ?? ''}\n`);
  w.write(LEVEL_0, `  OS Image:\t${info.osImage ?? ''}\n`);
  w.write(LEVEL_0, `  Operating System:\t${info.operatingSystem ?? ''}\n`);
  w.write(LEVEL_0, `  Architecture:\t${info.architecture ?? ''}\n`);
  w.write(LEVEL_0, `  Container Runtime Version:\t${info.containerRuntimeVersion ?? ''}\n`);
  w.write(LEVEL_0, `  Kubelet Version:\t${info.kubeletVersion ?? ''}\n`);
  w.write(LEVEL_0, `  Kube-Proxy Version:\t${info.kubeProxyVersion ?? ''}\n`);
  if (node.spec?.podCIDR) w.write(LEVEL_0, `PodCIDR:\t${node.spec.podCIDR}\n`);
  if ((node.spec?.podCIDRs ?? []).length) w.write(LEVEL_0, `PodCIDRs:\t${node.spec.podCIDRs.join(',')}\n`);
  if (node.spec?.providerID) w.write(LEVEL_0, `ProviderID:\t${node.spec.providerID}\n`);
  const pods = c.store
    .list('pods')
    .filter((p) => p.spec?.nodeName === node.metadata.name && p.status?.phase !== 'Succeeded' && p.status?.phase !== 'Failed');
  const alloc: Record<string, string> = st.allocatable ?? st.capacity ?? {};
  const cpuAlloc = parseQuantity(alloc.cpu ?? '0'), memAlloc = parseQuantity(alloc.memory ?? '0'), ephAlloc = parseQuantity(alloc['ephemeral-storage'] ?? '0');
  w.write(LEVEL_0, `Non-terminated Pods:\t(${pods.length} in total)\n`);
  w.write(LEVEL_1, 'Namespace\tName\t\tCPU Requests\tCPU Limits\tMemory Requests\tMemory Limits\tAge\n');
  w.write(LEVEL_1, '---------\t----\t\t------------\t----------\t---------------\t-------------\t---\n');
  const total = { requests: {} as Record<string, number>, limits: {} as Record<string, number> };
  for (const p of pods) {
    const t = podTotals(p);
    for (const kind of ['requests', 'limits'] as const) for (const [r, v] of Object.entries(t[kind])) total[kind][r] = (total[kind][r] ?? 0) + v;
    const cr = t.requests.cpu ?? 0, cl = t.limits.cpu ?? 0, mr = t.requests.memory ?? 0, ml = t.limits.memory ?? 0;
    w.write(
      LEVEL_1,
      `${p.metadata.namespace}\t${p.metadata.name}\t\t${formatQuantity(cr, 'cpu')} (${pct(cr, cpuAlloc)}%)\t${formatQuantity(cl, 'cpu')} (${pct(cl, cpuAlloc)}%)\t${formatQuantity(mr, 'memory')} (${pct(mr, memAlloc)}%)\t${formatQuantity(ml, 'memory')} (${pct(ml, memAlloc)}%)\t${age(p.metadata.creationTimestamp, c.now)}\n`,
    );
  }
  w.write(LEVEL_0, 'Allocated resources:\n  (Total limits may be over 100 percent, i.e., overcommitted.)\n');
  w.write(LEVEL_1, 'Resource\tRequests\tLimits\n');
  w.write(LEVEL_1, '--------\t--------\t------\n');
  const row = (name: string, kind: 'cpu' | 'memory', allocatable: number) => {
    const r = total.requests[name] ?? 0, l = total.limits[name] ?? 0;
    w.write(LEVEL_1, `${name}\t${formatQuantity(r, kind)} (${pct(r, allocatable)}%)\t${formatQuantity(l, kind)} (${pct(l, allocatable)}%)\n`);
  };
  row('cpu', 'cpu', cpuAlloc);
  row('memory', 'memory', memAlloc);
  row('ephemeral-storage', 'memory', ephAlloc);
  for (const h of sorted(Object.keys(alloc).filter((k) => k.startsWith('hugepages-')))) row(h, 'memory', parseQuantity(alloc[h]!));
  if (showEvents) describeEvents(searchEvents(c, node, { uid: '' }), w, c.now);
  return w.toString();
}
