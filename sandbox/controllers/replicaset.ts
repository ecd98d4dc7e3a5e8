// The ReplicaSet controller: keeps `spec.replicas` active pods matching the template (named
// `<rs>-<5 random chars>`, owned by the ReplicaSet), adopts matching orphans, deletes the least
// useful pods first when scaling down, and reports replicas/ready/available.

import type { Cluster } from '../cluster/cluster.js';
import type { KubeObject } from '../api/types.js';
import { matchesSelector } from '../api/labels.js';
import type { Controller } from './types.js';
import { byControllerUid, controllerRef, isActive, isPodAvailable, isPodReady, minWake, ownerRefTo, parseTs, RT, updateObject, whenChanged } from './util.js';

/** controller.ActivePods ordering: the pods to delete first come first. */
function deletionRank(a: KubeObject, b: KubeObject): number {
  const ua = a.spec?.nodeName ? 1 : 0, ub = b.spec?.nodeName ? 1 : 0;
  if (ua !== ub) return ua - ub; // unscheduled first
  const phase = (p: KubeObject) => ({ Pending: 0, Unknown: 1, Running: 2 } as Record<string, number>)[p.status?.phase ?? 'Pending'] ?? 0;
  if (phase(a) !== phase(b)) return phase(a) - phase(b);
  const ra = isPodReady(a) ? 1 : 0, rb = isPodReady(b) ? 1 : 0;
  if (ra !== rb) return ra - rb; // not ready first
  const restarts = (p: KubeObject) => (p.status?.containerStatuses ?? []).reduce((n: number, s: any) => Math.max(n, s.restartCount ?? 0), 0);
  if (restarts(a) !== restarts(b)) return restarts(b) - restarts(a);
  return parseTs(b.metadata.creationTimestamp) - parseTs(a.metadata.creationTimestamp) || (a.metadata.name! < b.metadata.name! ? 1 : -1); // newest first
}

export function podFromTemplate(owner: KubeObject, generateName: string): KubeObject {
  const tpl = owner.spec.template ?? {};
  const meta = structuredClone(tpl.metadata ?? {});
  delete meta.name;
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      ...meta,
      generateName,
      namespace: owner.metadata.namespace,
      ownerReferences: [ownerRefTo(owner)],
    },
    spec: structuredClone(tpl.spec ?? {}),
  };
}

function syncOne(c: Cluster, rs: KubeObject, owned: KubeObject[], orphans: KubeObject[]): number | undefined {
  if (rs.metadata.deletionTimestamp) return undefined;
  const sel = rs.spec?.selector;
  for (const o of orphans) {
    if (o.metadata.deletionTimestamp || !matchesSelector(o.metadata.labels, sel)) continue;
    updateObject(c, o, (p) => (p.metadata.ownerReferences = [...(p.metadata.ownerReferences ?? []), ownerRefTo(rs)]));
    owned.push(o);
    orphans.splice(orphans.indexOf(o), 1);
  }
  const active = owned.filter(isActive);
  const want = rs.spec?.replicas ?? 1;
  // The pods after this sync (created ones added, deleted ones gone), for the status below.
  let current = active;
  if (active.length < want) {
    current = [...active];
    for (let i = active.length; i < want; i++) {
      const pod = c.api.create(podFromTemplate(rs, `${rs.metadata.name}-`));
      current.push(pod);
      c.recordEvent(rs, 'Normal', 'SuccessfulCreate', `Created pod: ${pod.metadata.name}`, 'replicaset-controller');
    }
  } else if (active.length > want) {
    const doomed = new Set([...active].sort(deletionRank).slice(0, active.length - want));
    for (const pod of doomed) {
      c.api.delete(RT.pod, pod.metadata.namespace, pod.metadata.name!);
      c.recordEvent(rs, 'Normal', 'SuccessfulDelete', `Deleted pod: ${pod.metadata.name}`, 'replicaset-controller');
    }
    current = active.filter((p) => !doomed.has(p));
  }
  const minReady = rs.spec?.minReadySeconds ?? 0;
  const tplLabels = rs.spec?.template?.metadata?.labels ?? {};
  const ready = current.filter(isPodReady).length;
  const available = current.filter((p) => isPodAvailable(p, minReady, c.now)).length;
  const fully = current.filter((p) => Object.entries(tplLabels).every(([k, v]) => p.metadata.labels?.[k] === v)).length;
  const status: Record<string, unknown> = { replicas: current.length };
  if (fully) status.fullyLabeledReplicas = fully;
  if (ready) status.readyReplicas = ready;
  if (available) status.availableReplicas = available;
  status.observedGeneration = rs.metadata.generation;
  // status.terminatingReplicas needs the DeploymentReplicaSetTerminatingReplicas gate, off in 1.34.
  c.api.updateStatus(RT.replicaSet, rs.metadata.namespace, rs.metadata.name!, status);
  // Wake when a ready pod becomes available after minReadySeconds.
  let wake: number | undefined;
  if (minReady)
    for (const p of current) {
      const cond = (p.status?.conditions ?? []).find((x: any) => x.type === 'Ready');
      if (cond?.status === 'True') {
        const at = parseTs(cond.lastTransitionTime) + minReady * 1000;
        if (at > c.now) wake = minWake(wake, at);
      }
    }
  return wake;
}

function syncAll(c: Cluster): number | undefined {
  const sets = c.store.list('replicasets.apps');
  if (!sets.length) return undefined;
  const pods = c.store.list('pods');
  const owned = byControllerUid(pods);
  const orphansByNs = new Map<string, KubeObject[]>();
  for (const p of pods) {
    if (controllerRef(p)) continue;
    const ns = p.metadata.namespace!;
    if (!orphansByNs.has(ns)) orphansByNs.set(ns, []);
    orphansByNs.get(ns)!.push(p);
  }
  let wake: number | undefined;
  for (const rs of sets) wake = minWake(wake, syncOne(c, rs, owned.get(rs.metadata.uid!) ?? [], orphansByNs.get(rs.metadata.namespace!) ?? []));
  return wake;
}

export const replicaset: Controller = {
  name: 'replicaset',
  reconcile: (c) => whenChanged(c, 'replicaset', ['replicasets.apps', 'pods'], () => syncAll(c)),
};
