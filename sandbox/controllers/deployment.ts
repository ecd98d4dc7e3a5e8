// The Deployment controller: one ReplicaSet per pod template (`<name>-<pod-template-hash>`),
// revisions, RollingUpdate within maxSurge/maxUnavailable or Recreate, scaling, history
// clean-up, and status with the Available/Progressing conditions.

import type { Cluster } from '../cluster/cluster.js';
import type { KubeObject } from '../api/types.js';
import type { Controller } from './types.js';
import { byControllerUid, minWake, ownerRefTo, RT, updateObject, whenChanged } from './util.js';
import { DESIRED, fenceposts, HASH_LABEL, hashFor, MAX, REVISION, REVISION_HISTORY, revisionOf, templateKey } from './deployment-util.js';
import { syncDeploymentStatus } from './deployment-status.js';

export interface RolloutCtx {
  c: Cluster;
  d: KubeObject;
  newRS?: KubeObject;
  oldRSs: KubeObject[];
  created: boolean;
}

const replicasOf = (rs: KubeObject | undefined): number => rs?.spec?.replicas ?? 0;

function scaleRS(x: RolloutCtx, rs: KubeObject, to: number): KubeObject {
  const { c, d } = x;
  const { surge } = fenceposts(d);
  const want = d.spec?.replicas ?? 1;
  const from = replicasOf(rs);
  const ann = rs.metadata.annotations ?? {};
  if (from === to && ann[DESIRED] === String(want) && ann[MAX] === String(want + surge)) return rs;
  const next = updateObject(c, rs, (o) => {
    o.spec.replicas = to;
    o.metadata.annotations = { ...(o.metadata.annotations ?? {}), [DESIRED]: String(want), [MAX]: String(want + surge) };
  });
  if (from !== to)
    c.recordEvent(d, 'Normal', 'ScalingReplicaSet', `Scaled ${to > from ? 'up' : 'down'} replica set ${rs.metadata.name} from ${from} to ${to}`, 'deployment-controller');
  return next;
}

function createNewRS(x: RolloutCtx, replicas: number, revision: number): void {
  const { c, d } = x;
  const hash = hashFor(d);
  const tpl = structuredClone(d.spec.template ?? {});
  tpl.metadata = { ...(tpl.metadata ?? {}), labels: { ...(tpl.metadata?.labels ?? {}), [HASH_LABEL]: hash } };
  const { surge } = fenceposts(d);
  const want = d.spec?.replicas ?? 1;
  const annotations: Record<string, string> = {};
  for (const [k, v] of Object.entries((d.metadata.annotations ?? {}) as Record<string, string>))
    if (!k.startsWith('deployment.kubernetes.io/') && k !== 'kubectl.kubernetes.io/last-applied-configuration') annotations[k] = v;
  Object.assign(annotations, { [DESIRED]: String(want), [MAX]: String(want + surge), [REVISION]: String(revision) });
  const sel = structuredClone(d.spec.selector ?? {});
  sel.matchLabels = { ...(sel.matchLabels ?? {}), [HASH_LABEL]: hash };
  const rs: KubeObject = {
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: {
      name: `${d.metadata.name}-${hash}`,
      namespace: d.metadata.namespace,
      labels: { ...(d.spec.template?.metadata?.labels ?? {}), [HASH_LABEL]: hash },
      annotations,
      ownerReferences: [ownerRefTo(d)],
    },
    spec: { replicas, ...(d.spec.minReadySeconds ? { minReadySeconds: d.spec.minReadySeconds } : {}), selector: sel, template: tpl },
  };
  if (c.store.get('replicasets.apps', d.metadata.namespace, rs.metadata.name!)) {
    // A hash collision with a ReplicaSet of another template: bump collisionCount and retry next pass.
    c.api.updateStatus(RT.deployment, d.metadata.namespace, d.metadata.name!, { ...(d.status ?? {}), collisionCount: (d.status?.collisionCount ?? 0) + 1 });
    return;
  }
  x.newRS = c.api.create(rs);
  x.created = true;
  if (replicas > 0) c.recordEvent(d, 'Normal', 'ScalingReplicaSet', `Scaled up replica set ${rs.metadata.name} from 0 to ${replicas}`, 'deployment-controller');
}

function rolling(x: RolloutCtx, revision: number, podsByRS: Map<string, KubeObject[]>): void {
  const { d } = x;
  const want = d.spec?.replicas ?? 1;
  const { surge, unavailable } = fenceposts(d);
  const total = () => [x.newRS, ...x.oldRSs].reduce((n, rs) => n + replicasOf(rs), 0);
  // reconcileNewReplicaSet
  if (!x.newRS) {
    const room = Math.max(0, want + surge - total());
    createNewRS(x, x.oldRSs.some((rs) => replicasOf(rs) > 0) ? Math.min(room, want) : want, revision);
    return;
  }
  if (replicasOf(x.newRS) > want) {
    x.newRS = scaleRS(x, x.newRS, want);
    return;
  }
  if (replicasOf(x.newRS) < want) {
    const up = Math.min(Math.max(0, want + surge - total()), want - replicasOf(x.newRS));
    if (up > 0) {
      x.newRS = scaleRS(x, x.newRS, replicasOf(x.newRS) + up);
      return;
    }
  }
  // reconcileOldReplicaSets
  const oldPods = x.oldRSs.reduce((n, rs) => n + replicasOf(rs), 0);
  if (oldPods === 0) return;
  const minAvailable = want - unavailable;
  const newUnavailable = replicasOf(x.newRS) - (x.newRS.status?.availableReplicas ?? 0);
  let maxDown = total() - minAvailable - newUnavailable;
  if (maxDown <= 0) return;
  const old = [...x.oldRSs].sort((a, b) => revisionOf(a) - revisionOf(b));
  // cleanupUnhealthyReplicas: unavailable old pods go first.
  for (let i = 0; i < old.length && maxDown > 0; i++) {
    const rs = old[i]!;
    const bad = replicasOf(rs) - (rs.status?.availableReplicas ?? 0);
    if (bad <= 0) continue;
    const down = Math.min(bad, maxDown);
    old[i] = scaleRS(x, rs, replicasOf(rs) - down);
    maxDown -= down;
  }
  // scaleDownOldReplicaSetsForRollingUpdate
  const availableNow = [x.newRS, ...old].reduce((n, rs) => n + (rs?.status?.availableReplicas ?? 0), 0);
  let budget = availableNow - minAvailable;
  for (let i = 0; i < old.length && budget > 0; i++) {
    const rs = old[i]!;
    if (replicasOf(rs) === 0) continue;
    const down = Math.min(replicasOf(rs), budget);
    old[i] = scaleRS(x, rs, replicasOf(rs) - down);
    budget -= down;
  }
  x.oldRSs = old;
  void podsByRS;
}

function recreate(x: RolloutCtx, revision: number, podsByRS: Map<string, KubeObject[]>): void {
  const active = x.oldRSs.filter((rs) => replicasOf(rs) > 0);
  if (active.length) {
    x.oldRSs = x.oldRSs.map((rs) => (replicasOf(rs) > 0 ? scaleRS(x, rs, 0) : rs));
    return;
  }
  // Wait until every old pod has gone before starting new ones.
  if (x.oldRSs.some((rs) => (podsByRS.get(rs.metadata.uid!) ?? []).some((p) => p.status?.phase !== 'Succeeded' && p.status?.phase !== 'Failed'))) return;
  const want = x.d.spec?.replicas ?? 1;
  if (!x.newRS) createNewRS(x, want, revision);
  else x.newRS = scaleRS(x, x.newRS, want);
}

function cleanup(x: RolloutCtx, podsByRS: Map<string, KubeObject[]>): void {
  const limit = x.d.spec?.revisionHistoryLimit ?? 10;
  const idle = x.oldRSs.filter((rs) => replicasOf(rs) === 0 && !(rs.status?.replicas ?? 0) && !(podsByRS.get(rs.metadata.uid!) ?? []).length);
  if (idle.length <= limit) return;
  idle.sort((a, b) => revisionOf(a) - revisionOf(b));
  for (const rs of idle.slice(0, idle.length - limit)) x.c.api.delete(RT.replicaSet, rs.metadata.namespace, rs.metadata.name!);
}

function syncOne(c: Cluster, d: KubeObject, rsList: KubeObject[], podsByRS: Map<string, KubeObject[]>): number | undefined {
  if (d.metadata.deletionTimestamp) return undefined;
  const key = templateKey(d.spec?.template);
  const x: RolloutCtx = { c, d, oldRSs: [], created: false };
  for (const rs of rsList) {
    if (!x.newRS && templateKey(rs.spec?.template) === key) x.newRS = rs;
    else x.oldRSs.push(rs);
  }
  const maxOld = x.oldRSs.reduce((m, rs) => Math.max(m, revisionOf(rs)), 0);
  const revision = x.newRS && revisionOf(x.newRS) > maxOld ? revisionOf(x.newRS) : maxOld + 1;
  if (x.newRS && revisionOf(x.newRS) !== revision) {
    // A rollback: the old ReplicaSet becomes the newest revision and remembers the ones it had.
    const old = x.newRS.metadata.annotations?.[REVISION];
    const history = [x.newRS.metadata.annotations?.[REVISION_HISTORY], old].filter((v) => v).join(',');
    x.newRS = updateObject(c, x.newRS, (o) => {
      o.metadata.annotations = { ...(o.metadata.annotations ?? {}), [REVISION]: String(revision) };
      if (old && history) o.metadata.annotations[REVISION_HISTORY] = history;
    });
  }
  if (!d.spec?.paused) {
    if (d.spec?.strategy?.type === 'Recreate') recreate(x, revision, podsByRS);
    else rolling(x, revision, podsByRS);
  } else if (x.newRS && replicasOf(x.newRS) !== (d.spec?.replicas ?? 1) && !x.oldRSs.some((rs) => replicasOf(rs) > 0)) {
    x.newRS = scaleRS(x, x.newRS, d.spec?.replicas ?? 1);
  }
  if (x.newRS && d.metadata.annotations?.[REVISION] !== String(revision)) {
    const cur = c.store.get('deployments.apps', d.metadata.namespace, d.metadata.name!)!;
    updateObject(c, cur, (o) => (o.metadata.annotations = { ...(o.metadata.annotations ?? {}), [REVISION]: String(revision) }));
  }
  cleanup(x, podsByRS);
  return syncDeploymentStatus(x);
}

function syncAll(c: Cluster): number | undefined {
  const deps = c.store.list('deployments.apps');
  if (!deps.length) return undefined;
  const rsByOwner = byControllerUid(c.store.list('replicasets.apps'));
  const podsByRS = byControllerUid(c.store.list('pods'));
  let wake: number | undefined;
  for (const d of deps) wake = minWake(wake, syncOne(c, d, rsByOwner.get(d.metadata.uid!) ?? [], podsByRS));
  return wake;
}

export const deployment: Controller = {
  name: 'deployment',
  reconcile: (c) => whenChanged(c, 'deployment', ['deployments.apps', 'replicasets.apps', 'pods'], () => syncAll(c)),
};
