// kube-apiserver re-creates the default/kubernetes Service and its endpoints when they are deleted.

import { describe, expect, it } from 'vitest';
import { createCluster } from '../../../sandbox/cluster/bootstrap.js';
import { resolveResource } from '../../../sandbox/api/resources.js';

describe('apiserver controller', () => {
  it('re-creates the kubernetes Service, Endpoints and EndpointSlice', () => {
    const c = createCluster({ seed: 3 });
    const before = c.store.get('services', 'default', 'kubernetes')!;
    for (const r of ['services', 'endpoints', 'endpointslices.discovery.k8s.io']) c.api.delete(resolveResource(r)!, 'default', 'kubernetes');
    c.reconcile();
    const svc = c.store.get('services', 'default', 'kubernetes')!;
    expect(svc.metadata.uid).not.toBe(before.metadata.uid);
    expect(svc.spec.clusterIP).toBe('10.96.0.1');
    expect(svc.spec.ports).toEqual(before.spec.ports);
    expect(c.store.get('endpoints', 'default', 'kubernetes')!.subsets).toEqual([{ addresses: [{ ip: '172.18.0.2' }], ports: [{ name: 'https', port: 6443, protocol: 'TCP' }] }]);
    expect(c.store.get('endpointslices.discovery.k8s.io', 'default', 'kubernetes')!.endpoints.map((e: any) => e.addresses)).toEqual([['172.18.0.2']]);
  });

  it('leaves other Services alone and does nothing while they exist', () => {
    const c = createCluster({ seed: 3 });
    const rv = c.rv;
    c.reconcile();
    expect(c.rv).toBe(rv);
  });
});
