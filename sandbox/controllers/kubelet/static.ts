// Static pods: the kubelet runs the manifests in /etc/kubernetes/manifests on its node and keeps
// a mirror pod in the API for each. Deleting a mirror pod only removes the API object; the kubelet
// recreates it at once (with a new uid) while the static pod itself keeps running.

import type { Cluster } from '../../cluster/cluster.js';
import type { KubeObject } from '../../api/types.js';
import type { Controller } from '../types.js';
import { extState, whenChanged } from '../util.js';

export const MIRROR_ANNOTATION = 'kubernetes.io/config.mirror';

/** The manifests each node's kubelet runs, by node name (kept in the cluster snapshot). */
export function staticManifests(c: Cluster): Record<string, KubeObject[]> {
  return extState<Record<string, KubeObject[]>>(c, 'static-pods', () => ({}));
}

export function isMirrorPod(pod: KubeObject): boolean {
  return !!pod.metadata.annotations?.[MIRROR_ANNOTATION];
}

function syncAll(c: Cluster): undefined {
  for (const [nodeName, manifests] of Object.entries(staticManifests(c))) {
    const node = c.store.get('nodes', undefined, nodeName);
    if (!node) continue;
    for (const m of manifests) {
      if (c.store.get('pods', m.metadata.namespace, m.metadata.name!)) continue;
      const pod = structuredClone(m);
      pod.metadata.ownerReferences = [{ apiVersion: 'v1', controller: true, kind: 'Node', name: nodeName, uid: node.metadata.uid! }];
      c.api.create(pod);
    }
  }
  return undefined;
}

export const kubeletStatic: Controller = {
  name: 'kubelet-static',
  reconcile: (c) => whenChanged(c, 'kubelet-static', ['-removes', 'nodes'], () => syncAll(c)),
};
