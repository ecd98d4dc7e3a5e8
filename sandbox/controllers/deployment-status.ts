// A Deployment's status as the controller computes it: replica counts summed over its
// ReplicaSets, and the Available / Progressing conditions with upstream's reasons and messages.

import type { RolloutCtx } from './deployment.js';
import { type Condition, fenceposts, newCondition, setCondition } from './deployment-util.js';
import { parseTs, RT } from './util.js';

export function syncDeploymentStatus(x: RolloutCtx): number | undefined {
  const { c } = x;
  const d = c.store.get('deployments.apps', x.d.metadata.namespace, x.d.metadata.name!) ?? x.d;
  const cur = (name: string | undefined) => (name ? c.store.get('replicasets.apps', d.metadata.namespace, name) : undefined);
  const newRS = cur(x.newRS?.metadata.name);
  const all = [newRS, ...x.oldRSs.map((rs) => cur(rs.metadata.name))].filter((rs) => !!rs);
  const want = d.spec?.replicas ?? 1;
  const sum = (f: (s: any) => number) => all.reduce((n, rs) => n + (f(rs!.status ?? {}) ?? 0), 0);
  const replicas = sum((s) => s.replicas ?? 0);
  const updated = newRS?.status?.replicas ?? 0;
  const ready = sum((s) => s.readyReplicas ?? 0);
  const available = sum((s) => s.availableReplicas ?? 0);
  const old = d.status ?? {};
  let conds: Condition[] = structuredClone(old.conditions ?? []);
  const now = c.now;
  const { unavailable } = fenceposts(d);
  conds = available >= want - unavailable
    ? setCondition(conds, newCondition('Available', 'True', 'MinimumReplicasAvailable', 'Deployment has minimum availability.', now))
    : setCondition(conds, newCondition('Available', 'False', 'MinimumReplicasUnavailable', 'Deployment does not have minimum availability.', now));
  const name = newRS?.metadata.name;
  const progressing = conds.find((k) => k.type === 'Progressing');
  const deadline = d.spec?.progressDeadlineSeconds ?? 600;
  let wake: number | undefined;
  if (name && !d.spec?.paused) {
    const oldActive = x.oldRSs.some((rs) => (cur(rs.metadata.name)?.status?.replicas ?? 0) > 0);
    const complete = updated === want && replicas === want && available === want && !oldActive && (newRS?.spec?.replicas ?? 0) === want;
    const moved =
      updated > (old.updatedReplicas ?? 0) ||
      ready > (old.readyReplicas ?? 0) ||
      available > (old.availableReplicas ?? 0) ||
      (old.replicas ?? 0) - (old.updatedReplicas ?? 0) > replicas - updated;
    if (x.created) conds = setCondition(conds, newCondition('Progressing', 'True', 'NewReplicaSetCreated', `Created new replica set "${name}"`, now));
    else if (!progressing) conds = setCondition(conds, newCondition('Progressing', 'True', 'FoundNewReplicaSet', `Found new replica set "${name}"`, now));
    else if (complete) conds = setCondition(conds, newCondition('Progressing', 'True', 'NewReplicaSetAvailable', `ReplicaSet "${name}" has successfully progressed.`, now));
    else if (moved) {
      const cnd = newCondition('Progressing', 'True', 'ReplicaSetUpdated', `ReplicaSet "${name}" is progressing.`, now);
      if (progressing.status === 'True') cnd.lastTransitionTime = progressing.lastTransitionTime;
      conds = [...conds.filter((k) => k.type !== 'Progressing'), cnd];
    } else if (progressing.reason !== 'NewReplicaSetAvailable' && progressing.reason !== 'ProgressDeadlineExceeded') {
      const due = parseTs(progressing.lastUpdateTime) + deadline * 1000;
      if (due <= now) conds = setCondition(conds, newCondition('Progressing', 'False', 'ProgressDeadlineExceeded', `ReplicaSet "${name}" has timed out progressing.`, now));
      else wake = due;
    }
  }
  const status: Record<string, unknown> = { observedGeneration: d.metadata.generation };
  if (replicas) status.replicas = replicas;
  if (updated) status.updatedReplicas = updated;
  if (ready) status.readyReplicas = ready;
  if (available) status.availableReplicas = available;
  if (want - available > 0) status.unavailableReplicas = want - available;
  status.conditions = conds;
  if (old.collisionCount !== undefined) status.collisionCount = old.collisionCount;
  c.api.updateStatus(RT.deployment, d.metadata.namespace, d.metadata.name!, status);
  return wake;
}
