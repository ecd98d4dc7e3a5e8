// The (legacy) Endpoints controller: an Endpoints object named after each Service with a
// selector, subsets of ready addresses / notReadyAddresses per port mapping, terminating pods
// left out, labelled endpoints.kubernetes.io/managed-by; deleted when its Service goes.

import type { Cluster } from '../cluster/cluster.js';
import type { KubeObject } from '../api/types.js';
import type { Controller } from './types.js';
import { managesService, podsByNamespace, serviceBackends } from './service-backends.js';
import { RT, stableJson, ts, updateObject, whenChanged } from './util.js';

const TRIGGER = 'endpoints.kubernetes.io/last-change-trigger-time';
/** The label (1.33+) marking Endpoints this controller owns, as opposed to hand-written ones. */
export const ENDPOINTS_MANAGED_BY = 'endpoints.kubernetes.io/managed-by';
const CONTROLLER = 'endpoint-controller';

function address(b: { ip: string; pod: KubeObject }, svc: KubeObject): Record<string, unknown> {
  const p = b.pod;
  return {
    ...(p.spec.hostname && p.spec.subdomain === svc.metadata.name ? { hostname: p.spec.hostname } : {}),
    ip: b.ip,
    nodeName: p.spec.nodeName,
    targetRef: { kind: 'Pod', name: p.metadata.name, namespace: p.metadata.namespace, uid: p.metadata.uid },
  };
}

const byIP = (a: any, b: any) => (a.ip < b.ip ? -1 : a.ip > b.ip ? 1 : 0);

export function subsetsFor(svc: KubeObject, pods: KubeObject[]): any[] {
  const publish = !!svc.spec?.publishNotReadyAddresses;
  const subsets: any[] = [];
  for (const g of serviceBackends(svc, pods)) {
    // A pod none of whose ports resolve is left out (only a port-less headless Service lists bare addresses).
    if (!g.ports.length && (svc.spec?.ports ?? []).length) continue;
    const ready = g.backends.filter((b) => b.ready && (publish || !b.terminating)).map((b) => address(b, svc)).sort(byIP);
    const notReady = g.backends.filter((b) => !b.ready && !b.terminating).map((b) => address(b, svc)).sort(byIP);
    if (!ready.length && !notReady.length) continue;
    const ss: Record<string, unknown> = {};
    if (ready.length) ss.addresses = ready;
    if (notReady.length) ss.notReadyAddresses = notReady;
    ss.ports = g.ports.map((p) => ({ ...(p.name ? { name: p.name } : {}), port: p.port, protocol: p.protocol, ...(p.appProtocol ? { appProtocol: p.appProtocol } : {}) }));
    subsets.push(ss);
  }
  return subsets;
}

function syncAll(c: Cluster): undefined {
  const services = c.store.list('services').filter(managesService);
  const pods = podsByNamespace(c.store.list('pods'));
  for (const svc of services) {
    const ns = svc.metadata.namespace!;
    const name = svc.metadata.name!;
    const subsets = subsetsFor(svc, pods.get(ns) ?? []);
    const labels: Record<string, string> = { ...(svc.metadata.labels ?? {}), [ENDPOINTS_MANAGED_BY]: CONTROLLER };
    const cur = c.store.get('endpoints', ns, name);
    if (!cur) {
      c.api.create({
        apiVersion: 'v1',
        kind: 'Endpoints',
        metadata: { name, namespace: ns, labels, ...(subsets.length ? { annotations: { [TRIGGER]: ts(c.now) } } : {}) },
        ...(subsets.length ? { subsets } : {}),
      });
      continue;
    }
    if (JSON.stringify(cur.subsets ?? []) === JSON.stringify(subsets) && stableJson(cur.metadata.labels ?? {}) === stableJson(labels)) continue;
    updateObject(c, cur, (o) => {
      o.metadata.labels = labels;
      o.metadata.annotations = { ...(o.metadata.annotations ?? {}), [TRIGGER]: ts(c.now) };
      if (subsets.length) o.subsets = subsets;
      else delete o.subsets;
    });
  }
  // Endpoints this controller wrote go away with their Service (or its selector).
  for (const ep of c.store.list('endpoints')) {
    if (ep.metadata.labels?.[ENDPOINTS_MANAGED_BY] !== CONTROLLER) continue;
    const svc = c.store.get('services', ep.metadata.namespace, ep.metadata.name!);
    if (!svc || !managesService(svc)) c.api.delete(RT.endpoints, ep.metadata.namespace, ep.metadata.name!);
  }
  return undefined;
}

export const endpoints: Controller = {
  name: 'endpoints',
  reconcile: (c) => whenChanged(c, 'endpoints', ['services', 'pods', 'endpoints'], () => syncAll(c)),
};
