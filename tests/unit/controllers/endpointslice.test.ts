import { describe, expect, it } from 'vitest';
import { RT } from '../../../sandbox/controllers/util.js';
import { deployment, freshCluster, pod, service } from './helpers.js';

const slices = (c: ReturnType<typeof freshCluster>, svc = 'web') =>
  c.store.list('endpointslices.discovery.k8s.io', 'default').filter((s) => s.metadata.labels?.['kubernetes.io/service-name'] === svc);

describe('endpointslice controller', () => {
  it('creates a placeholder slice for a Service with no pods, then fills it', () => {
    const c = freshCluster();
    c.api.create(service('web', { app: 'web' }, [{ name: 'http', port: 80, targetPort: 8080 }]));
    c.reconcile();
    let [s] = slices(c);
    expect(s!.metadata.name).toMatch(/^web-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    expect(s!.metadata.labels).toEqual({ 'endpointslice.kubernetes.io/managed-by': 'endpointslice-controller.k8s.io', 'kubernetes.io/service-name': 'web' });
    expect(s!.metadata.ownerReferences).toEqual([expect.objectContaining({ kind: 'Service', name: 'web', controller: true, blockOwnerDeletion: true })]);
    expect(s!.endpoints).toBeNull();
    expect(s!.ports).toBeUndefined();
    expect(c.store.get('endpoints', 'default', 'web')!.subsets).toBeUndefined();
    const placeholder = s!.metadata.name;
    c.api.create(deployment('web', { replicas: 2 }));
    c.advance(15_000);
    expect(slices(c)).toHaveLength(1);
    [s] = slices(c);
    expect(s!.metadata.name).toBe(placeholder);
    expect(s!.ports).toEqual([{ name: 'http', port: 8080, protocol: 'TCP' }]);
    expect(s!.endpoints).toHaveLength(2);
    const pods = c.store.list('pods', 'default');
    for (const e of s!.endpoints) {
      const p = pods.find((x) => x.metadata.uid === e.targetRef.uid)!;
      expect(e).toEqual({
        addresses: [p.status.podIP],
        conditions: { ready: true, serving: true, terminating: false },
        nodeName: p.spec.nodeName,
        targetRef: { kind: 'Pod', name: p.metadata.name, namespace: 'default', uid: p.metadata.uid },
      });
    }
    expect(s!.metadata.annotations?.['endpoints.kubernetes.io/last-change-trigger-time']).toMatch(/^2025-09-01T09:01:\d\dZ$/);
    const ep = c.store.get('endpoints', 'default', 'web')!;
    expect(ep.metadata.labels).toEqual({ 'endpoints.kubernetes.io/managed-by': 'endpoint-controller' });
    expect(ep.subsets).toHaveLength(1);
    expect(ep.subsets[0].addresses.map((a: any) => a.ip)).toEqual(pods.map((p) => p.status.podIP).sort());
    expect(ep.subsets[0].ports).toEqual([{ name: 'http', port: 8080, protocol: 'TCP' }]);
  });

  it('lists starting pods as not ready, and terminating pods as terminating (and drops them from Endpoints)', () => {
    const c = freshCluster();
    c.api.create(service('web', { app: 'web' }));
    c.api.create(pod('a', { containers: [{ name: 'c', image: 'nginx' }] }, { app: 'web' }));
    c.reconcile();
    expect(slices(c)[0]!.endpoints[0].conditions).toEqual({ ready: false, serving: false, terminating: false });
    expect(c.store.get('endpoints', 'default', 'web')!.subsets[0].notReadyAddresses).toHaveLength(1);
    c.advance(10_000);
    expect(slices(c)[0]!.endpoints[0].conditions).toEqual({ ready: true, serving: true, terminating: false });
    c.api.delete(RT.pod, 'default', 'a');
    c.reconcile();
    expect(slices(c)[0]!.endpoints[0].conditions).toEqual({ ready: false, serving: true, terminating: true });
    expect(c.store.get('endpoints', 'default', 'web')!.subsets).toBeUndefined();
    c.advance(5_000);
    expect(slices(c)[0]!.endpoints).toBeNull();
  });

  it('resolves a named targetPort per pod, one slice per distinct port number', () => {
    const c = freshCluster();
    c.api.create(service('web', { app: 'web' }, [{ name: 'http', port: 80, targetPort: 'web' }]));
    c.api.create(pod('a', { containers: [{ name: 'c', image: 'nginx', ports: [{ name: 'web', containerPort: 80 }] }] }, { app: 'web' }));
    c.api.create(pod('b', { containers: [{ name: 'c', image: 'nginx', ports: [{ name: 'web', containerPort: 8080 }] }] }, { app: 'web' }));
    c.api.create(pod('nope', { containers: [{ name: 'c', image: 'nginx' }] }, { app: 'web' }));
    c.advance(10_000);
    const got = slices(c).map((s) => [s.ports?.map((p: any) => p.port) ?? null, s.endpoints.map((e: any) => e.targetRef.name)]);
    expect(got.sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y)))).toEqual([
      [[], ['nope']],
      [[80], ['a']],
      [[8080], ['b']],
    ]);
    const subsets = c.store.get('endpoints', 'default', 'web')!.subsets;
    expect(subsets.map((s: any) => s.ports[0].port).sort()).toEqual([80, 8080]);
  });

  it('leaves Services without a selector alone, and the GC removes slices of a deleted Service', () => {
    const c = freshCluster();
    c.api.create({ apiVersion: 'v1', kind: 'Service', metadata: { name: 'ext', namespace: 'default' }, spec: { ports: [{ port: 80 }] } });
    c.api.create(service('web', { app: 'web' }));
    c.reconcile();
    expect(slices(c, 'ext')).toHaveLength(0);
    expect(c.store.get('endpoints', 'default', 'ext')).toBeUndefined();
    c.api.delete(RT.service, 'default', 'web');
    c.reconcile();
    expect(slices(c)).toHaveLength(0);
    expect(c.store.get('endpoints', 'default', 'web')).toBeUndefined();
  });
});
