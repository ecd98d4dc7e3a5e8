// The garbage collector: deletes dependents whose owners are all gone (background propagation)
// and finishes foreground deletions by removing the owner once its blocking dependents are gone.
// It wakes on removals and on changes to the kinds that own things, not on every pod status write.

import type { Cluster } from '../cluster/cluster.js';
import type { KubeObject } from '../api/types.js';
import type { Controller } from './types.js';
import { qualifiedName, RESOURCES, type ResourceType } from '../api/resources.js';
import { whenChanged } from './util.js';

function syncAll(c: Cluster): undefined {
  const uids = new Set<string>();
  const all: { rt: ResourceType; o: KubeObject }[] = [];
  const seen = new Set<string>();
  for (const rt of RESOURCES) {
    const q = qualifiedName(rt);
    if (seen.has(q)) continue;
    seen.add(q);
    for (const o of c.store.list(q)) {
      uids.add(o.metadata.uid!);
      all.push({ rt, o });
    }
  }
  const dependentsOf = new Map<string, { rt: ResourceType; o: KubeObject }[]>();
  for (const x of all) {
    const refs = x.o.metadata.ownerReferences;
    if (!refs?.length) continue;
    for (const r of refs) {
      if (!dependentsOf.has(r.uid)) dependentsOf.set(r.uid, []);
      dependentsOf.get(r.uid)!.push(x);
    }
    if (x.o.metadata.deletionTimestamp && x.rt.kind !== 'Pod') continue;
    if (refs.every((r) => !uids.has(r.uid))) {
      if (x.rt.kind === 'Pod' && x.o.metadata.deletionTimestamp) continue;
      c.api.delete(x.rt, x.o.metadata.namespace, x.o.metadata.name!, { propagationPolicy: 'Background' });
    }
  }
  // Foreground: the owner waits (deletionTimestamp + foregroundDeletion finalizer) for its dependents.
  for (const x of all) {
    const m = x.o.metadata;
    if (!m.deletionTimestamp || !m.finalizers?.includes('foregroundDeletion')) continue;
    const deps = (dependentsOf.get(m.uid!) ?? []).filter((d) => c.store.get(qualifiedName(d.rt), d.o.metadata.namespace, d.o.metadata.name!));
    for (const d of deps) if (!d.o.metadata.deletionTimestamp) c.api.delete(d.rt, d.o.metadata.namespace, d.o.metadata.name!, { propagationPolicy: 'Foreground' });
    if (!deps.length) c.api.purge(x.rt, m.namespace, m.name!);
  }
  return undefined;
}

export const garbagecollector: Controller = {
  name: 'garbagecollector',
  reconcile: (c) => whenChanged(c, 'garbagecollector', ['-removes', 'deployments.apps', 'replicasets.apps', 'daemonsets.apps', 'services'], () => syncAll(c)),
};
