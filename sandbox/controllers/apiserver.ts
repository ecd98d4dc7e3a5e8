// The API server's own reconciler for the `default/kubernetes` Service: it is re-created (with its
// Endpoints and EndpointSlice pointing at the control-plane nodes) whenever someone deletes it,
// e.g. with `kubectl delete all --all`, as kube-apiserver's "kubernetes service" controller does.

import type { Cluster } from '../cluster/cluster.js';
import type { KubeObject } from '../api/types.js';
import type { Controller } from './types.js';
import { intToIp, parseCidr } from './util.js';

export function apiServerObjects(apiIP: string, ...hostIPs: string[]): KubeObject[] {
  const ports = [{ name: 'https', port: 6443, protocol: 'TCP' }];
  return [
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'kubernetes', namespace: 'default', labels: { component: 'apiserver', provider: 'kubernetes' } },
      spec: { clusterIP: apiIP, clusterIPs: [apiIP], ports: [{ name: 'https', port: 443, protocol: 'TCP', targetPort: 6443 }], type: 'ClusterIP' },
    },
    {
      apiVersion: 'v1',
      kind: 'Endpoints',
      metadata: { name: 'kubernetes', namespace: 'default', labels: { 'endpointslice.kubernetes.io/skip-mirror': 'true' } },
      subsets: [{ addresses: hostIPs.map((ip) => ({ ip })), ports }],
    },
    {
      apiVersion: 'discovery.k8s.io/v1',
      kind: 'EndpointSlice',
      metadata: { name: 'kubernetes', namespace: 'default', labels: { 'kubernetes.io/service-name': 'kubernetes' } },
      addressType: 'IPv4',
      endpoints: hostIPs.map((ip) => ({ addresses: [ip], conditions: { ready: true } })),
      ports,
    },
  ];
}


function controlPlaneIPs(c: Cluster): string[] {
  return c.store
    .list('nodes')
    .filter((n) => n.metadata.labels?.['node-role.kubernetes.io/control-plane'] !== undefined)
    .map((n) => (n.status?.addresses ?? []).find((a: { type: string }) => a.type === 'InternalIP')?.address)
    .filter((ip): ip is string => !!ip);
}

export const apiserver: Controller = {
  name: 'apiserver',
  reconcile(c) {
    const ns = c.store.get('namespaces', undefined, 'default');
    if (!ns || ns.metadata.deletionTimestamp) return;
    const have = {
      Service: !!c.store.get('services', 'default', 'kubernetes'),
      Endpoints: !!c.store.get('endpoints', 'default', 'kubernetes'),
      EndpointSlice: !!c.store.get('endpointslices.discovery.k8s.io', 'default', 'kubernetes'),
    };
    if (have.Service && have.Endpoints && have.EndpointSlice) return;
    const ips = controlPlaneIPs(c);
    // Before the first control-plane node registers, the bootstrap creates these itself.
    if (!ips.length) return;
    const apiIP = intToIp(parseCidr(c.config.networking.serviceSubnet).base + 1);
    for (const o of apiServerObjects(apiIP, ...ips)) if (!have[o.kind as keyof typeof have]) c.api.create(o);
  },
};

