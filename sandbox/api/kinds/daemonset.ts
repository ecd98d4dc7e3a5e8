// DaemonSets (apps/v1): SetDefaults_DaemonSet, ValidateDaemonSetSpec and the immutable selector.

import { field, type FieldCause } from '../errors.js';
import type { KindHandler } from '../kind.js';
import { goLabelSelector, invalidGo, validateLabelSelector } from '../validation/common.js';
import { nonNegative, selectorImmutable, validateRollingParams, validateTemplate } from '../validation/workload.js';
import { defaultPodTemplate } from './podspec-defaults.js';
import { V1DaemonSet } from '../schema/generated/apps.js';

type Obj = Record<string, any>;

export const daemonSet: KindHandler = {
  kind: 'DaemonSet',
  schema: V1DaemonSet,
  defaults(obj) {
    const spec = obj.spec;
    if (!spec || typeof spec !== 'object') return;
    spec.updateStrategy ??= {};
    spec.updateStrategy.type ??= 'RollingUpdate';
    if (spec.updateStrategy.type === 'RollingUpdate') {
      spec.updateStrategy.rollingUpdate ??= {};
      spec.updateStrategy.rollingUpdate.maxUnavailable ??= 1;
      spec.updateStrategy.rollingUpdate.maxSurge ??= 0;
    }
    spec.revisionHistoryLimit ??= 10;
    defaultPodTemplate(spec.template);
  },
  validate(obj, old) {
    const spec: Obj = obj.spec ?? {};
    const out: FieldCause[] = [];
    // No Required check here (unlike Deployments): a missing selector just matches no labels.
    out.push(...validateLabelSelector(spec.selector, 'spec.selector'));
    const sel = spec.selector;
    const empty =
      sel && Object.keys(sel.matchLabels ?? {}).length + (sel.matchExpressions ?? []).length === 0
        ? [invalidGo('spec.selector', goLabelSelector(sel), 'empty selector is invalid for daemonset')]
        : [];
    out.push(...validateTemplate(spec, 'DaemonSet', empty));
    out.push(...nonNegative(spec.minReadySeconds, 'spec.minReadySeconds'));
    const us: Obj = spec.updateStrategy ?? {};
    if (us.type === 'RollingUpdate') {
      if (us.rollingUpdate) out.push(...validateRollingParams(us.rollingUpdate, 'spec.updateStrategy.rollingUpdate'));
    } else if (us.type !== 'OnDelete') out.push(field.unsupported('spec.updateStrategy.type', us.type ?? '', ['OnDelete', 'RollingUpdate']));
    out.push(...nonNegative(spec.revisionHistoryLimit, 'spec.revisionHistoryLimit'));
    if (old) out.push(...selectorImmutable(spec, old.spec ?? {}));
    return out;
  },
  prepareCreate(obj) {
    obj.status = { currentNumberScheduled: 0, desiredNumberScheduled: 0, numberMisscheduled: 0, numberReady: 0 };
  },
  prepareUpdate(obj, old) {
    obj.status = old.status;
  },
};
