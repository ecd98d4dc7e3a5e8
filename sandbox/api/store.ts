// The object store: one table per resource type, keyed by `namespace/name`.
// Objects inside are the API server's copies; callers outside api/ get clones.

import type { KubeObject } from './types.js';

export type StoreSnapshot = Record<string, KubeObject[]>;

export class ObjectStore {
  private tables = new Map<string, Map<string, KubeObject>>();

  static key(ns: string | undefined, name: string): string {
    return ns ? `${ns}/${name}` : name;
  }

  private table(resource: string): Map<string, KubeObject> {
    let t = this.tables.get(resource);
    if (!t) {
      t = new Map();
      this.tables.set(resource, t);
    }
    return t;
  }

  get(resource: string, ns: string | undefined, name: string): KubeObject | undefined {
    return this.tables.get(resource)?.get(ObjectStore.key(ns, name));
  }

  /** Objects of a type, in one namespace or all, sorted by namespace then name (as the API lists them). */
  list(resource: string, ns?: string): KubeObject[] {
    const t = this.tables.get(resource);
    if (!t) return [];
    const out: KubeObject[] = [];
    for (const o of t.values()) if (ns === undefined || o.metadata.namespace === ns) out.push(o);
    return out.sort(compareObjects);
  }

  put(resource: string, obj: KubeObject): void {
    this.table(resource).set(ObjectStore.key(obj.metadata.namespace, obj.metadata.name!), obj);
  }

  remove(resource: string, ns: string | undefined, name: string): boolean {
    return this.tables.get(resource)?.delete(ObjectStore.key(ns, name)) ?? false;
  }

  resources(): string[] {
    return [...this.tables.keys()].sort();
  }

  count(resource: string): number {
    return this.tables.get(resource)?.size ?? 0;
  }

  snapshot(): StoreSnapshot {
    const out: StoreSnapshot = {};
    for (const r of this.resources()) {
      const objs = this.list(r);
      if (objs.length) out[r] = objs;
    }
    return out;
  }

  static restore(snap: StoreSnapshot): ObjectStore {
    const s = new ObjectStore();
    for (const [r, objs] of Object.entries(snap)) for (const o of objs) s.put(r, o);
    return s;
  }
}

export function compareObjects(a: KubeObject, b: KubeObject): number {
  const an = a.metadata.namespace ?? '', bn = b.metadata.namespace ?? '';
  if (an !== bn) return an < bn ? -1 : 1;
  const a1 = a.metadata.name ?? '', b1 = b.metadata.name ?? '';
  return a1 < b1 ? -1 : a1 > b1 ? 1 : 0;
}
