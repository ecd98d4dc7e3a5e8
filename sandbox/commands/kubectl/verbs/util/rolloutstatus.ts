// kubectl's rollout status viewers (polymorphichelpers/rollout_status.go): the message for a
// Deployment, DaemonSet or StatefulSet and whether the rollout is done.

import type { KubeObject } from '../../../../api/types.js';
import { KubectlError } from '../../types.js';

export interface RolloutState {
  message: string;
  done: boolean;
}

function condition(obj: KubeObject, type: string): any {
  return (obj.status?.conditions ?? []).find((c: any) => c.type === type);
}

export function rolloutStatus(obj: KubeObject): RolloutState {
  const s = obj.status ?? {};
  const name = obj.metadata.name;
  const gen = obj.metadata.generation ?? 0;
  const observed = s.observedGeneration ?? 0;
  switch (obj.kind) {
    case 'Deployment': {
      if (gen > observed) return { message: 'Waiting for deployment spec update to be observed...\n', done: false };
      if (condition(obj, 'Progressing')?.reason === 'ProgressDeadlineExceeded') throw new KubectlError(`deployment "${name}" exceeded its progress deadline`);
      const want = obj.spec?.replicas ?? 1;
      const updated = s.updatedReplicas ?? 0;
      if (updated < want) return { message: `Waiting for deployment "${name}" rollout to finish: ${updated} out of ${want} new replicas have been updated...\n`, done: false };
      if ((s.replicas ?? 0) > updated) return { message: `Waiting for deployment "${name}" rollout to finish: ${(s.replicas ?? 0) - updated} old replicas are pending termination...\n`, done: false };
      if ((s.availableReplicas ?? 0) < updated) return { message: `Waiting for deployment "${name}" rollout to finish: ${s.availableReplicas ?? 0} of ${updated} updated replicas are available...\n`, done: false };
      return { message: `deployment "${name}" successfully rolled out\n`, done: true };
    }
    case 'DaemonSet': {
      if (obj.spec?.updateStrategy?.type && obj.spec.updateStrategy.type !== 'RollingUpdate') throw new KubectlError('rollout status is only available for RollingUpdate strategy type');
      if (gen > observed) return { message: 'Waiting for daemon set spec update to be observed...\n', done: false };
      const want = s.desiredNumberScheduled ?? 0;
      if ((s.updatedNumberScheduled ?? 0) < want) return { message: `Waiting for daemon set "${name}" rollout to finish: ${s.updatedNumberScheduled ?? 0} out of ${want} new pods have been updated...\n`, done: false };
      if ((s.numberAvailable ?? 0) < want) return { message: `Waiting for daemon set "${name}" rollout to finish: ${s.numberAvailable ?? 0} of ${want} updated pods are available...\n`, done: false };
      return { message: `daemon set "${name}" successfully rolled out\n`, done: true };
    }
    case 'StatefulSet': {
      if (gen > observed) return { message: 'Waiting for statefulset spec update to be observed...\n', done: false };
      const want = obj.spec?.replicas ?? 1;
      if ((s.readyReplicas ?? 0) < want) return { message: `Waiting for ${want - (s.readyReplicas ?? 0)} pods to be ready...\n`, done: false };
      return { message: `statefulset rolling update complete ${s.currentReplicas ?? want} pods at revision ${s.currentRevision ?? ''}...\n`, done: true };
    }
  }
  throw new KubectlError(`no status viewer has been implemented for ${obj.kind}`);
}
