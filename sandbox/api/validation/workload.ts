// Validation shared by the apps/v1 workloads (pkg/apis/apps/validation): selectors against
// template labels, pod templates, rolling-update parameters, immutable selectors.

import { field, type FieldCause } from '../errors.js';
import { matchesSelector } from '../labels.js';
import type { LabelSelector } from '../types.js';
import { goLabelSelector, goString, goStringMap, invalidGo, nonNegative, validateLabelSelector, validateLabels } from './common.js';
import { validatePodSpec } from './podspec.js';

type Obj = Record<string, any>;

const isEmptySelector = (s: LabelSelector): boolean =>
  Object.keys(s.matchLabels ?? {}).length + (s.matchExpressions ?? []).length === 0;

/** The selector checks of Deployment and ReplicaSet (`empty selector is invalid for deployment`). */
export function validateSelector(spec: Obj, noun: string): FieldCause[] {
  if (!spec.selector) return [field.required('spec.selector', '')];
  const out = validateLabelSelector(spec.selector, 'spec.selector');
  if (isEmptySelector(spec.selector)) out.push(invalidGo('spec.selector', goLabelSelector(spec.selector), `empty selector is invalid for ${noun}`));
  return out;
}

/** ValidatePodTemplateSpecForReplicaSet (also used, reworded, by DaemonSets). */
export function validateTemplate(spec: Obj, kind: string, afterSelectorCheck: FieldCause[] = []): FieldCause[] {
  const out: FieldCause[] = [];
  const tpl = spec.template;
  if (!tpl || typeof tpl !== 'object') return [field.required('spec.template', '')];
  const labels = tpl.metadata?.labels;
  const sel: LabelSelector | undefined = spec.selector;
  // A nil selector matches nothing; an empty one everything.
  if (!sel || !isEmptySelector(sel)) {
    if (!sel || !matchesSelector(labels, sel))
      out.push(invalidGo('spec.template.metadata.labels', goStringMap(labels), '`selector` does not match template `labels`'));
  }
  out.push(...afterSelectorCheck);
  out.push(...validateLabels(labels, 'spec.template.metadata.labels'));
  out.push(...validatePodSpec(tpl.spec, 'spec.template.spec', { template: true }));
  const rp = tpl.spec?.restartPolicy;
  if (rp !== undefined && rp !== 'Always') out.push(field.unsupported('spec.template.spec.restartPolicy', rp, ['Always']));
  if (tpl.spec?.activeDeadlineSeconds !== undefined)
    out.push(field.invalid('spec.template.spec.activeDeadlineSeconds', tpl.spec.activeDeadlineSeconds, `activeDeadlineSeconds in ${kind} is not Supported`));
  return out;
}

/** An intstr.IntOrString as JSON: `0` or `"25%"`. */
function goIntOrString(v: number | string): string {
  return typeof v === 'number' ? String(v) : goString(v);
}

const PERCENT_MSG =
  "a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')";

/** ValidatePositiveIntOrPercent + IsNotMoreThan100Percent. */
export function validateIntOrPercent(v: unknown, f: string, max100: boolean): FieldCause[] {
  if (v === undefined || v === null) return [];
  if (typeof v === 'string') {
    if (!/^[0-9]+%$/.test(v)) return [invalidGo(f, goIntOrString(v), PERCENT_MSG)];
    if (max100 && Number(v.slice(0, -1)) > 100) return [invalidGo(f, goIntOrString(v), 'must not be greater than 100%')];
    return [];
  }
  if (typeof v === 'number' && v < 0) return [invalidGo(f, String(v), 'must be greater than or equal to 0')];
  return [];
}

const intOrPercentValue = (v: unknown): number => (typeof v === 'string' ? Number(v.replace('%', '')) || 0 : typeof v === 'number' ? v : 0);

/** maxSurge/maxUnavailable of a rolling update (Deployment or DaemonSet). */
export function validateRollingParams(ru: Obj, f: string): FieldCause[] {
  const out = [...validateIntOrPercent(ru.maxUnavailable, `${f}.maxUnavailable`, false), ...validateIntOrPercent(ru.maxSurge, `${f}.maxSurge`, false)];
  if (intOrPercentValue(ru.maxUnavailable) === 0 && intOrPercentValue(ru.maxSurge) === 0)
    out.push(invalidGo(`${f}.maxUnavailable`, goIntOrString(ru.maxUnavailable ?? 0), 'may not be 0 when `maxSurge` is 0'));
  out.push(...(typeof ru.maxUnavailable === 'string' ? validateIntOrPercent(ru.maxUnavailable, `${f}.maxUnavailable`, true).filter((c) => c.message.endsWith('100%')) : []));
  return out;
}

/** `spec.selector: Invalid value: v1.LabelSelector{…}: field is immutable`. */
export function selectorImmutable(spec: Obj, old: Obj): FieldCause[] {
  if (JSON.stringify(canonSel(spec.selector)) === JSON.stringify(canonSel(old.selector))) return [];
  return [invalidGo('spec.selector', goLabelSelector(spec.selector), 'field is immutable')];
}

function canonSel(s: LabelSelector | undefined): unknown {
  if (!s) return null;
  const ml = Object.keys(s.matchLabels ?? {}).sort().map((k) => [k, s.matchLabels![k]]);
  return { ml, me: s.matchExpressions ?? [] };
}

export { nonNegative };
