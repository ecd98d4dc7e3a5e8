// Invariants under random kubectl sessions: endpoints follow ready pods, no address is handed
// out twice, snapshot/restore and journal replay reproduce the cluster exactly.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCluster } from '../../sandbox/cluster/bootstrap.js';
import { Cluster } from '../../sandbox/cluster/cluster.js';
import { matchesMapSelector } from '../../sandbox/api/labels.js';
import { MemoryFs } from '../../sandbox/fs/memfs.js';
import { HOME, originOf, replayJournal } from '../../sandbox/runtime/replay.js';
import { Session } from '../../sandbox/shell/session.js';

const names = ['web', 'api', 'db'];
const name = fc.constantFrom(...names);
const command = fc.oneof(
  fc.tuple(name, fc.integer({ min: 0, max: 4 })).map(([n, r]) => `kubectl create deployment ${n} --image=nginx --replicas=${r}`),
  fc.tuple(name, fc.integer({ min: 0, max: 5 })).map(([n, r]) => `kubectl scale deployment ${n} --replicas=${r}`),
  fc.tuple(name, fc.constantFrom('ClusterIP', 'NodePort', 'LoadBalancer')).map(([n, t]) => `kubectl expose deployment ${n} --port=80 --type=${t}`),
  name.map((n) => `kubectl create service clusterip ${n} --tcp=80:80`),
  fc.tuple(name, fc.constantFrom('a', 'b')).map(([n, v]) => `kubectl label pods -l app=${n} tier=${v} --overwrite`),
  name.map((n) => `kubectl delete deployment ${n}`),
  name.map((n) => `kubectl delete service ${n}`),
  name.map((n) => `kubectl delete pods -l app=${n} --wait=false`),
  fc.integer({ min: 1, max: 40 }).map((s) => `sleep ${s}`),
);

function checkInvariants(c: Cluster): void {
  const pods = c.store.list('pods');
  const podIPs = pods.filter((p) => !p.spec?.hostNetwork && p.status?.podIP).map((p) => p.status.podIP);
  expect(new Set(podIPs).size, 'pod IPs are unique').toBe(podIPs.length);
  const services = c.store.list('services');
  const clusterIPs = services.map((s) => s.spec.clusterIP).filter((ip) => ip && ip !== 'None');
  expect(new Set(clusterIPs).size, 'ClusterIPs are unique').toBe(clusterIPs.length);
  const nodePorts = services.flatMap((s) => (s.spec.ports ?? []).map((p: any) => p.nodePort)).filter(Boolean);
  expect(new Set(nodePorts).size, 'NodePorts are unique').toBe(nodePorts.length);
  for (const svc of services) {
    if (!svc.spec.selector || Object.keys(svc.spec.selector).length === 0) continue;
    const ns = svc.metadata.namespace;
    const want = pods
      .filter((p) => p.metadata.namespace === ns && matchesMapSelector(p.metadata.labels, svc.spec.selector))
      .filter((p) => p.status?.podIP && !p.metadata.deletionTimestamp)
      .filter((p) => (p.status?.conditions ?? []).some((k: any) => k.type === 'Ready' && k.status === 'True'))
      .map((p) => p.status.podIP)
      .sort();
    const slices = c.store.list('endpointslices.discovery.k8s.io', ns).filter((s) => s.metadata.labels?.['kubernetes.io/service-name'] === svc.metadata.name);
    const got = slices
      .flatMap((s) => s.endpoints ?? [])
      .filter((e: any) => e.conditions?.ready)
      .flatMap((e: any) => e.addresses)
      .sort();
    expect(got, `ready endpoints of ${ns}/${svc.metadata.name}`).toEqual(want);
  }
}

describe('cluster invariants under random sessions', () => {
  it('hold after every command, and snapshot/restore/replay are exact', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 12 }), fc.integer({ min: 1, max: 1000 }), async (lines, seed) => {
        const cluster = createCluster({ seed, startTime: Date.UTC(2025, 8, 1, 9, 0, 0) });
        const fs = new MemoryFs();
        fs.mkdir(HOME);
        const session = new Session({ cluster, fs, home: HOME });
        const sink = { stdout: () => {}, stderr: () => {} };
        for (const line of lines) {
          await session.run(line, sink);
          checkInvariants(cluster);
        }
        cluster.advance(60_000);
        checkInvariants(cluster);
        // snapshot → restore → identical state and identical output
        const snap = JSON.stringify(cluster.snapshot());
        const restored = Cluster.restore(JSON.parse(snap));
        expect(JSON.stringify(restored.snapshot())).toBe(snap);
        const out = async (c: Cluster) => {
          let text = '';
          const s = new Session({ cluster: c, fs: new MemoryFs(), home: HOME, journal: false });
          await s.run('kubectl get all -A -o wide', { stdout: (x) => (text += x), stderr: (x) => (text += x) });
          return text;
        };
        expect(await out(restored)).toBe(await out(cluster));
        // replay → identical state (up to the last journaled line)
        const { cluster: replayed, divergences } = await replayJournal(originOf(cluster), cluster.journal);
        expect(divergences).toEqual([]);
        replayed.advanceTo(cluster.now);
        expect(JSON.stringify(replayed.snapshot())).toBe(JSON.stringify(cluster.snapshot()));
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});
