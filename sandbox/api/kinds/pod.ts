// Pods: defaulting (SetDefaults_Pod), the admission plugins that mutate new pods
// (ServiceAccount, DefaultTolerationSeconds, Priority), validation and the update rules.

import { StatusError, field, type FieldCause } from '../errors.js';
import type { AdmissionContext, KindHandler } from '../kind.js';
import type { KubeObject } from '../types.js';
import { validatePodSpec } from '../validation/podspec.js';
import { defaultPodSpec } from './podspec-defaults.js';
import { V1Pod } from '../schema/generated/core.js';

type Obj = Record<string, any>;

const UPDATABLE =
  'pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)';

const SYSTEM_PRIORITY: Record<string, number> = { 'system-node-critical': 2000001000, 'system-cluster-critical': 2000000000 };

const SUFFIX = 'bcdfghjklmnpqrstvwxz2456789';

export const pod: KindHandler = {
  kind: 'Pod',
  schema: V1Pod,
  defaults(obj) {
    const spec = obj.spec;
    if (!spec || typeof spec !== 'object') return;
    defaultPodSpec(spec);
    spec.enableServiceLinks ??= true;
    // Requests default to limits (SetDefaults_Pod).
    for (const c of [...(spec.containers ?? []), ...(spec.initContainers ?? [])]) {
      const lim = c?.resources?.limits;
      if (!lim) continue;
      c.resources.requests ??= {};
      for (const [k, v] of Object.entries(lim)) c.resources.requests[k] ??= v;
    }
    // The deprecated serviceAccount field mirrors serviceAccountName (v1 conversion).
    if (spec.serviceAccountName) spec.serviceAccount = spec.serviceAccountName;
    else if (spec.serviceAccount) spec.serviceAccountName = spec.serviceAccount;
  },
  validate(obj, old) {
    if (!old) return validatePodSpec(obj.spec, 'spec');
    return validatePodUpdate(obj, old);
  },
  prepareCreate(obj, ctx) {
    admitServiceAccount(obj, ctx);
    admitTolerations(obj.spec);
    admitPriority(obj);
    obj.status = { phase: 'Pending', qosClass: qosClass(obj.spec) };
  },
  prepareUpdate(obj, old) {
    // Status is written through the status subresource only.
    if (old.status !== undefined) obj.status = old.status;
    else delete obj.status;
  },
};

function validatePodUpdate(obj: KubeObject, old: KubeObject): FieldCause[] {
  const out = validatePodSpec(obj.spec, 'spec');
  if (out.length) return out;
  const munged: Obj = structuredClone(obj.spec);
  const prev: Obj = old.spec;
  // Images may change, as may activeDeadlineSeconds, added tolerations and a grace period of 1.
  munged.containers?.forEach((c: Obj, i: number) => {
    if (prev.containers?.[i]) c.image = prev.containers[i].image;
  });
  munged.initContainers?.forEach((c: Obj, i: number) => {
    if (prev.initContainers?.[i]) c.image = prev.initContainers[i].image;
  });
  munged.activeDeadlineSeconds = prev.activeDeadlineSeconds;
  if (prev.terminationGracePeriodSeconds < 0 && munged.terminationGracePeriodSeconds === 1) munged.terminationGracePeriodSeconds = prev.terminationGracePeriodSeconds;
  const oldTol = JSON.stringify(prev.tolerations ?? []);
  const keepsOld = (prev.tolerations ?? []).every((t: Obj) => (munged.tolerations ?? []).some((n: Obj) => same(n, t)));
  if (keepsOld) munged.tolerations = JSON.parse(oldTol);
  // spec.nodeName is set through the binding subresource only (controllers/util.ts bindPod).
  if (!same(munged, prev)) out.push(field.forbidden('spec', UPDATABLE));
  return out;
}

/** Structural equality with object keys in any order. */
function same(a: unknown, b: unknown): boolean {
  return canon(a) === canon(b);
}

function canon(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canon).join(',')}]`;
  if (v && typeof v === 'object')
    return `{${Object.keys(v)
      .filter((k) => (v as Obj)[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canon((v as Obj)[k])}`)
      .join(',')}}`;
  return JSON.stringify(v);
}

/** The ServiceAccount admission plugin: default account and the projected token volume. */
function admitServiceAccount(obj: KubeObject, ctx: AdmissionContext): void {
  const spec = obj.spec as Obj;
  spec.serviceAccountName ||= 'default';
  spec.serviceAccount = spec.serviceAccountName;
  const sa = ctx.get('serviceaccounts', obj.metadata.namespace, spec.serviceAccountName);
  if (spec.automountServiceAccountToken === false) return;
  if (spec.automountServiceAccountToken === undefined && sa?.automountServiceAccountToken === false) return;
  const mountPath = '/var/run/secrets/kubernetes.io/serviceaccount';
  const all = [...(spec.initContainers ?? []), ...(spec.containers ?? [])];
  if (all.every((c: Obj) => (c.volumeMounts ?? []).some((m: Obj) => m.mountPath === mountPath))) return;
  let suffix = '';
  for (let i = 0; i < 5; i++) suffix += SUFFIX[ctx.random(SUFFIX.length)];
  const name = `kube-api-access-${suffix}`;
  spec.volumes = [
    ...(spec.volumes ?? []),
    {
      name,
      projected: {
        defaultMode: 420,
        sources: [
          { serviceAccountToken: { expirationSeconds: 3607, path: 'token' } },
          { configMap: { items: [{ key: 'ca.crt', path: 'ca.crt' }], name: 'kube-root-ca.crt' } },
          { downwardAPI: { items: [{ fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' }, path: 'namespace' }] } },
        ],
      },
    },
  ];
  for (const c of all) {
    if ((c.volumeMounts ?? []).some((m: Obj) => m.mountPath === mountPath)) continue;
    c.volumeMounts = [...(c.volumeMounts ?? []), { mountPath, name, readOnly: true }];
  }
}

/** DefaultTolerationSeconds: tolerate not-ready and unreachable nodes for 300s. */
function admitTolerations(spec: Obj): void {
  for (const key of ['node.kubernetes.io/not-ready', 'node.kubernetes.io/unreachable']) {
    const tolerated = (spec.tolerations ?? []).some(
      (t: Obj) => (t.key === key || (!t.key && t.operator === 'Exists')) && (!t.effect || t.effect === 'NoExecute'),
    );
    if (!tolerated) spec.tolerations = [...(spec.tolerations ?? []), { effect: 'NoExecute', key, operator: 'Exists', tolerationSeconds: 300 }];
  }
}

/** The Priority admission plugin. */
function admitPriority(obj: KubeObject): void {
  const spec = obj.spec as Obj;
  const cls = spec.priorityClassName;
  if (cls) {
    const value = SYSTEM_PRIORITY[cls];
    if (value === undefined) throw new StatusError('Forbidden', `pods "${obj.metadata.name}" is forbidden: no PriorityClass with name ${cls} was found`);
    spec.priority = value;
  } else spec.priority ??= 0;
  spec.preemptionPolicy ??= 'PreemptLowerPriority';
}

/** qos.GetPodQOS: Guaranteed, Burstable or BestEffort. */
export function qosClass(spec: Obj): string {
  const ctrs = [...(spec?.containers ?? []), ...(spec?.initContainers ?? [])];
  let any = false;
  let guaranteed = true;
  for (const c of ctrs) {
    const req = c?.resources?.requests ?? {};
    const lim = c?.resources?.limits ?? {};
    const rk = Object.keys(req).filter((k) => k === 'cpu' || k === 'memory');
    const lk = Object.keys(lim).filter((k) => k === 'cpu' || k === 'memory');
    if (rk.length || lk.length) any = true;
    if (!(lim.cpu !== undefined && lim.memory !== undefined)) guaranteed = false;
    for (const k of rk) if (String(req[k]) !== String(lim[k])) guaranteed = false;
  }
  if (!any) return 'BestEffort';
  return guaranteed ? 'Guaranteed' : 'Burstable';
}
