// Field selectors (`--field-selector status.phase=Running`): the fields the API server supports
// per kind, and how an object's field is matched.

import type { KubeObject } from './types.js';

export interface FieldRequirement {
  field: string;
  op: '=' | '!=';
  value: string;
}

/** Field selectors the API server supports for the common fields. */
export function fieldValue(o: KubeObject, path: string): string | undefined {
  switch (path) {
    case 'metadata.name':
      return o.metadata.name;
    case 'metadata.namespace':
      return o.metadata.namespace ?? '';
  }
  let cur: any = o;
  for (const part of path.split('.')) cur = cur?.[part];
  if (cur === undefined || cur === null) return '';
  return String(cur);
}

export const SUPPORTED_FIELD_SELECTORS: Record<string, string[]> = {
  Pod: ['metadata.name', 'metadata.namespace', 'spec.nodeName', 'spec.restartPolicy', 'spec.schedulerName', 'spec.serviceAccountName', 'spec.hostNetwork', 'status.phase', 'status.podIP', 'status.nominatedNodeName'],
  Event: ['metadata.name', 'metadata.namespace', 'involvedObject.kind', 'involvedObject.namespace', 'involvedObject.name', 'involvedObject.uid', 'involvedObject.apiVersion', 'involvedObject.resourceVersion', 'involvedObject.fieldPath', 'reason', 'reportingComponent', 'source', 'type'],
  Node: ['metadata.name', 'spec.unschedulable'],
  Namespace: ['metadata.name', 'status.phase'],
  Secret: ['metadata.name', 'metadata.namespace', 'type'],
  Service: ['metadata.name', 'metadata.namespace', 'spec.clusterIP', 'spec.type'],
  ReplicaSet: ['metadata.name', 'metadata.namespace', 'status.replicas'],
};

export function fieldMatches(o: KubeObject, f: FieldRequirement): boolean {
  const v = f.field === 'source' ? (o.source?.component ?? '') : fieldValue(o, f.field);
  return f.op === '=' ? v === f.value : v !== f.value;
}
