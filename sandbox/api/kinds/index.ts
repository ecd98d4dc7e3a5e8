// The kinds the API server knows how to default and validate, by kind name: a static table.

import type { KindHandler } from '../kind.js';
import { configMap } from './configmap.js';
import { daemonSet } from './daemonset.js';
import { deployment } from './deployment.js';
import { endpoints } from './endpoints.js';
import { endpointSlice } from './endpointslice.js';
import { event } from './event.js';
import { ingress } from './ingress.js';
import { ingressClass } from './ingressclass.js';
import { namespace } from './namespace.js';
import { networkPolicy } from './networkpolicy.js';
import { node } from './node.js';
import { pod } from './pod.js';
import { replicaSet } from './replicaset.js';
import { secret } from './secret.js';
import { service } from './service.js';
import { serviceAccount } from './serviceaccount.js';

const HANDLERS: ReadonlyMap<string, KindHandler> = new Map(
  [
    namespace,
    node,
    pod,
    service,
    endpoints,
    endpointSlice,
    configMap,
    secret,
    serviceAccount,
    event,
    deployment,
    replicaSet,
    daemonSet,
    ingress,
    ingressClass,
    networkPolicy,
  ].map((h) => [h.kind, h]),
);

export function handlerFor(kind: string): KindHandler | undefined {
  return HANDLERS.get(kind);
}
