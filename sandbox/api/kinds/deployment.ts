// Deployments (apps/v1): SetDefaults_Deployment, ValidateDeploymentSpec and the immutable selector.

import { field, type FieldCause } from '../errors.js';
import type { KindHandler } from '../kind.js';
import { nonNegative, selectorImmutable, validateRollingParams, validateSelector, validateTemplate } from '../validation/workload.js';
import { defaultPodTemplate } from './podspec-defaults.js';
import { V1Deployment } from '../schema/generated/apps.js';

type Obj = Record<string, any>;

export const deployment: KindHandler = {
  kind: 'Deployment',
  schema: V1Deployment,
  defaults(obj) {
    const spec = obj.spec;
    if (!spec || typeof spec !== 'object') return;
    spec.replicas ??= 1;
    spec.strategy ??= {};
    spec.strategy.type ??= 'RollingUpdate';
    if (spec.strategy.type === 'RollingUpdate') {
      spec.strategy.rollingUpdate ??= {};
      spec.strategy.rollingUpdate.maxUnavailable ??= '25%';
      spec.strategy.rollingUpdate.maxSurge ??= '25%';
    }
    spec.revisionHistoryLimit ??= 10;
    spec.progressDeadlineSeconds ??= 600;
    defaultPodTemplate(spec.template);
  },
  validate(obj, old) {
    const spec: Obj = obj.spec ?? {};
    const out: FieldCause[] = [...nonNegative(spec.replicas, 'spec.replicas'), ...validateSelector(spec, 'deployment')];
    out.push(...validateTemplate(spec, 'ReplicaSet'));
    out.push(...validateStrategy(spec.strategy ?? {}));
    out.push(...nonNegative(spec.minReadySeconds, 'spec.minReadySeconds'));
    out.push(...nonNegative(spec.revisionHistoryLimit, 'spec.revisionHistoryLimit'));
    const pds = spec.progressDeadlineSeconds;
    if (typeof pds === 'number') {
      out.push(...nonNegative(pds, 'spec.progressDeadlineSeconds'));
      if (pds <= (spec.minReadySeconds ?? 0)) out.push(field.invalid('spec.progressDeadlineSeconds', pds, 'must be greater than minReadySeconds'));
    }
    if (old) out.push(...selectorImmutable(spec, old.spec ?? {}));
    return out;
  },
  prepareCreate(obj) {
    obj.status = {};
  },
  prepareUpdate(obj, old) {
    obj.status = old.status ?? {};
  },
};

function validateStrategy(s: Obj): FieldCause[] {
  switch (s.type) {
    case 'Recreate':
      return s.rollingUpdate ? [field.forbidden('spec.strategy.rollingUpdate', "may not be specified when strategy `type` is 'Recreate'")] : [];
    case 'RollingUpdate':
      if (!s.rollingUpdate) return [field.required('spec.strategy.rollingUpdate', 'this should be defaulted and never be nil')];
      return validateRollingParams(s.rollingUpdate, 'spec.strategy.rollingUpdate');
    default:
      return [field.unsupported('spec.strategy.type', s.type ?? '', ['Recreate', 'RollingUpdate'])];
  }
}
