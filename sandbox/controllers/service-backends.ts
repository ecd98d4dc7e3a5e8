// What both endpoint controllers derive from a Service and its pods: each selected pod with its
// readiness, and its ports resolved per pod (a named targetPort may map to different numbers),
// grouped by identical port lists as upstream does.

import type { KubeObject } from '../api/types.js';
import { matchesMapSelector } from '../api/labels.js';
import { isPodReady, isTerminal } from './util.js';

export interface BackendPort {
  name: string;
  port: number;
  protocol: string;
  appProtocol?: string;
}

export interface Backend {
  pod: KubeObject;
  ip: string;
  ready: boolean;
  serving: boolean;
  terminating: boolean;
}

export interface BackendGroup {
  key: string;
  ports: BackendPort[];
  backends: Backend[];
}

/** podutil.FindPort: a number is used as is; a name is looked up among the pod's container ports. */
export function findPort(pod: KubeObject, sp: any): number | undefined {
  const tp = sp.targetPort ?? sp.port;
  const proto = sp.protocol ?? 'TCP';
  if (typeof tp === 'number') return tp;
  if (/^\d+$/.test(String(tp))) return Number(tp);
  for (const c of pod.spec?.containers ?? []) for (const p of c.ports ?? []) if (p.name === tp && (p.protocol ?? 'TCP') === proto) return p.containerPort;
  return undefined;
}

/** Services the endpoint controllers manage: a non-empty selector and not ExternalName. */
export function managesService(svc: KubeObject): boolean {
  return svc.spec?.type !== 'ExternalName' && !!svc.spec?.selector && Object.keys(svc.spec.selector).length > 0;
}

export function serviceBackends(svc: KubeObject, podsInNs: readonly KubeObject[]): BackendGroup[] {
  const publish = !!svc.spec?.publishNotReadyAddresses;
  const groups = new Map<string, BackendGroup>();
  for (const pod of podsInNs) {
    if (!matchesMapSelector(pod.metadata.labels, svc.spec.selector)) continue;
    const ip = pod.status?.podIP;
    if (!ip || !pod.spec?.nodeName || isTerminal(pod)) continue;
    const terminating = !!pod.metadata.deletionTimestamp;
    const serving = isPodReady(pod);
    const ready = publish || (serving && !terminating);
    const ports: BackendPort[] = [];
    for (const sp of svc.spec.ports ?? []) {
      const port = findPort(pod, sp);
      if (port === undefined) continue;
      const bp: BackendPort = { name: sp.name ?? '', port, protocol: sp.protocol ?? 'TCP' };
      if (sp.appProtocol) bp.appProtocol = sp.appProtocol;
      ports.push(bp);
    }
    const key = JSON.stringify(ports);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key, ports, backends: [] }));
    g.backends.push({ pod, ip, ready, serving: publish || serving, terminating });
  }
  return [...groups.values()];
}

/** Pods grouped by namespace, so each Service looks only at its own namespace's pods. */
export function podsByNamespace(pods: readonly KubeObject[]): Map<string, KubeObject[]> {
  const m = new Map<string, KubeObject[]>();
  for (const p of pods) {
    const ns = p.metadata.namespace ?? '';
    if (!m.has(ns)) m.set(ns, []);
    m.get(ns)!.push(p);
  }
  return m;
}
