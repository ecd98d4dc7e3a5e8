// `kubectl get nodes` columns: printNode from the API server's table printers.

import type { KubeObject } from '../../../../api/types.js';
import { col, since, type KindColumns } from './types.js';

/** `Ready`, `NotReady`, `Unknown`, plus `,SchedulingDisabled` when cordoned. */
export function nodeStatus(node: KubeObject): string {
  const conds: any[] = node.status?.conditions ?? [];
  const statuses: string[] = [];
  const ready = conds.find((c) => c.type === 'Ready');
  if (ready) statuses.push(ready.status === 'True' ? 'Ready' : ready.status === 'False' ? 'NotReady' : 'Unknown');
  else statuses.push('Unknown');
  if (node.spec?.unschedulable) statuses.push('SchedulingDisabled');
  return statuses.join(',');
}

/** Roles from `node-role.kubernetes.io/<role>` and `kubernetes.io/role` labels, sorted. */
export function nodeRoles(node: KubeObject): string {
  const roles = new Set<string>();
  for (const [k, v] of Object.entries(node.metadata.labels ?? {})) {
    if (k.startsWith('node-role.kubernetes.io/')) {
      const role = k.slice('node-role.kubernetes.io/'.length);
      if (role) roles.add(role);
    } else if (k === 'kubernetes.io/role' && v) roles.add(v);
  }
  return roles.size ? [...roles].sort().join(',') : '<none>';
}

const address = (node: KubeObject, type: string) => (node.status?.addresses ?? []).find((a: any) => a.type === type)?.address || '<none>';

export const nodeColumns: KindColumns = {
  columns: [
    col('NAME'), col('STATUS'), col('ROLES'), col('AGE'), col('VERSION'),
    col('INTERNAL-IP', true), col('EXTERNAL-IP', true), col('OS-IMAGE', true), col('KERNEL-VERSION', true), col('CONTAINER-RUNTIME', true),
  ],
  cells(node, x) {
    const info = node.status?.nodeInfo ?? {};
    return [
      node.metadata.name!,
      nodeStatus(node),
      nodeRoles(node),
      since(node.metadata.creationTimestamp, x),
      info.kubeletVersion ?? '',
      address(node, 'InternalIP'),
      address(node, 'ExternalIP'),
      info.osImage || '<unknown>',
      info.kernelVersion || '<unknown>',
      info.containerRuntimeVersion || '<unknown>',
    ];
  },
};
