// The simulated API server: every write goes through strict decoding, defaulting,
// validation and allocation, then lands in the store with fresh metadata.
// Controllers run after it (cluster.reconcile), never inside it.

import { cloneJson, jsonEqual } from '../util/clone.js';
import { StatusError, alreadyExists, field, invalid, notFound, type FieldCause } from './errors.js';
import { handlerFor } from './kinds/index.js';
import type { AdmissionContext } from './kind.js';
import { matchesRequirements, type Requirement } from './labels.js';
import { groupVersion, qualifiedName, resourceForKind, RESOURCES, type ResourceType } from './resources.js';
import { strictDecode } from './strict.js';
import type { KubeObject } from './types.js';
import { validateObjectMeta } from './validation/meta.js';
import { fieldMatches, type FieldRequirement } from './fieldselector.js';
import { restPath, type ApiCall } from './restcall.js';
import type { Cluster } from '../cluster/cluster.js';
import { rfc3339 } from '../util/duration.js';

export interface WriteOptions {
  dryRun?: boolean;
}

export interface DeleteOptions extends WriteOptions {
  gracePeriodSeconds?: number;
  propagationPolicy?: 'Background' | 'Foreground' | 'Orphan';
}

export interface ListOptions {
  labelSelector?: Requirement[];
  fieldSelector?: FieldRequirement[];
}


export const clone = cloneJson;

export class ApiServer {
  /**
   * Sees every call made while it is set (kubectl sets it for `-v=6` and above). Controllers'
   * own calls are not reported: the cluster unsets it while it reconciles.
   */
  observer: ((call: ApiCall) => void) | undefined;

  constructor(private readonly cluster: Cluster) {}

  /** Runs a call and reports it (with the error's status) to the observer, if any. */
  private observed<T>(method: ApiCall['method'], rt: ResourceType, ns: string | undefined, name: string | undefined, extra: Partial<ApiCall>, f: () => T): T {
    const obs = this.observer;
    if (!obs) return f();
    const path = restPath(rt, rt.namespaced ? ns : undefined, name);
    try {
      const out = f();
      obs({ method, path, status: method === 'POST' ? 201 : 200, body: out, ...extra });
      return out;
    } catch (e) {
      if (e instanceof StatusError) obs({ method, path, status: e.code, body: e.toStatus(), ...extra });
      throw e;
    }
  }

  private admission(dryRun: boolean): AdmissionContext {
    const c = this.cluster;
    return {
      now: () => c.now,
      list: (r, ns) => c.store.list(r, ns),
      get: (r, ns, n) => c.store.get(r, ns, n),
      random: (n) => c.rng.int(n),
      network: c.network,
      dryRun,
    };
  }

  /** The resource type for an object's apiVersion/kind, or the API's "no matches" error. */
  typeOf(obj: { apiVersion?: string; kind?: string }): ResourceType {
    const rt = resourceForKind(obj.kind ?? '');
    if (!rt || groupVersion(rt) !== obj.apiVersion) {
      const found = RESOURCES.find((r) => r.kind === obj.kind && groupVersion(r) === obj.apiVersion);
      if (found) return found;
      throw new StatusError('NotFound', `no matches for kind "${obj.kind}" in version "${obj.apiVersion}"`);
    }
    return rt;
  }

  private getImpl(rt: ResourceType, ns: string | undefined, name: string): KubeObject {
    const o = this.cluster.store.get(qualifiedName(rt), rt.namespaced ? ns : undefined, name);
    if (!o) throw notFound(qualifiedName(rt), name);
    return clone(o);
  }

  private tryGetImpl(rt: ResourceType, ns: string | undefined, name: string): KubeObject | undefined {
    const o = this.cluster.store.get(qualifiedName(rt), rt.namespaced ? ns : undefined, name);
    return o && clone(o);
  }

  /**
   * Lists objects. The items are the store's own immutable objects, not copies (listing 1,000
   * pods must stay cheap): read them, or clone one before changing it.
   */
  private listImpl(rt: ResourceType, ns: string | undefined, opts: ListOptions = {}): readonly KubeObject[] {
    const all = this.cluster.store.list(qualifiedName(rt), rt.namespaced ? ns : undefined);
    if (!opts.labelSelector && !opts.fieldSelector) return all;
    return all
      .filter((o) => !opts.labelSelector || matchesRequirements(o.metadata.labels, opts.labelSelector))
      .filter((o) => !opts.fieldSelector || opts.fieldSelector.every((f) => fieldMatches(o, f)));
  }

  get(rt: ResourceType, ns: string | undefined, name: string): KubeObject {
    return this.observed('GET', rt, ns, name, {}, () => this.getImpl(rt, ns, name));
  }

  tryGet(rt: ResourceType, ns: string | undefined, name: string): KubeObject | undefined {
    if (!this.observer) return this.tryGetImpl(rt, ns, name);
    try {
      return this.get(rt, ns, name);
    } catch (e) {
      if (e instanceof StatusError && e.reason === 'NotFound') return undefined;
      throw e;
    }
  }

  list(rt: ResourceType, ns: string | undefined, opts: ListOptions = {}): readonly KubeObject[] {
    return this.observed('GET', rt, ns, undefined, { list: opts }, () => this.listImpl(rt, ns, opts));
  }

  create(input: KubeObject, opts: WriteOptions = {}): KubeObject {
    if (!this.observer) return this.createImpl(input, opts);
    const rt = this.typeOf(input);
    const ns = rt.namespaced ? input.metadata?.namespace || 'default' : undefined;
    return this.observed('POST', rt, ns, undefined, { dryRun: !!opts.dryRun }, () => this.createImpl(input, opts));
  }

  update(input: KubeObject, opts: WriteOptions = {}): KubeObject {
    if (!this.observer) return this.updateImpl(input, opts);
    const rt = this.typeOf(input);
    const ns = rt.namespaced ? input.metadata?.namespace || 'default' : undefined;
    return this.observed('PUT', rt, ns, input.metadata?.name ?? '', { dryRun: !!opts.dryRun }, () => this.updateImpl(input, opts));
  }

  delete(rt: ResourceType, ns: string | undefined, name: string, opts: DeleteOptions = {}): KubeObject {
    return this.observed('DELETE', rt, ns, name, { dryRun: !!opts.dryRun }, () => this.deleteImpl(rt, ns, name, opts));
  }

  /** Checks and decodes an object as the API server would before a create or update. */
  private decode(obj: KubeObject, rt: ResourceType): void {
    const h = handlerFor(rt.kind);
    if (!h?.schema) return;
    const problems = strictDecode(obj, h.schema, rt.kind);
    const gv = groupVersion(rt);
    if (problems.typeErrors.length)
      throw new StatusError('BadRequest', `${rt.kind} in version "${rt.version}" cannot be handled as a ${rt.kind}: ${problems.typeErrors[0]}`);
    if (problems.unknown.length)
      throw new StatusError(
        'BadRequest',
        `${rt.kind} in version "${rt.version}" cannot be handled as a ${rt.kind}: strict decoding error: ${problems.unknown.map((u) => `unknown field "${u}"`).join(', ')}`,
        { kind: rt.kind, group: gv },
      );
  }

  private createImpl(input: KubeObject, opts: WriteOptions = {}): KubeObject {
    const c = this.cluster;
    const rt = this.typeOf(input);
    const obj = clone(input);
    obj.metadata ??= {};
    this.decode(obj, rt);
    if (rt.namespaced) {
      obj.metadata.namespace ||= 'default';
      const ns = c.store.get('namespaces', undefined, obj.metadata.namespace);
      if (!ns) throw notFound('namespaces', obj.metadata.namespace);
      if (ns.metadata.deletionTimestamp)
        throw new StatusError(
          'Forbidden',
          `${qualifiedName(rt)} "${obj.metadata.name ?? obj.metadata.generateName}" is forbidden: unable to create new content in namespace ${ns.metadata.name} because it is being terminated`,
        );
    } else delete obj.metadata.namespace;
    if (!obj.metadata.name && obj.metadata.generateName) {
      for (let i = 0; i < 8; i++) {
        const candidate = obj.metadata.generateName + c.rng.kubeSuffix(5);
        if (!c.store.get(qualifiedName(rt), obj.metadata.namespace, candidate)) {
          obj.metadata.name = candidate;
          break;
        }
      }
    }
    const h = handlerFor(rt.kind);
    const ctx = this.admission(!!opts.dryRun);
    h?.defaults?.(obj, ctx);
    const causes: FieldCause[] = [...validateObjectMeta(obj, rt), ...(h?.validate?.(obj, undefined, ctx) ?? [])];
    if (causes.length) throw invalid(rt.kind, obj.metadata.name ?? '', causes);
    if (c.store.get(qualifiedName(rt), obj.metadata.namespace, obj.metadata.name!)) throw alreadyExists(qualifiedName(rt), obj.metadata.name!);
    const alloc = h?.prepareCreate?.(obj, ctx);
    if (alloc && alloc.length) throw invalid(rt.kind, obj.metadata.name!, alloc);
    // Metadata the server owns.
    const m = obj.metadata;
    m.uid = c.rng.uuid();
    m.creationTimestamp = rfc3339(c.now);
    if (h?.generation ?? rt.kind !== 'Event') m.generation = 1;
    delete m.deletionTimestamp;
    delete m.deletionGracePeriodSeconds;
    obj.metadata = orderMeta(m);
    if (opts.dryRun) return obj;
    m.resourceVersion = c.nextResourceVersion();
    obj.metadata.resourceVersion = m.resourceVersion;
    c.store.put(qualifiedName(rt), obj);
    c.dirty = true;
    return clone(obj);
  }

  /** A full replace (PUT). resourceVersion, when given, must match (optimistic concurrency). */
  private updateImpl(input: KubeObject, opts: WriteOptions = {}): KubeObject {
    const c = this.cluster;
    const rt = this.typeOf(input);
    const obj = clone(input);
    this.decode(obj, rt);
    const ns = rt.namespaced ? obj.metadata.namespace || 'default' : undefined;
    const old = c.store.get(qualifiedName(rt), ns, obj.metadata.name ?? '');
    if (!old) throw notFound(qualifiedName(rt), obj.metadata.name ?? '');
    if (obj.metadata.resourceVersion && obj.metadata.resourceVersion !== old.metadata.resourceVersion)
      throw new StatusError(
        'Conflict',
        `Operation cannot be fulfilled on ${qualifiedName(rt)} "${obj.metadata.name}": the object has been modified; please apply your changes to the latest version and try again`,
      );
    const h = handlerFor(rt.kind);
    const ctx = this.admission(!!opts.dryRun);
    // Server-owned metadata is carried over; the client cannot change it.
    for (const k of ['uid', 'creationTimestamp', 'deletionTimestamp', 'deletionGracePeriodSeconds', 'generation'] as const) {
      const meta = obj.metadata as Record<string, unknown>;
      if (old.metadata[k] !== undefined) meta[k] = old.metadata[k];
      else delete meta[k];
    }
    obj.metadata.namespace = ns;
    if (!rt.namespaced) delete obj.metadata.namespace;
    h?.defaults?.(obj, ctx);
    const causes: FieldCause[] = [...validateObjectMeta(obj, rt), ...(h?.validate?.(obj, old, ctx) ?? [])];
    if (causes.length) throw invalid(rt.kind, obj.metadata.name ?? '', causes);
    const alloc = h?.prepareUpdate?.(obj, old, ctx);
    if (alloc && alloc.length) throw invalid(rt.kind, obj.metadata.name!, alloc);
    const specChanged = h?.specChanged ? h.specChanged(obj, old) : !jsonEqual(obj.spec, old.spec);
    if (specChanged && old.metadata.generation !== undefined) obj.metadata.generation = (old.metadata.generation ?? 0) + 1;
    obj.metadata = orderMeta(obj.metadata);
    // An update that changes nothing does not bump resourceVersion (no-op writes are skipped).
    const { resourceVersion: _a, ...restNew } = obj.metadata;
    const { resourceVersion: _b, ...restOld } = old.metadata;
    if (jsonEqual({ ...obj, metadata: restNew }, { ...old, metadata: restOld })) return clone(old);
    if (opts.dryRun) return obj;
    obj.metadata.resourceVersion = c.nextResourceVersion();
    c.store.put(qualifiedName(rt), obj);
    c.dirty = true;
    return clone(obj);
  }

  /** Writes status as a controller does (no validation of spec, no generation bump). */
  updateStatus(rt: ResourceType, ns: string | undefined, name: string, status: unknown): void {
    const c = this.cluster;
    const old = c.store.get(qualifiedName(rt), ns, name);
    if (!old) return;
    if (jsonEqual(old.status, status)) return;
    const next = { ...old, status: clone(status), metadata: { ...old.metadata, resourceVersion: c.nextResourceVersion() } };
    c.store.put(qualifiedName(rt), next);
    c.dirty = true;
  }

  /**
   * Deletes an object. Pods with a grace period and namespaces are only marked (deletionTimestamp)
   * and removed later by the kubelet and the namespace controller; dependents are collected by the
   * garbage collector per the propagation policy.
   */
  private deleteImpl(rt: ResourceType, ns: string | undefined, name: string, opts: DeleteOptions = {}): KubeObject {
    const c = this.cluster;
    const q = qualifiedName(rt);
    const nsKey = rt.namespaced ? ns : undefined;
    const old = c.store.get(q, nsKey, name);
    if (!old) throw notFound(q, name);
    // The NamespaceLifecycle admission plugin keeps the API server's own namespaces (dry runs too).
    if (rt.kind === 'Namespace' && IMMORTAL_NAMESPACES.has(name))
      throw new StatusError('Forbidden', `namespaces "${name}" is forbidden: this namespace may not be deleted`);
    if (opts.dryRun) return clone(old);
    const policy = opts.propagationPolicy ?? 'Background';
    if (policy === 'Orphan') this.orphanDependents(old);
    if (rt.kind === 'Namespace') {
      if (!old.metadata.deletionTimestamp) {
        const next = clone(old);
        next.metadata.deletionTimestamp = rfc3339(c.now);
        next.metadata.deletionGracePeriodSeconds = 0;
        next.status = { ...(next.status ?? {}), phase: 'Terminating' };
        next.metadata.resourceVersion = c.nextResourceVersion();
        c.store.put(q, next);
        c.dirty = true;
        return clone(next);
      }
      return clone(old);
    }
    const grace = rt.kind === 'Pod' ? (opts.gracePeriodSeconds ?? old.spec?.terminationGracePeriodSeconds ?? 30) : 0;
    if (rt.kind === 'Pod' && grace > 0 && old.spec?.nodeName && !isTerminal(old)) {
      if (old.metadata.deletionTimestamp) return clone(old);
      const next = clone(old);
      next.metadata.deletionTimestamp = rfc3339(c.now + grace * 1000);
      next.metadata.deletionGracePeriodSeconds = grace;
      next.metadata.resourceVersion = c.nextResourceVersion();
      c.store.put(q, next);
      c.dirty = true;
      return clone(next);
    }
    if (policy === 'Foreground' && this.hasDependents(old)) {
      const next = clone(old);
      next.metadata.deletionTimestamp ??= rfc3339(c.now);
      next.metadata.finalizers = [...new Set([...(next.metadata.finalizers ?? []), 'foregroundDeletion'])];
      next.metadata.resourceVersion = c.nextResourceVersion();
      c.store.put(q, next);
      c.dirty = true;
      return clone(next);
    }
    c.store.remove(q, nsKey, name);
    c.dirty = true;
    return clone(old);
  }

  /** Removes a pod (or other object) for good, as the kubelet does once containers have stopped. */
  purge(rt: ResourceType, ns: string | undefined, name: string): void {
    if (this.cluster.store.remove(qualifiedName(rt), rt.namespaced ? ns : undefined, name)) this.cluster.dirty = true;
  }

  private dependents(owner: KubeObject): { rt: ResourceType; obj: KubeObject }[] {
    const out: { rt: ResourceType; obj: KubeObject }[] = [];
    const uid = owner.metadata.uid;
    for (const rt of RESOURCES) {
      if (!rt.namespaced && owner.metadata.namespace) continue;
      for (const o of this.cluster.store.list(qualifiedName(rt), owner.metadata.namespace)) {
        if (o.metadata.ownerReferences?.some((r) => r.uid === uid)) out.push({ rt, obj: o });
      }
    }
    return out;
  }

  private hasDependents(owner: KubeObject): boolean {
    return this.dependents(owner).length > 0;
  }

  private orphanDependents(owner: KubeObject): void {
    for (const { rt, obj } of this.dependents(owner)) {
      const next = clone(obj);
      next.metadata.ownerReferences = next.metadata.ownerReferences!.filter((r) => r.uid !== owner.metadata.uid);
      if (!next.metadata.ownerReferences.length) delete next.metadata.ownerReferences;
      next.metadata.resourceVersion = this.cluster.nextResourceVersion();
      this.cluster.store.put(qualifiedName(rt), next);
    }
  }
}

function isTerminal(pod: KubeObject): boolean {
  return pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed';
}

/** Namespaces the API server creates and never lets go (kube-apiserver's immortal namespaces). */
const IMMORTAL_NAMESPACES = new Set(['default', 'kube-system', 'kube-public']);

/** metadata fields in the order the API server serialises them (Go struct order). */
const META_ORDER = ['annotations', 'creationTimestamp', 'deletionGracePeriodSeconds', 'deletionTimestamp', 'finalizers', 'generateName', 'generation', 'labels', 'name', 'namespace', 'ownerReferences', 'resourceVersion', 'uid'];
function orderMeta<T extends Record<string, unknown>>(m: T): T {
  const out: Record<string, unknown> = {};
  for (const k of META_ORDER) if (m[k] !== undefined) out[k] = m[k];
  for (const k of Object.keys(m)) if (!(k in out) && m[k] !== undefined) out[k] = m[k];
  return out as T;
}

export { field };
export { SUPPORTED_FIELD_SELECTORS, fieldValue, type FieldRequirement } from './fieldselector.js';
export { restPath, type ApiCall } from './restcall.js';
