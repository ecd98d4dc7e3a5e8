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

/** Why a node cannot take the pod, in kube-scheduler's words, or undefined when it fits. */
export function filterNode(pod: KubeObject, node: KubeObject): string | undefined {
  const tols: Toleration[] = pod.spec?.tolerations ?? [];
  if (node.spec?.unschedulable && !tols.some((t) => tolerates(t, { key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' })))
    return "node(s) were unschedulable";
  if (pod.spec?.nodeName && pod.spec.nodeName !== node.metadata.name) return "node(s) didn't match the requested node name";
  const taint = untoleratedTaint(pod, node);
  if (taint) return `node(s) had untolerated taint {${taint.key}: ${taint.value ?? ''}}`;
  if (!matchesNodeAffinity(pod, node)) return "node(s) didn't match Pod's node affinity/selector";
  return undefined;
}

/** The FailedScheduling message: `0/3 nodes are available: 1 node(s) had … preemption: …`. */
export function unschedulableMessage(nodeCount: number, reasons: string[]): string {
  if (nodeCount === 0) return 'no nodes available to schedule pods';
  const hist = new Map<string, number>();
  for (const r of reasons) hist.set(r, (hist.get(r) ?? 0) + 1);
  const parts = [...hist].map(([r, n]) => `${n} ${r}`).sort();
  return (
    `0/${nodeCount} nodes are available: ${parts.join(', ')}. ` +
    `preemption: 0/${nodeCount} nodes are available: ${nodeCount} Preemption is not helpful for scheduling.`
  );
}
