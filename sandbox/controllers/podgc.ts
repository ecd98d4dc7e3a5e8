// The pod garbage collector: force-deletes pods bound to a node that no longer exists, and
// pods being deleted that were never scheduled (no kubelet will ever finish them).

import type { Cluster } from '../cluster/cluster.js';
import type { Controller } from './types.js';
import { RT, whenChanged } from './util.js';

function syncAll(c: Cluster): undefined {
  for (const p of c.store.list('pods')) {
    const node = p.spec?.nodeName;
    const gone = node ? !c.store.get('nodes', undefined, node) : !!p.metadata.deletionTimestamp;
    if (gone) c.api.purge(RT.pod, p.metadata.namespace, p.metadata.name!);
  }
  return undefined;
}

export const podgc: Controller = {
  name: 'podgc',
  reconcile: (c) => whenChanged(c, 'podgc', ['nodes', '-removes'], () => syncAll(c)),
};
