// The EndpointSlice controller: for each Service with a selector, slices `<svc>-<5 chars>` holding
// its pods' addresses with ready/serving/terminating conditions, one slice per distinct port
// mapping, and a placeholder slice when there are none.

import type { Cluster } from '../cluster/cluster.js';
import type { KubeObject } from '../api/types.js';
import type { Controller } from './types.js';
import { managesService, podsByNamespace, serviceBackends, type BackendGroup } from './service-backends.js';
import { ownerRefTo, RT, stableJson, ts, updateObject, whenChanged } from './util.js';

export const MANAGED_BY = 'endpointslice.kubernetes.io/managed-by';
export const CONTROLLER_NAME = 'endpointslice-controller.k8s.io';
export const SERVICE_NAME = 'kubernetes.io/service-name';
const TRIGGER = 'endpoints.kubernetes.io/last-change-trigger-time';
const MAX_PER_SLICE = 100;

/** One endpoint per pod, fields in the API's order; hostname only for a pod whose subdomain is the Service. */
function endpointsOf(svc: KubeObject, g: BackendGroup): any[] {
  return g.backends.map((b) => ({
    addresses: [b.ip],
    conditions: { ready: b.ready, serving: b.serving, terminating: b.terminating },
    ...(b.pod.spec.hostname && b.pod.spec.subdomain === svc.metadata.name ? { hostname: b.pod.spec.hostname } : {}),
    nodeName: b.pod.spec.nodeName,
    targetRef: { kind: 'Pod', name: b.pod.metadata.name, namespace: b.pod.metadata.namespace, uid: b.pod.metadata.uid },
  }));
}

function sliceLabels(svc: KubeObject): Record<string, string> {
  const labels: Record<string, string> = { ...(svc.metadata.labels ?? {}) };
  labels[MANAGED_BY] = CONTROLLER_NAME;
  labels[SERVICE_NAME] = svc.metadata.name!;
  if (svc.spec?.clusterIP === 'None') labels['service.kubernetes.io/headless'] = '';
  return labels;
}

interface Desired {
  ports: any[] | undefined;
  endpoints: any[] | null;
}

function desiredSlices(svc: KubeObject, pods: KubeObject[]): Desired[] {
  const out: Desired[] = [];
  for (const g of serviceBackends(svc, pods)) {
    const eps = endpointsOf(svc, g);
    for (let i = 0; i < eps.length; i += MAX_PER_SLICE) out.push({ ports: g.ports, endpoints: eps.slice(i, i + MAX_PER_SLICE) });
  }
  if (!out.length) out.push({ ports: undefined, endpoints: null });
  return out;
}

function syncService(c: Cluster, svc: KubeObject, pods: KubeObject[], existing: KubeObject[]): void {
  const want = desiredSlices(svc, pods);
  const labels = sliceLabels(svc);
  const left = [...existing];
  // First pair each desired slice with an existing one for the same ports...
  const pairs: (KubeObject | undefined)[] = want.map((d) => {
    const key = JSON.stringify(d.ports ?? null);
    const idx = left.findIndex((s) => JSON.stringify(s.ports ?? null) === key);
    return idx >= 0 ? left.splice(idx, 1)[0] : undefined;
  });
  // ...then, as upstream's finalize() does, turn creates into updates of slices that would be
  // deleted, so a placeholder keeps its name when the first endpoints arrive.
  for (let i = 0; i < want.length; i++) if (!pairs[i] && left.length) pairs[i] = left.shift();
  want.forEach((d, i) => {
    const s = pairs[i];
    if (s) {
      const same =
        JSON.stringify(s.endpoints ?? null) === JSON.stringify(d.endpoints) &&
        JSON.stringify(s.ports ?? null) === JSON.stringify(d.ports ?? null) &&
        stableJson(s.metadata.labels) === stableJson(labels);
      if (same) return;
      updateObject(c, s, (o) => {
        o.metadata.labels = labels;
        if (d.endpoints) o.metadata.annotations = { ...(o.metadata.annotations ?? {}), [TRIGGER]: ts(c.now) };
        o.endpoints = d.endpoints;
        if (d.ports) o.ports = d.ports;
        else delete o.ports;
      });
      return;
    }
    c.api.create({
      apiVersion: 'discovery.k8s.io/v1',
      kind: 'EndpointSlice',
      metadata: {
        generateName: `${svc.metadata.name}-`,
        namespace: svc.metadata.namespace,
        labels,
        ...(d.endpoints ? { annotations: { [TRIGGER]: ts(c.now) } } : {}),
        ownerReferences: [ownerRefTo(svc)],
      },
      addressType: 'IPv4',
      endpoints: d.endpoints,
      ...(d.ports ? { ports: d.ports } : {}),
    });
  });
  for (const s of left) c.api.delete(RT.endpointSlice, s.metadata.namespace, s.metadata.name!);
}

function syncAll(c: Cluster): undefined {
  const services = c.store.list('services').filter(managesService);
  const slicesBySvc = new Map<string, KubeObject[]>();
  for (const s of c.store.list('endpointslices.discovery.k8s.io')) {
    if (s.metadata.labels?.[MANAGED_BY] !== CONTROLLER_NAME) continue;
    const k = `${s.metadata.namespace}/${s.metadata.labels?.[SERVICE_NAME]}`;
    if (!slicesBySvc.has(k)) slicesBySvc.set(k, []);
    slicesBySvc.get(k)!.push(s);
  }
  if (!services.length) return undefined;
  const pods = podsByNamespace(c.store.list('pods'));
  for (const svc of services) {
    if (svc.metadata.deletionTimestamp) continue;
    const k = `${svc.metadata.namespace}/${svc.metadata.name}`;
    // Slices the Service does not own (a previous Service of the same name) are left to the GC.
    const mine = (slicesBySvc.get(k) ?? []).filter((s) => s.metadata.ownerReferences?.some((r) => r.uid === svc.metadata.uid));
    syncService(c, svc, pods.get(svc.metadata.namespace!) ?? [], mine);
  }
  return undefined;
}

export const endpointslice: Controller = {
  name: 'endpointslice',
  reconcile: (c) => whenChanged(c, 'endpointslice', ['services', 'pods', 'endpointslices.discovery.k8s.io'], () => syncAll(c)),
};
