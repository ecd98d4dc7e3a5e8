// Table columns per kind, by kind name; kinds without their own printer get NAME and AGE.

import { col, since, type KindColumns } from './types.js';
import { podColumns } from './pod.js';
import { serviceColumns } from './service.js';
import { endpointsColumns } from './endpoints.js';
import { endpointSliceColumns } from './endpointslice.js';
import { daemonSetColumns, deploymentColumns, replicaSetColumns } from './workloads.js';
import { nodeColumns } from './node.js';
import { configMapColumns, namespaceColumns, secretColumns, serviceAccountColumns } from './config.js';
import { ingressClassColumns, ingressColumns, networkPolicyColumns } from './networking.js';
import { eventColumns } from './event.js';

const DEFAULT: KindColumns = {
  columns: [col('NAME'), col('AGE')],
  cells: (o, x) => [o.metadata.name!, since(o.metadata.creationTimestamp, x)],
};

const BY_KIND: Record<string, KindColumns> = {
  Pod: podColumns,
  Service: serviceColumns,
  Endpoints: endpointsColumns,
  EndpointSlice: endpointSliceColumns,
  Deployment: deploymentColumns,
  ReplicaSet: replicaSetColumns,
  DaemonSet: daemonSetColumns,
  Node: nodeColumns,
  Namespace: namespaceColumns,
  ConfigMap: configMapColumns,
  Secret: secretColumns,
  ServiceAccount: serviceAccountColumns,
  Ingress: ingressColumns,
  IngressClass: ingressClassColumns,
  NetworkPolicy: networkPolicyColumns,
  Event: eventColumns,
};

export function columnsFor(kind: string): KindColumns {
  return BY_KIND[kind] ?? DEFAULT;
}

export type { KindColumns, RowContext } from './types.js';
