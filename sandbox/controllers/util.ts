// Helpers every controller shares: resource types, owner references, pod state predicates,
// a stable JSON for template comparison, and the "nothing changed since my last run" check.

import type { Cluster } from '../cluster/cluster.js';
import { resourceForKind, type ResourceType } from '../api/resources.js';
import { findCondition, type KubeObject, type OwnerReference } from '../api/types.js';
import { rfc3339 } from '../util/duration.js';

function mustRt(kind: string): ResourceType {
  const rt = resourceForKind(kind);
  if (!rt) throw new Error(`no resource type for ${kind}`);
  return rt;
}

export const RT = {
  pod: mustRt('Pod'),
  node: mustRt('Node'),
  namespace: mustRt('Namespace'),
  service: mustRt('Service'),
  endpoints: mustRt('Endpoints'),
  endpointSlice: mustRt('EndpointSlice'),
  configMap: mustRt('ConfigMap'),
  serviceAccount: mustRt('ServiceAccount'),
  deployment: mustRt('Deployment'),
  replicaSet: mustRt('ReplicaSet'),
  daemonSet: mustRt('DaemonSet'),
  event: mustRt('Event'),
};

export const ts = (ms: number): string => rfc3339(ms);
export const parseTs = (s: string | undefined): number => (s ? Date.parse(s) : NaN);

export function controllerRef(o: KubeObject): OwnerReference | undefined {
  return o.metadata.ownerReferences?.find((r) => r.controller);
}

export function ownerRefTo(owner: KubeObject, blockOwnerDeletion = true): OwnerReference {
  return {
    apiVersion: owner.apiVersion,
    kind: owner.kind,
    name: owner.metadata.name!,
    uid: owner.metadata.uid!,
    controller: true,
    blockOwnerDeletion,
  };
}

/** Groups objects by the uid of their controlling owner. */
export function byControllerUid(objs: readonly KubeObject[]): Map<string, KubeObject[]> {
  const m = new Map<string, KubeObject[]>();
  for (const o of objs) {
    const ref = controllerRef(o);
    if (!ref) continue;
    let l = m.get(ref.uid);
    if (!l) m.set(ref.uid, (l = []));
    l.push(o);
  }
  return m;
}

export function isTerminal(pod: KubeObject): boolean {
  return pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed';
}

/** Counts toward a ReplicaSet's replicas: not finished and not being deleted. */
export function isActive(pod: KubeObject): boolean {
  return !isTerminal(pod) && !pod.metadata.deletionTimestamp;
}

export function isPodReady(pod: KubeObject): boolean {
  return findCondition(pod.status, 'Ready')?.status === 'True';
}

/** Ready for at least minReadySeconds (podutil.IsPodAvailable). */
export function isPodAvailable(pod: KubeObject, minReadySeconds: number, now: number): boolean {
  const c = findCondition(pod.status, 'Ready');
  if (c?.status !== 'True') return false;
  if (!minReadySeconds) return true;
  return parseTs(c.lastTransitionTime) + minReadySeconds * 1000 <= now;
}

/** JSON with sorted keys, so two templates compare equal whatever order their fields came in. */
export function stableJson(v: unknown): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v) ?? 'null';
  if (Array.isArray(v)) return `[${v.map(stableJson).join(',')}]`;
  const o = v as Record<string, unknown>;
  const keys = Object.keys(o).filter((k) => o[k] !== undefined).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${stableJson(o[k])}`).join(',')}}`;
}

/**
 * Per-table write counters. The store is wrapped on first use (a restored cluster gets a fresh
 * store, hence a fresh wrapper), so a controller can tell whether the tables it watches changed.
 */
const versions = new WeakMap<object, Map<string, number>>();
function tableVersions(c: Cluster): Map<string, number> {
  const store = c.store;
  let v = versions.get(store);
  if (v) return v;
  const m = (v = new Map<string, number>());
  versions.set(store, m);
  const put = store.put.bind(store);
  const remove = store.remove.bind(store);
  store.put = (r, o) => {
    m.set(r, (m.get(r) ?? 0) + 1);
    put(r, o);
  };
  store.remove = (r, ns, n) => {
    m.set(r, (m.get(r) ?? 0) + 1);
    m.set('-removes', (m.get('-removes') ?? 0) + 1);
    return remove(r, ns, n);
  };
  return v;
}

/** A signature of the watched tables (`*` = every table but events; `-removes` = any removal). */
export function storeSignature(c: Cluster, watch: readonly string[]): string {
  const v = tableVersions(c);
  if (watch.includes('*')) {
    let n = 0;
    for (const [r, k] of v) if (r !== 'events' && r !== '-removes') n += k;
    return String(n);
  }
  return watch.map((r) => v.get(r) ?? 0).join(',');
}

interface Memo {
  sig: string;
  wake: number | undefined;
}
const memos = new WeakMap<object, Map<string, Memo>>();

/**
 * Runs `fn` unless none of the watched tables changed since its last run and its wake time has
 * not come: the informer-driven "sync on change" of a real controller, so idle passes cost nothing.
 */
export function whenChanged(c: Cluster, name: string, watch: readonly string[], fn: () => number | undefined): number | undefined {
  let m = memos.get(c.store);
  if (!m) memos.set(c.store, (m = new Map()));
  const sig = storeSignature(c, watch);
  const prev = m.get(name);
  if (prev && prev.sig === sig && (prev.wake === undefined || prev.wake > c.now)) return prev.wake;
  const wake = fn();
  m.set(name, { sig, wake });
  return wake;
}

export function minWake(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return Math.min(a, b);
}

/** Subsystem state kept in the cluster snapshot (`cluster.ext`), created on first use. */
export function extState<T>(c: Cluster, key: string, init: () => T): T {
  if (!(key in c.ext)) c.ext[key] = init();
  return c.ext[key] as T;
}

/** Writes a controller's change to an object's metadata or spec through the API server. */
export function updateObject(c: Cluster, obj: KubeObject, mutate: (o: KubeObject) => void): KubeObject {
  const next = structuredClone(obj);
  mutate(next);
  return c.api.update(next);
}

/**
 * Binds a pod to a node as the scheduler's `pods/binding` subresource does: only spec.nodeName
 * changes, without the pod-update validation that forbids spec edits.
 */
export function bindPod(c: Cluster, pod: KubeObject, nodeName: string, condition: unknown): void {
  const cur = c.store.get('pods', pod.metadata.namespace, pod.metadata.name!);
  if (!cur || cur.spec?.nodeName) return;
  const next = structuredClone(cur);
  next.spec.nodeName = nodeName;
  next.status = { ...(next.status ?? {}), conditions: [condition] };
  next.metadata.resourceVersion = c.nextResourceVersion();
  c.store.put('pods', next);
  c.dirty = true;
}

/** IPv4 helpers for CIDR arithmetic. */
export function ipToInt(ip: string): number {
  return ip.split('.').reduce((a, p) => a * 256 + Number(p), 0);
}
export function intToIp(n: number): string {
  return [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
}
export function parseCidr(cidr: string): { base: number; bits: number } {
  const [ip, bits] = cidr.split('/');
  const b = Number(bits ?? 32);
  const mask = b === 0 ? 0 : (0xffffffff << (32 - b)) >>> 0;
  return { base: (ipToInt(ip!) & mask) >>> 0, bits: b };
}
