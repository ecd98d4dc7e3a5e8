// What kube-proxy knows about a Service port and its endpoints: the ServicePort info
// (pkg/proxy/serviceport.go) and EndpointSlice merging plus CategorizeEndpoints (pkg/proxy/topology.go).

import type { KubeObject } from '../../api/types.js';
import { servicePortName } from './names.js';

export interface ServicePortInfo {
  spn: string;
  namespace: string;
  name: string;
  portName: string;
  protocol: string; // lower-case
  clusterIP: string;
  port: number;
  nodePort: number;
  externalIPs: string[];
  lbIPs: string[];
  lbSourceRanges: string[];
  healthCheckNodePort: number;
  affinityClientIP: boolean;
  stickySeconds: number;
  internalLocal: boolean;
  externalLocal: boolean;
  externallyAccessible: boolean;
}

export interface EndpointInfo {
  ip: string;
  port: number;
  /** `IP:port`, what kube-proxy sorts and hashes by. */
  key: string;
  ready: boolean;
  serving: boolean;
  terminating: boolean;
  nodeName?: string;
}

const isIPv4 = (s: string) => /^\d+\.\d+\.\d+\.\d+$/.test(s);

/** The ports of a Service that kube-proxy programs; none for headless or ExternalName Services. */
export function servicePorts(svc: KubeObject): ServicePortInfo[] {
  const spec = svc.spec ?? {};
  const clusterIP: string = spec.clusterIP ?? '';
  if (spec.type === 'ExternalName' || !clusterIP || clusterIP === 'None' || !isIPv4(clusterIP)) return [];
  // kube-proxy's informer skips Services that name another proxy (`!service.kubernetes.io/service-proxy-name`).
  if (svc.metadata.labels?.['service.kubernetes.io/service-proxy-name'] !== undefined) return [];
  const ns = svc.metadata.namespace ?? 'default';
  const externalIPs: string[] = (spec.externalIPs ?? []).filter(isIPv4);
  const lbIPs: string[] =
    spec.type === 'LoadBalancer'
      ? (svc.status?.loadBalancer?.ingress ?? [])
          .filter((i: any) => i.ip && isIPv4(i.ip) && i.ipMode !== 'Proxy')
          .map((i: any) => i.ip as string)
      : [];
  const out: ServicePortInfo[] = [];
  for (const p of spec.ports ?? []) {
    const nodePort = spec.type === 'NodePort' || spec.type === 'LoadBalancer' ? (p.nodePort ?? 0) : 0;
    const externallyAccessible = nodePort !== 0 || externalIPs.length > 0 || lbIPs.length > 0;
    out.push({
      spn: servicePortName(ns, svc.metadata.name!, p.name),
      namespace: ns,
      name: svc.metadata.name!,
      portName: p.name ?? '',
      protocol: (p.protocol ?? 'TCP').toLowerCase(),
      clusterIP,
      port: p.port,
      nodePort,
      externalIPs,
      lbIPs,
      lbSourceRanges: lbIPs.length ? (spec.loadBalancerSourceRanges ?? []).map((r: string) => r.trim()) : [],
      healthCheckNodePort: spec.healthCheckNodePort ?? 0,
      affinityClientIP: spec.sessionAffinity === 'ClientIP',
      stickySeconds: spec.sessionAffinityConfig?.clientIP?.timeoutSeconds ?? 10800,
      internalLocal: spec.internalTrafficPolicy === 'Local',
      externalLocal: externallyAccessible && spec.externalTrafficPolicy === 'Local',
      externallyAccessible,
    });
  }
  return out;
}

/** All endpoints of one Service port across its EndpointSlices, sorted by `IP:port` string. */
export function portEndpoints(sp: ServicePortInfo, slices: KubeObject[]): EndpointInfo[] {
  const byKey = new Map<string, EndpointInfo>();
  for (const slice of slices) {
    if (slice.addressType && slice.addressType !== 'IPv4') continue;
    for (const port of slice.ports ?? []) {
      if ((port.name ?? '') !== sp.portName || (port.protocol ?? 'TCP').toLowerCase() !== sp.protocol) continue;
      if (port.port === undefined || port.port === null) continue;
      for (const ep of slice.endpoints ?? []) {
        const ip = ep.addresses?.[0];
        if (!ip) continue;
        const key = `${ip}:${port.port}`;
        if (byKey.has(key)) continue;
        const c = ep.conditions ?? {};
        const ready = c.ready === undefined || c.ready === null ? true : !!c.ready;
        const info: EndpointInfo = {
          ip,
          port: port.port,
          key,
          ready,
          serving: c.serving === undefined || c.serving === null ? ready : !!c.serving,
          terminating: !!c.terminating,
        };
        if (ep.nodeName) info.nodeName = ep.nodeName;
        byKey.set(key, info);
      }
    }
  }
  return [...byKey.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** Cluster endpoints are needed for iTP=Cluster, and for any external traffic: even with eTP=Local,
 *  pods and the node itself short-circuit to all endpoints (serviceport.go UsesClusterEndpoints). */
export function usesClusterEndpoints(sp: ServicePortInfo): boolean {
  return !sp.internalLocal || sp.externallyAccessible;
}

export function usesLocalEndpoints(sp: ServicePortInfo): boolean {
  return sp.internalLocal || sp.externalLocal;
}

export interface Categorized {
  cluster: EndpointInfo[];
  local: EndpointInfo[];
  allReachable: EndpointInfo[];
  hasAny: boolean;
}

/** proxy.CategorizeEndpoints: ready endpoints, else serving-and-terminating ones (KEP-1669). */
export function categorize(sp: ServicePortInfo, eps: EndpointInfo[], nodeName: string): Categorized {
  let cluster: EndpointInfo[] = [];
  let local: EndpointInfo[] = [];
  let hasAny = false;
  if (usesClusterEndpoints(sp)) {
    cluster = eps.filter((e) => e.ready);
    if (!cluster.length) cluster = eps.filter((e) => e.serving && e.terminating);
    hasAny = cluster.length > 0;
  }
  if (!usesLocalEndpoints(sp)) return { cluster, local, allReachable: cluster, hasAny };
  let localReady = false, localTerminating = false;
  for (const e of eps) {
    const isLocal = e.nodeName === nodeName;
    if (e.ready) {
      hasAny = true;
      if (isLocal) localReady = true;
    } else if (e.serving && e.terminating) {
      hasAny = true;
      if (isLocal) localTerminating = true;
    }
  }
  if (localReady) local = eps.filter((e) => e.nodeName === nodeName && e.ready);
  else if (localTerminating) local = eps.filter((e) => e.nodeName === nodeName && e.serving && e.terminating);
  if (!usesClusterEndpoints(sp)) return { cluster, local, allReachable: local, hasAny };
  const seen = new Set(cluster.map((e) => e.key));
  const all = [...cluster, ...local.filter((e) => !seen.has(e.key))];
  return { cluster, local, allReachable: all, hasAny };
}
