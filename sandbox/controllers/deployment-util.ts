// Deployment arithmetic shared by the rollout and status code: maxSurge/maxUnavailable
// fence-posts, revisions, template equality and the condition setter with upstream's rules.

import type { KubeObject } from '../api/types.js';
import { podTemplateHash } from '../util/hash.js';
import { stableJson, ts } from './util.js';

export const REVISION = 'deployment.kubernetes.io/revision';
export const REVISION_HISTORY = 'deployment.kubernetes.io/revision-history';
export const DESIRED = 'deployment.kubernetes.io/desired-replicas';
export const MAX = 'deployment.kubernetes.io/max-replicas';
export const HASH_LABEL = 'pod-template-hash';

function intOrPercent(v: unknown, total: number, roundUp: boolean, dflt: string): number {
  const x = v ?? dflt;
  if (typeof x === 'number') return x;
  const m = String(x).match(/^(\d+)%$/);
  if (!m) return Number(x) || 0;
  const raw = (Number(m[1]) * total) / 100;
  return roundUp ? Math.ceil(raw) : Math.floor(raw);
}

/** deploymentutil.ResolveFenceposts: surge rounds up, unavailable down, never both zero. */
export function fenceposts(d: KubeObject): { surge: number; unavailable: number } {
  const replicas = d.spec?.replicas ?? 1;
  if (d.spec?.strategy?.type === 'Recreate') return { surge: 0, unavailable: 0 };
  const ru = d.spec?.strategy?.rollingUpdate ?? {};
  const surge = intOrPercent(ru.maxSurge, replicas, true, '25%');
  let unavailable = intOrPercent(ru.maxUnavailable, replicas, false, '25%');
  if (surge === 0 && unavailable === 0) unavailable = 1;
  return { surge, unavailable: Math.min(unavailable, replicas) };
}

export function revisionOf(o: KubeObject): number {
  return Number(o.metadata.annotations?.[REVISION] ?? 0) || 0;
}

const keys = new WeakMap<object, string>();

/** The template without the pod-template-hash label, in a canonical form (cached per stored object). */
export function templateKey(tpl: any): string {
  if (tpl && typeof tpl === 'object') {
    let k = keys.get(tpl);
    if (k === undefined) keys.set(tpl, (k = computeKey(tpl)));
    return k;
  }
  return computeKey(tpl);
}

function computeKey(tpl: any): string {
  const t = structuredClone(tpl ?? {});
  if (t.metadata?.labels) {
    delete t.metadata.labels[HASH_LABEL];
    if (!Object.keys(t.metadata.labels).length) delete t.metadata.labels;
  }
  if (t.metadata && !Object.keys(t.metadata).length) delete t.metadata;
  return stableJson(t);
}

export function hashFor(d: KubeObject): string {
  return podTemplateHash(stableJson(d.spec?.template ?? {}), d.status?.collisionCount ?? 0);
}

export interface Condition {
  type: string;
  status: string;
  lastUpdateTime: string;
  lastTransitionTime: string;
  reason: string;
  message: string;
}

export function newCondition(type: string, status: string, reason: string, message: string, now: number): Condition {
  return { type, status, lastUpdateTime: ts(now), lastTransitionTime: ts(now), reason, message };
}

/** deploymentutil.SetDeploymentCondition: same status+reason is a no-op; a change moves it last. */
export function setCondition(conds: Condition[], c: Condition): Condition[] {
  const cur = conds.find((x) => x.type === c.type);
  if (cur && cur.status === c.status && cur.reason === c.reason) return conds;
  if (cur && cur.status === c.status) c.lastTransitionTime = cur.lastTransitionTime;
  return [...conds.filter((x) => x.type !== c.type), c];
}
