// The namespace controller: empties a Terminating namespace (pods get their grace period, the
// rest goes at once) and removes it when nothing is left in it.

import type { Cluster } from '../cluster/cluster.js';
import type { Controller } from './types.js';
import { qualifiedName, RESOURCES } from '../api/resources.js';
import { RT, whenChanged } from './util.js';

function syncAll(c: Cluster): undefined {
  for (const ns of c.store.list('namespaces')) {
    if (!ns.metadata.deletionTimestamp) continue;
    const name = ns.metadata.name!;
    let left = 0;
    for (const rt of RESOURCES) {
      if (!rt.namespaced || (rt.kind === 'Event' && rt.group)) continue;
      const q = qualifiedName(rt);
      for (const o of c.store.list(q, name)) {
        left++;
        if (rt.kind === 'Pod' && o.metadata.deletionTimestamp) continue;
        if (rt.kind === 'Event') continue; // events go last, after everything that could still record one
        c.api.delete(rt, name, o.metadata.name!, { propagationPolicy: 'Background' });
      }
    }
    const events = c.store.list('events', name);
    if (left === events.length) {
      for (const e of events) c.api.purge(RT.event, name, e.metadata.name!);
      c.api.purge(RT.namespace, undefined, name);
    }
  }
  return undefined;
}

export const namespace: Controller = {
  name: 'namespace',
  reconcile: (c) => whenChanged(c, 'namespace', ['*'], () => syncAll(c)),
};
