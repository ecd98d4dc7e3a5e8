import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Cluster } from '../../../sandbox/cluster/cluster.js';
import { RT, isPodReady } from '../../../sandbox/controllers/util.js';
import { matchesMapSelector } from '../../../sandbox/api/labels.js';
import { deployment, freshCluster, service } from './helpers.js';

type Action =
  | { op: 'deploy'; name: string; app: string; replicas: number }
  | { op: 'delete-deploy'; name: string }
  | { op: 'scale'; name: string; replicas: number }
  | { op: 'image'; name: string; image: string }
  | { op: 'service'; name: string; app: string }
  | { op: 'delete-service'; name: string }
  | { op: 'label-pod'; index: number; app: string }
  | { op: 'delete-pod'; index: number }
  | { op: 'wait'; ms: number };

const names = fc.constantFrom('web', 'api');
const apps = fc.constantFrom('a', 'b');
const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({ op: fc.constant('deploy' as const), name: names, app: apps, replicas: fc.integer({ min: 0, max: 4 }) }),
  fc.record({ op: fc.constant('delete-deploy' as const), name: names }),
  fc.record({ op: fc.constant('scale' as const), name: names, replicas: fc.integer({ min: 0, max: 5 }) }),
  fc.record({ op: fc.constant('image' as const), name: names, image: fc.constantFrom('nginx', 'nginx:1.27', 'nginy', 'busybox') }),
  fc.record({ op: fc.constant('service' as const), name: fc.constantFrom('svc-a', 'svc-b'), app: apps }),
  fc.record({ op: fc.constant('delete-service' as const), name: fc.constantFrom('svc-a', 'svc-b') }),
  fc.record({ op: fc.constant('label-pod' as const), index: fc.nat(10), app: apps }),
  fc.record({ op: fc.constant('delete-pod' as const), index: fc.nat(10) }),
  fc.record({ op: fc.constant('wait' as const), ms: fc.integer({ min: 100, max: 20_000 }) }),
);

function apply(c: Cluster, a: Action): void {
  const tryIt = (f: () => void) => {
    try {
      f();
    } catch {
      /* NotFound / AlreadyExists are part of the game */
    }
  };
  switch (a.op) {
    case 'deploy':
      tryIt(() => c.api.create(deployment(a.name, { replicas: a.replicas, labels: { app: a.app }, ports: [{ name: 'http', containerPort: 80 }] })));
      break;
    case 'delete-deploy':
      tryIt(() => c.api.delete(RT.deployment, 'default', a.name));
      break;
    case 'scale':
    case 'image':
      tryIt(() => {
        const d = c.api.get(RT.deployment, 'default', a.name);
        if (a.op === 'scale') d.spec.replicas = a.replicas;
        else d.spec.template.spec.containers[0].image = a.image;
        c.api.update(d);
      });
      break;
    case 'service':
      tryIt(() => c.api.create(service(a.name, { app: a.app }, [{ port: 80, targetPort: 'http' }])));
      break;
    case 'delete-service':
      tryIt(() => c.api.delete(RT.service, 'default', a.name));
      break;
    case 'label-pod':
    case 'delete-pod': {
      const pods = c.store.list('pods', 'default');
      const p = pods[a.index % Math.max(1, pods.length)];
      if (!p) break;
      if (a.op === 'delete-pod') tryIt(() => c.api.delete(RT.pod, 'default', p.metadata.name!));
      else
        tryIt(() => {
          const cur = c.api.get(RT.pod, 'default', p.metadata.name!);
          cur.metadata.labels = { ...(cur.metadata.labels ?? {}), app: a.app };
          c.api.update(cur);
        });
      break;
    }
    case 'wait':
      c.advance(a.ms);
      return;
  }
  c.reconcile();
}

function checkInvariants(c: Cluster): void {
  const pods = c.store.list('pods');
  // No pod IP handed out twice.
  const ips = pods.filter((p) => p.status?.podIP && !p.spec.hostNetwork).map((p) => p.status.podIP);
  expect(new Set(ips).size).toBe(ips.length);
  // Every Service's ready endpoints are exactly the ready, live pods its selector matches.
  for (const svc of c.store.list('services', 'default')) {
    if (!svc.spec.selector) continue;
    const want = pods
      .filter((p) => p.metadata.namespace === 'default' && matchesMapSelector(p.metadata.labels, svc.spec.selector))
      .filter((p) => p.status?.podIP && isPodReady(p) && !p.metadata.deletionTimestamp && p.status.phase === 'Running')
      .map((p) => p.status.podIP)
      .sort();
    const got = c.store
      .list('endpointslices.discovery.k8s.io', 'default')
      .filter((s) => s.metadata.ownerReferences?.some((r) => r.uid === svc.metadata.uid))
      .flatMap((s) => (s.endpoints ?? []).filter((e: any) => e.conditions.ready).map((e: any) => e.addresses[0]))
      .sort();
    expect(got).toEqual(want);
    const legacy = (c.store.get('endpoints', 'default', svc.metadata.name!)?.subsets ?? []).flatMap((s: any) => (s.addresses ?? []).map((a: any) => a.ip)).sort();
    expect(legacy).toEqual(want);
  }
}

describe('controller invariants under random workloads', () => {
  it('keep endpoints in step with ready pods, IPs unique, and snapshots faithful', () => {
    fc.assert(
      fc.property(fc.array(action, { minLength: 1, maxLength: 25 }), (actions) => {
        const c = freshCluster(3);
        // Start from a running app behind a Service so deletions and relabels hit ready endpoints.
        const prelude: Action[] = [
          { op: 'deploy', name: 'web', app: 'a', replicas: 3 },
          { op: 'service', name: 'svc-a', app: 'a' },
          { op: 'wait', ms: 15_000 },
        ];
        for (const a of [...prelude, ...actions]) {
          apply(c, a);
          checkInvariants(c);
        }
        // The CLI keeps state as JSON on disk: restore from a JSON round trip.
        const snap = c.snapshot();
        const r = Cluster.restore(JSON.parse(JSON.stringify(snap)));
        expect(r.snapshot()).toEqual(snap);
        // A restored cluster carries on exactly as the original does.
        c.advance(30_000);
        r.advance(30_000);
        expect(r.snapshot()).toEqual(c.snapshot());
        checkInvariants(c);
      }),
      { numRuns: 40, seed: 20250901 },
    );
  });

  it('gives the same bytes for the same seed and actions', () => {
    const run = () => {
      const c = freshCluster(9);
      for (const a of [
        { op: 'deploy', name: 'web', app: 'a', replicas: 3 },
        { op: 'service', name: 'svc-a', app: 'a' },
        { op: 'wait', ms: 12_000 },
        { op: 'image', name: 'web', image: 'nginx:1.27' },
        { op: 'wait', ms: 30_000 },
        { op: 'delete-pod', index: 1 },
        { op: 'wait', ms: 5_000 },
      ] as Action[])
        apply(c, a);
      return c.snapshot();
    };
    expect(run()).toEqual(run());
  });
});
