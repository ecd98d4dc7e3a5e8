// The scheduler's filters as pure functions: taints and tolerations, nodeSelector, required node
// affinity and cordoned nodes, with the reasons kube-scheduler reports for each rejected node.

import type { KubeObject } from '../api/types.js';

export interface Taint {
  key: string;
  value?: string;
  effect: string;
}
export interface Toleration {
  key?: string;
  operator?: string;
  value?: string;
  effect?: string;
}

export function tolerates(tol: Toleration, taint: Taint): boolean {
  if (tol.effect && tol.effect !== taint.effect) return false;
  if (tol.operator === 'Exists') return !tol.key || tol.key === taint.key;
  return tol.key === taint.key && (tol.value ?? '') === (taint.value ?? '');
}

/** The first NoSchedule/NoExecute taint the pod does not tolerate. */
export function untoleratedTaint(pod: KubeObject, node: KubeObject): Taint | undefined {
  const tols: Toleration[] = pod.spec?.tolerations ?? [];
  for (const t of (node.spec?.taints ?? []) as Taint[]) {
    if (t.effect !== 'NoSchedule' && t.effect !== 'NoExecute') continue;
    if (!tols.some((tol) => tolerates(tol, t))) return t;
  }
  return undefined;
}

function matchExpr(value: string | undefined, e: { operator: string; values?: string[] }): boolean {
  const vals = e.values ?? [];
  switch (e.operator) {
    case 'In':
      return value !== undefined && vals.includes(value);
    case 'NotIn':
      return value === undefined || !vals.includes(value);
    case 'Exists':
      return value !== undefined;
    case 'DoesNotExist':
      return value === undefined;
    case 'Gt':
      return value !== undefined && Number(value) > Number(vals[0]);
    case 'Lt':
      return value !== undefined && Number(value) < Number(vals[0]);
  }
  return false;
}

/** nodeSelector plus requiredDuringSchedulingIgnoredDuringExecution node affinity. */
export function matchesNodeAffinity(pod: KubeObject, node: KubeObject): boolean {
  const labels: Record<string, string> = node.metadata.labels ?? {};
  for (const [k, v] of Object.entries((pod.spec?.nodeSelector ?? {}) as Record<string, string>)) if (labels[k] !== v) return false;
  const terms: any[] | undefined = pod.spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms;
  if (!terms || !terms.length) return true;
  return terms.some(
    (t) =>
      (t.matchExpressions?.length || t.matchFields?.length) &&
      (t.matchExpressions ?? []).every((e: any) => matchExpr(labels[e.key], e)) &&
      (t.matchFields ?? []).every((e: any) => matchExpr(e.key === 'metadata.name' ? node.metadata.name : undefined, e)),
  );
}

/** The host ports a pod asks for, as `protocol/hostIP/port` keys. */
export function hostPorts(pod: KubeObject): string[] {
  const out: string[] = [];
  for (const c of pod.spec?.containers ?? [])
    for (const p of c.ports ?? []) if (p.hostPort) out.push(`${p.protocol ?? 'TCP'}/${p.hostIP || '0.0.0.0'}/${p.hostPort}`);
  return out;
}

/** NodePorts filter: a wildcard hostIP clashes with any address on the same port and protocol. */
function portsClash(want: string[], used: Set<string> | undefined): boolean {
  if (!used?.size) return false;
  for (const w of want) {
    const [proto, ip, port] = w.split('/');
    for (const u of used) {
      const [p2, ip2, port2] = u.split('/');
      if (proto === p2 && port === port2 && (ip === ip2 || ip === '0.0.0.0' || ip2 === '0.0.0.0')) return true;
    }
  }
  return false;
}

/** Why a node cannot take the pod, in kube-scheduler's words, or undefined when it fits. */
export function filterNode(pod: KubeObject, node: KubeObject, usedPorts?: Set<string>): string | undefined {
  const tols: Toleration[] = pod.spec?.tolerations ?? [];
  if (node.spec?.unschedulable && !tols.some((t) => tolerates(t, { key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' })))
    return "node(s) were unschedulable";
  if (pod.spec?.nodeName && pod.spec.nodeName !== node.metadata.name) return "node(s) didn't match the requested node name";
  const taint = untoleratedTaint(pod, node);
  if (taint) return `node(s) had untolerated taint {${taint.key}: ${taint.value ?? ''}}`;
  if (!matchesNodeAffinity(pod, node)) return "node(s) didn't match Pod's node affinity/selector";
  if (portsClash(hostPorts(pod), usedPorts)) return "node(s) didn't have free ports for the requested pod ports";
  return undefined;
}

/**
 * The FailedScheduling message: `0/3 nodes are available: 1 node(s) had … preemption: …`, from
 * each node's reasons (NodeResourcesFit can give a node several).
 */
export function unschedulableMessage(nodeCount: number, perNode: string[][]): string {
  if (nodeCount === 0) return 'no nodes available to schedule pods';
  const summary = (rs: string[]) => {
    const hist = new Map<string, number>();
    for (const r of rs) hist.set(r, (hist.get(r) ?? 0) + 1);
    return [...hist].map(([r, n]) => `${n} ${r}`).sort().join(', ');
  };
  // Evicting lower-priority pods could free ports or resources; no eviction fixes a taint or a
  // selector. (We do not model preemption: pods of equal or higher priority are never victims,
  // and a learner's pods all share priority 0.)
  const helps = (r: string) => r.includes('free ports') || r.startsWith('Insufficient') || r === 'Too many pods';
  const preemption = perNode.map((rs) =>
    rs.every(helps) ? 'No preemption victims found for incoming pod' : 'Preemption is not helpful for scheduling',
  );
  return `0/${nodeCount} nodes are available: ${summary(perNode.flat())}. preemption: 0/${nodeCount} nodes are available: ${summary(preemption)}.`;
}
