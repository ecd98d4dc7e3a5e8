// API objects for the dataplane tests, built directly (no controllers): Services and EndpointSlices.

import type { KubeObject } from '../../../sandbox/api/types.js';

export interface SvcOpts {
  ns?: string;
  type?: string;
  clusterIP?: string;
  ports?: { name?: string; port: number; targetPort?: number | string; nodePort?: number; protocol?: string }[];
  spec?: Record<string, unknown>;
  status?: Record<string, unknown>;
}

export function service(name: string, o: SvcOpts = {}): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name, namespace: o.ns ?? 'default' },
    spec: {
      type: o.type ?? 'ClusterIP',
      clusterIP: o.clusterIP ?? '10.96.120.15',
      ports: (o.ports ?? [{ port: 80, targetPort: 8080 }]).map((p) => ({ protocol: 'TCP', ...p })),
      ...o.spec,
    },
    status: o.status ?? {},
  };
}

export interface Ep {
  ip: string;
  node?: string;
  ready?: boolean;
  serving?: boolean;
  terminating?: boolean;
  hostname?: string;
}

export function slice(svc: string, eps: Ep[], ports = [{ port: 8080 } as { name?: string; port: number; protocol?: string }], ns = 'default', suffix = 'abcde'): KubeObject {
  return {
    apiVersion: 'discovery.k8s.io/v1',
    kind: 'EndpointSlice',
    metadata: { name: `${svc}-${suffix}`, namespace: ns, labels: { 'kubernetes.io/service-name': svc } },
    addressType: 'IPv4',
    endpoints: eps.map((e) => ({
      addresses: [e.ip],
      conditions: { ready: e.ready ?? true, serving: e.serving ?? e.ready ?? true, terminating: e.terminating ?? false },
      ...(e.node ? { nodeName: e.node } : {}),
      ...(e.hostname ? { hostname: e.hostname } : {}),
    })),
    ports: ports.map((p) => ({ protocol: 'TCP', ...p, name: p.name ?? '' })),
  };
}

/** Strips the common indentation of a template literal, for whole-dump comparisons. */
export function dedent(s: string): string {
  const lines = s.replace(/^\n/, '').split('\n');
  const ind = Math.min(...lines.filter((l) => l.trim()).map((l) => l.match(/^ */)![0].length));
  return lines.map((l) => l.slice(ind)).join('\n').replace(/[ \n]*$/, '\n');
}
