// ReplicaSets (apps/v1): SetDefaults_ReplicaSet, ValidateReplicaSetSpec and the immutable selector.

import type { FieldCause } from '../errors.js';
import type { KindHandler } from '../kind.js';
import { nonNegative, selectorImmutable, validateSelector, validateTemplate } from '../validation/workload.js';
import { defaultPodTemplate } from './podspec-defaults.js';
import { V1ReplicaSet } from '../schema/generated/apps.js';

type Obj = Record<string, any>;

export const replicaSet: KindHandler = {
  kind: 'ReplicaSet',
  schema: V1ReplicaSet,
  defaults(obj) {
    const spec = obj.spec;
    if (!spec || typeof spec !== 'object') return;
    spec.replicas ??= 1;
    defaultPodTemplate(spec.template);
  },
  validate(obj, old) {
    const spec: Obj = obj.spec ?? {};
    const out: FieldCause[] = [...nonNegative(spec.replicas, 'spec.replicas'), ...nonNegative(spec.minReadySeconds, 'spec.minReadySeconds')];
    // The upstream message really says "deployment" here.
    out.push(...validateSelector(spec, 'deployment'));
    out.push(...validateTemplate(spec, 'ReplicaSet'));
    if (old) out.push(...selectorImmutable(spec, old.spec ?? {}));
    return out;
  },
  prepareCreate(obj) {
    obj.status = { replicas: 0 };
  },
  prepareUpdate(obj, old) {
    obj.status = old.status ?? { replicas: 0 };
  },
};
