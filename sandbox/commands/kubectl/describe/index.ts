// Describers by kind, as kubectl's describerMap lists them; other kinds get the generic one.

import type { Cluster } from '../../../cluster/cluster.js';
import type { KubeObject } from '../../../api/types.js';
import { describeConfigMap, describeNamespace, describeSecret, describeServiceAccount } from './config.js';
import { describeGeneric } from './generic.js';
import { describeIngress, describeIngressClass, describeNetworkPolicy } from './networking.js';
import { describeNode } from './node.js';
import { describePod } from './pod.js';
import { describeEndpoints, describeEndpointSlice, describeService } from './service.js';
import { describeDaemonSet, describeDeployment, describeReplicaSet } from './workloads.js';

type Describer = (c: Cluster, o: KubeObject, showEvents: boolean) => string;

const DESCRIBERS: Record<string, Describer> = {
  Pod: describePod,
  Service: describeService,
  Endpoints: describeEndpoints,
  EndpointSlice: describeEndpointSlice,
  Deployment: describeDeployment,
  ReplicaSet: describeReplicaSet,
  DaemonSet: describeDaemonSet,
  Node: describeNode,
  Namespace: (c, o) => describeNamespace(c, o),
  ConfigMap: describeConfigMap,
  Secret: (c, o) => describeSecret(c, o),
  ServiceAccount: describeServiceAccount,
  Ingress: describeIngress,
  IngressClass: describeIngressClass,
  NetworkPolicy: (c, o) => describeNetworkPolicy(c, o),
};

/** The text `kubectl describe` prints for one object. */
export function describeObject(c: Cluster, o: KubeObject, showEvents = true): string {
  return (DESCRIBERS[o.kind] ?? describeGeneric)(c, o, showEvents);
}
