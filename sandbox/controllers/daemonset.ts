// The DaemonSet controller: one pod per eligible node (nodeSelector, node affinity, taints the
// template tolerates plus the tolerations the controller adds), pinned with a node-name affinity,
// replaced one node at a time when the template changes; status counts per node.

import type { Cluster } from '../cluster/cluster.js';
import type { KubeObject } from '../api/types.js';
import type { Controller } from './types.js';
import { podFromTemplate } from './replicaset.js';
import { matchesNodeAffinity, untoleratedTaint } from './scheduling.js';
import { byControllerUid, isPodAvailable, isPodReady, isTerminal, minWake, RT, stableJson, whenChanged } from './util.js';
import { podTemplateHash } from '../util/hash.js';

/** Tolerations the DaemonSet controller adds to every pod (util.AddOrUpdateDaemonPodTolerations). */
function daemonTolerations(hostNetwork: boolean): any[] {
  const t = [
    { effect: 'NoExecute', key: 'node.kubernetes.io/not-ready', operator: 'Exists' },
    { effect: 'NoExecute', key: 'node.kubernetes.io/unreachable', operator: 'Exists' },
    { effect: 'NoSchedule', key: 'node.kubernetes.io/disk-pressure', operator: 'Exists' },
    { effect: 'NoSchedule', key: 'node.kubernetes.io/memory-pressure', operator: 'Exists' },
    { effect: 'NoSchedule', key: 'node.kubernetes.io/pid-pressure', operator: 'Exists' },
    { effect: 'NoSchedule', key: 'node.kubernetes.io/unschedulable', operator: 'Exists' },
  ];
  if (hostNetwork) t.push({ effect: 'NoSchedule', key: 'node.kubernetes.io/network-unavailable', operator: 'Exists' });
  return t;
}

const hashes = new WeakMap<object, string>();
/** The controller-revision-hash of the template, cached per stored template object. */
function revisionHash(ds: KubeObject): string {
  const tpl = ds.spec?.template ?? {};
  let h = hashes.get(tpl);
  if (h === undefined) hashes.set(tpl, (h = podTemplateHash(stableJson(tpl))));
  return h;
}

function daemonPod(ds: KubeObject, node: string): KubeObject {
  const pod = podFromTemplate(ds, `${ds.metadata.name}-`);
  pod.metadata.labels = { ...(pod.metadata.labels ?? {}), 'controller-revision-hash': revisionHash(ds), 'pod-template-generation': String(ds.metadata.generation ?? 1) };
  const tols: any[] = [...(pod.spec.tolerations ?? [])];
  for (const t of daemonTolerations(!!pod.spec.hostNetwork)) if (!tols.some((x) => x.key === t.key && x.effect === t.effect)) tols.push(t);
  pod.spec.tolerations = tols;
  pod.spec.affinity = {
    ...(pod.spec.affinity ?? {}),
    nodeAffinity: {
      ...(pod.spec.affinity?.nodeAffinity ?? {}),
      requiredDuringSchedulingIgnoredDuringExecution: {
        nodeSelectorTerms: [{ matchFields: [{ key: 'metadata.name', operator: 'In', values: [node] }] }],
      },
    },
  };
  return pod;
}

function podNode(p: KubeObject): string | undefined {
  return p.spec?.nodeName ?? p.spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms?.[0]?.matchFields?.[0]?.values?.[0];
}

function shouldRun(ds: KubeObject, node: KubeObject): boolean {
  const probe: KubeObject = { apiVersion: 'v1', kind: 'Pod', metadata: {}, spec: { ...(ds.spec?.template?.spec ?? {}) } };
  probe.spec.tolerations = [...(probe.spec.tolerations ?? []), ...daemonTolerations(!!probe.spec.hostNetwork)];
  return matchesNodeAffinity(probe, node) && !untoleratedTaint(probe, node);
}

function syncOne(c: Cluster, ds: KubeObject, nodes: KubeObject[], pods: KubeObject[]): number | undefined {
  if (ds.metadata.deletionTimestamp) return undefined;
  const hash = revisionHash(ds);
  const live = pods.filter((p) => !p.metadata.deletionTimestamp && !isTerminal(p));
  const byNode = new Map<string, KubeObject[]>();
  for (const p of live) {
    const n = podNode(p) ?? '';
    if (!byNode.has(n)) byNode.set(n, []);
    byNode.get(n)!.push(p);
  }
  const eligible = nodes.filter((n) => shouldRun(ds, n));
  const names = new Set(eligible.map((n) => n.metadata.name!));
  const minReady = ds.spec?.minReadySeconds ?? 0;
  let unavailable = 0;
  for (const n of eligible) {
    const ps = byNode.get(n.metadata.name!) ?? [];
    if (!ps.some((p) => isPodAvailable(p, minReady, c.now))) unavailable++;
  }
  const maxUnavailable = ds.spec?.updateStrategy?.type === 'OnDelete' ? 0 : Number(ds.spec?.updateStrategy?.rollingUpdate?.maxUnavailable ?? 1) || 1;
  let budget = maxUnavailable - unavailable;
  for (const n of eligible) {
    const name = n.metadata.name!;
    const ps = byNode.get(name) ?? [];
    if (!ps.length) {
      const pod = c.api.create(daemonPod(ds, name));
      c.recordEvent(ds, 'Normal', 'SuccessfulCreate', `Created pod: ${pod.metadata.name}`, 'daemonset-controller');
      continue;
    }
    for (const extra of ps.slice(1)) del(c, ds, extra);
    const old = ps[0]!;
    if (old.metadata.labels?.['controller-revision-hash'] !== hash && ds.spec?.updateStrategy?.type !== 'OnDelete' && budget > 0) {
      if (isPodAvailable(old, minReady, c.now)) budget--;
      del(c, ds, old);
    }
  }
  for (const [n, ps] of byNode) if (!names.has(n)) for (const p of ps) del(c, ds, p);
  const now = c.store.list('pods', ds.metadata.namespace).filter((p) => p.metadata.ownerReferences?.some((r) => r.uid === ds.metadata.uid) && !isTerminal(p));
  const on = (p: KubeObject) => names.has(podNode(p) ?? '');
  const scheduled = now.filter((p) => p.spec?.nodeName && on(p) && !p.metadata.deletionTimestamp);
  const status: Record<string, unknown> = {
    currentNumberScheduled: scheduled.length,
    desiredNumberScheduled: eligible.length,
    numberMisscheduled: now.filter((p) => p.spec?.nodeName && !on(p)).length,
    numberReady: scheduled.filter(isPodReady).length,
    observedGeneration: ds.metadata.generation,
  };
  const available = scheduled.filter((p) => isPodAvailable(p, minReady, c.now)).length;
  if (available) status.numberAvailable = available;
  if (eligible.length - available > 0) status.numberUnavailable = eligible.length - available;
  const updated = scheduled.filter((p) => p.metadata.labels?.['controller-revision-hash'] === hash).length;
  if (updated) status.updatedNumberScheduled = updated;
  c.api.updateStatus(RT.daemonSet, ds.metadata.namespace, ds.metadata.name!, status);
  return undefined;
}

function del(c: Cluster, ds: KubeObject, p: KubeObject): void {
  c.api.delete(RT.pod, p.metadata.namespace, p.metadata.name!);
  c.recordEvent(ds, 'Normal', 'SuccessfulDelete', `Deleted pod: ${p.metadata.name}`, 'daemonset-controller');
}

function syncAll(c: Cluster): number | undefined {
  const sets = c.store.list('daemonsets.apps');
  if (!sets.length) return undefined;
  const nodes = c.store.list('nodes');
  const owned = byControllerUid(c.store.list('pods'));
  let wake: number | undefined;
  for (const ds of sets) wake = minWake(wake, syncOne(c, ds, nodes, owned.get(ds.metadata.uid!) ?? []));
  return wake;
}

export const daemonset: Controller = {
  name: 'daemonset',
  reconcile: (c) => whenChanged(c, 'daemonset', ['daemonsets.apps', 'nodes', 'pods'], () => syncAll(c)),
};
