// The garbage collector: deletes dependents whose owners are all gone (background propagation)
// and finishes foreground deletions by removing the owner once its blocking dependents are gone.
// Orphans are looked for only after a removal; foreground owners are found among the owner kinds.

import type { Cluster } from '../cluster/cluster.js';
import type { KubeObject } from '../api/types.js';
import type { Controller } from './types.js';
import { qualifiedName, RESOURCES, type ResourceType } from '../api/resources.js';
import { minWake, whenChanged } from './util.js';

interface Entry {
  rt: ResourceType;
  o: KubeObject;
}

/** Kinds that own other objects in a kind cluster. */
const OWNER_TABLES = ['deployments.apps', 'replicasets.apps', 'daemonsets.apps', 'services', 'nodes'];

function everything(c: Cluster): Entry[] {
  const all: Entry[] = [];
  const seen = new Set<string>();
  for (const rt of RESOURCES) {
    const q = qualifiedName(rt);
    if (seen.has(q) || q === 'events') continue;
    seen.add(q);
    for (const o of c.store.list(q)) all.push({ rt, o });
  }
  return all;
}

function collectOrphans(c: Cluster): undefined {
  const all = everything(c);
  const uids = new Set(all.map((x) => x.o.metadata.uid!));
  for (const x of all) {
    const refs = x.o.metadata.ownerReferences;
    if (!refs?.length || x.o.metadata.deletionTimestamp) continue;
    if (refs.every((r) => !uids.has(r.uid))) c.api.delete(x.rt, x.o.metadata.namespace, x.o.metadata.name!, { propagationPolicy: 'Background' });
  }
  return undefined;
}

function finishForeground(c: Cluster): undefined {
  const waiting: Entry[] = [];
  for (const q of OWNER_TABLES) {
    const rt = RESOURCES.find((r) => qualifiedName(r) === q)!;
    for (const o of c.store.list(q)) if (o.metadata.deletionTimestamp && o.metadata.finalizers?.includes('foregroundDeletion')) waiting.push({ rt, o });
  }
  if (!waiting.length) return undefined;
  const dependentsOf = new Map<string, Entry[]>();
  for (const x of everything(c))
    for (const r of x.o.metadata.ownerReferences ?? []) {
      if (!dependentsOf.has(r.uid)) dependentsOf.set(r.uid, []);
      dependentsOf.get(r.uid)!.push(x);
    }
  for (const { rt, o } of waiting) {
    const deps = dependentsOf.get(o.metadata.uid!) ?? [];
    for (const d of deps) if (!d.o.metadata.deletionTimestamp) c.api.delete(d.rt, d.o.metadata.namespace, d.o.metadata.name!, { propagationPolicy: 'Foreground' });
    if (!deps.length) c.api.purge(rt, o.metadata.namespace, o.metadata.name!);
  }
  return undefined;
}

export const garbagecollector: Controller = {
  name: 'garbagecollector',
  reconcile: (c) =>
    minWake(
      whenChanged(c, 'gc-orphans', ['-removes'], () => collectOrphans(c)),
      whenChanged(c, 'gc-foreground', ['-removes', ...OWNER_TABLES], () => finishForeground(c)),
    ),
};
