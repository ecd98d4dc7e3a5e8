// The object store: one table per resource type, keyed by `namespace/name`.
// Stored objects are immutable: every write puts a new object (copy on write), so snapshots
// can share them instead of deep-copying, and callers outside api/ get clones.

import type { KubeObject } from './types.js';

export type StoreSnapshot = Record<string, KubeObject[]>;

/**
 * Set `globalThis.__KNET_FREEZE_OBJECTS__ = true` (the test suite does) to deep-freeze every
 * object put in the store, so a controller that mutates a stored object in place throws at once.
 */
function freezeEnabled(): boolean {
  return (globalThis as { __KNET_FREEZE_OBJECTS__?: boolean }).__KNET_FREEZE_OBJECTS__ === true;
}

function deepFreeze(o: unknown): void {
  if (o === null || typeof o !== 'object' || Object.isFrozen(o)) return;
  Object.freeze(o);
  for (const v of Object.values(o)) deepFreeze(v);
}

interface Table {
  byKey: Map<string, KubeObject>;
  /** The objects sorted by namespace then name, rebuilt after a change. */
  sorted: KubeObject[] | null;
}

export class ObjectStore {
  private tables = new Map<string, Table>();

  static key(ns: string | undefined, name: string): string {
    return ns ? `${ns}/${name}` : name;
  }

  private table(resource: string): Table {
    let t = this.tables.get(resource);
    if (!t) {
      t = { byKey: new Map(), sorted: null };
      this.tables.set(resource, t);
    }
    return t;
  }

  get(resource: string, ns: string | undefined, name: string): KubeObject | undefined {
    return this.tables.get(resource)?.byKey.get(ObjectStore.key(ns, name));
  }

  /** Objects of a type, in one namespace or all, sorted by namespace then name (as the API lists them). */
  list(resource: string, ns?: string): KubeObject[] {
    const t = this.tables.get(resource);
    if (!t) return [];
    if (!t.sorted) t.sorted = [...t.byKey.values()].sort(compareObjects);
    return ns === undefined ? t.sorted.slice() : t.sorted.filter((o) => o.metadata.namespace === ns);
  }

  put(resource: string, obj: KubeObject): void {
    if (freezeEnabled()) deepFreeze(obj);
    const t = this.table(resource);
    t.byKey.set(ObjectStore.key(obj.metadata.namespace, obj.metadata.name!), obj);
    t.sorted = null;
  }

  remove(resource: string, ns: string | undefined, name: string): boolean {
    const t = this.tables.get(resource);
    if (!t?.byKey.delete(ObjectStore.key(ns, name))) return false;
    t.sorted = null;
    return true;
  }

  resources(): string[] {
    return [...this.tables.keys()].sort();
  }

  count(resource: string): number {
    return this.tables.get(resource)?.byKey.size ?? 0;
  }

  /** Every object, grouped by resource: shares the (immutable) objects, copies only the lists. */
  snapshot(): StoreSnapshot {
    const out: StoreSnapshot = {};
    for (const r of this.resources()) {
      const objs = this.list(r);
      if (objs.length) out[r] = objs;
    }
    return out;
  }

  /** A store over the snapshot's objects. They are treated as immutable from here on. */
  static restore(snap: StoreSnapshot): ObjectStore {
    const s = new ObjectStore();
    for (const [r, objs] of Object.entries(snap)) {
      const t = s.table(r);
      for (const o of objs) {
        if (freezeEnabled()) deepFreeze(o);
        t.byKey.set(ObjectStore.key(o.metadata.namespace, o.metadata.name!), o);
      }
      // Snapshots are written sorted; keep that order without sorting again.
      t.sorted = objs.slice();
    }
    return s;
  }
}

export function compareObjects(a: KubeObject, b: KubeObject): number {
  const an = a.metadata.namespace ?? '', bn = b.metadata.namespace ?? '';
  if (an !== bn) return an < bn ? -1 : 1;
  const a1 = a.metadata.name ?? '', b1 = b.metadata.name ?? '';
  return a1 < b1 ? -1 : a1 > b1 ? 1 : 0;
}
