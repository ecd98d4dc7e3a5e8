// The kinds the API server knows how to default and validate, by kind name: a static table.

import type { KindHandler } from '../kind.js';
import type { KubeObject } from '../types.js';
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
  ].map((h) => [h.kind, { specChanged: (a: KubeObject, b: KubeObject) => !sameJson(a.spec, b.spec), ...h }]),
);

/** Deep equality of JSON values with object keys in any order (a merge may reorder them). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => sameJson(x, b[i]));
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(b)) {
    const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
    const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
    return ka.length === kb.length && ka.every((k) => sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  return false;
}

export function handlerFor(kind: string): KindHandler | undefined {
  return HANDLERS.get(kind);
}
