// The connection engine as a truth table: from (pod, node, workstation) × to (Service name,
// ClusterIP, pod IP, NodePort) → outcome, plus SNAT as the server sees it and load spread.

import { beforeAll, describe, expect, it } from 'vitest';
import { connect, nodeSource, podSource, workstationSource, type Source } from '../../../../sandbox/net/connect/index.js';
import type { Cluster } from '../../../../sandbox/cluster/cluster.js';
import type { KubeObject } from '../../../../sandbox/api/types.js';
import { workstation } from '../../../scenarios/harness.js';
import { resolveResource } from '../../../../sandbox/api/resources.js';

let cluster: Cluster;
let web: KubeObject[];
let svcIP: string;
let nodePort: number;
let client: Source;

beforeAll(async () => {
  const w = workstation(11);
  await w.sh('kubectl create deployment web --image=nginx:1.27 --replicas=2');
  await w.sh('kubectl expose deployment web --port=80');
  await w.sh('kubectl expose deployment web --name=web-np --type=NodePort --port=80');
  await w.sh('kubectl run client --image=curlimages/curl --command -- sleep infinity');
  await w.sh('kubectl wait --for=condition=Ready pod --all --timeout=120s');
  cluster = w.cluster;
  web = cluster.store.list('pods', 'default').filter((p) => p.metadata.labels?.app === 'web');
  svcIP = cluster.store.get('services', 'default', 'web')!.spec.clusterIP;
  nodePort = cluster.store.get('services', 'default', 'web-np')!.spec.ports[0].nodePort;
  client = podSource(cluster, cluster.store.get('pods', 'default', 'client')!);
});

const tcp = (host: string, port = 80) => ({ host, port, proto: 'tcp' as const });

describe('truth table', () => {
  it('from a pod', () => {
    const cases: [string, number, string][] = [
      ['web', 80, 'connected'],
      ['web.default', 80, 'connected'],
      ['web.default.svc.cluster.local', 80, 'connected'],
      [svcIP, 80, 'connected'],
      [web[0]!.status.podIP, 80, 'connected'],
      [web[0]!.status.podIP, 8080, 'refused'],
      ['nosuch', 80, 'nxdomain'],
      ['example.com', 80, 'servfail'],
    ];
    for (const [host, port, want] of cases) expect([host, port, connect(cluster, client, tcp(host, port), { timeoutMs: 1000 }).outcome]).toEqual([host, port, want]);
  });
  it('from the workstation: node IPs and NodePorts only', () => {
    const ws = workstationSource();
    const cases: [string, number, string][] = [
      ['172.18.0.3', nodePort, 'connected'],
      ['172.18.0.2', nodePort, 'connected'],
      [svcIP, 80, 'timeout'],
      [web[0]!.status.podIP, 80, 'timeout'],
      ['172.18.0.3', 80, 'refused'],
      ['web', 80, 'nxdomain'],
      ['example.com', 80, 'servfail'],
    ];
    for (const [host, port, want] of cases) expect([host, port, connect(cluster, ws, tcp(host, port), { timeoutMs: 1000 }).outcome]).toEqual([host, port, want]);
  });
});

describe('what the server sees', () => {
  it('a pod keeps its own address through a ClusterIP (no SNAT between pods)', () => {
    const r = connect(cluster, client, tcp('web'));
    expect(r.delivery!.clientIP).toBe(client.ip);
    expect(r.delivery!.dnat).toMatch(/^10\.244\.\d+\.\d+:80$/);
    expect(r.trace.some((l) => l.includes('-j KUBE-SVC-'))).toBe(true);
  });
  it('a node is masqueraded: the server sees the node IP (or its pod gateway on the same node)', () => {
    const node = cluster.store.get('nodes', undefined, 'kind-worker')!;
    for (let i = 0; i < 6; i++) {
      const r = connect(cluster, nodeSource(node), tcp(svcIP));
      const same = r.delivery!.pod!.spec.nodeName === 'kind-worker';
      expect(r.delivery!.clientIP).toBe(same ? '10.244.1.1' : '172.18.0.3');
    }
  });
  it('hairpin: a pod reaching itself through its Service is masqueraded to its node gateway', () => {
    const self = podSource(cluster, web[0]!);
    const gw = web[0]!.status.podIP.replace(/\.\d+$/, '.1');
    let hits = 0;
    for (let i = 0; i < 20; i++) {
      const d = connect(cluster, self, tcp(svcIP)).delivery!;
      if (d.pod!.metadata.name === web[0]!.metadata.name) {
        hits++;
        expect(d.clientIP).toBe(gw);
        expect(d.hits.some((h) => h.chain.startsWith('KUBE-SEP-') && h.rule.includes('-j KUBE-MARK-MASQ'))).toBe(true);
      } else expect(d.clientIP).toBe(self.ip);
    }
    expect(hits).toBeGreaterThan(0);
  });
  it('NodePort traffic from outside is masqueraded (externalTrafficPolicy Cluster)', () => {
    const r = connect(cluster, workstationSource(), tcp('172.18.0.3', nodePort));
    expect(['172.18.0.3', '10.244.1.1']).toContain(r.delivery!.clientIP);
  });
});

describe('load spread and time', () => {
  it('kube-proxy spreads connections over both endpoints', () => {
    const seen = new Map<string, number>();
    for (let i = 0; i < 200; i++) {
      const name = connect(cluster, client, tcp(svcIP)).delivery!.pod!.metadata.name!;
      seen.set(name, (seen.get(name) ?? 0) + 1);
    }
    expect([...seen.keys()].sort()).toEqual(web.map((p) => p.metadata.name).sort());
    for (const n of seen.values()) expect(n).toBeGreaterThan(60);
  });
  it('a timeout moves the cluster clock by the client timeout, a refusal does not', () => {
    let t = cluster.now;
    expect(connect(cluster, client, tcp('web', 81), { timeoutMs: 5000 }).outcome).toBe('timeout');
    expect(cluster.now - t).toBeGreaterThanOrEqual(5000);
    t = cluster.now;
    expect(connect(cluster, client, tcp(svcIP, 81)).elapsedMs).toBeGreaterThanOrEqual(130_000);
    expect(cluster.now - t).toBeGreaterThanOrEqual(130_000);
    t = cluster.now;
    connect(cluster, client, tcp(web[0]!.status.podIP, 8080));
    expect(cluster.now - t).toBeLessThan(10);
  });
});

describe('without kube-proxy', () => {
  it('a cluster with kubeProxyMode none has no Service rules: ClusterIPs go unanswered, pod IPs work', async () => {
    const { createCluster } = await import('../../../../sandbox/cluster/bootstrap.js');
    const { DEFAULT_KIND_CONFIG } = await import('../../../../sandbox/cluster/config.js');
    const { MemoryFs } = await import('../../../../sandbox/fs/memfs.js');
    const { Session } = await import('../../../../sandbox/shell/session.js');
    const config = structuredClone(DEFAULT_KIND_CONFIG);
    config.networking.kubeProxyMode = 'none';
    const c = createCluster({ seed: 2, config });
    const s = new Session({ cluster: c, fs: new MemoryFs(), home: '/root' });
    const run = (l: string) => s.run(l, { stdout: () => {}, stderr: () => {} });
    await run('kubectl create deployment web --image=nginx');
    await run('kubectl expose deployment web --port=80');
    await run('kubectl run client --image=curlimages/curl --command -- sleep infinity');
    await run('kubectl wait --for=condition=Ready pod --all --timeout=60s');
    const src = podSource(c, c.store.get('pods', 'default', 'client')!);
    const ip = c.store.get('services', 'default', 'web')!.spec.clusterIP;
    const pod = c.store.list('pods', 'default').find((p) => p.metadata.labels?.app === 'web')!;
    expect(connect(c, src, tcp(ip), { timeoutMs: 1000 }).outcome).toBe('timeout');
    expect(connect(c, src, tcp(pod.status.podIP), { timeoutMs: 1000 }).outcome).toBe('connected');
  });
});

describe('LoadBalancer addresses', () => {
  it('the workstation reaches a LoadBalancer IP once one is assigned (kube-proxy rules for it on the node)', async () => {
    const w = workstation(4);
    await w.sh('kubectl create deployment web --image=nginx');
    await w.sh('kubectl expose deployment web --type=LoadBalancer --port=80');
    await w.sh('kubectl wait --for=condition=Ready pod --all --timeout=60s');
    const c = w.cluster;
    // What cloud-provider-kind would write.
    c.api.updateStatus(resolveResource('services')!, 'default', 'web', { loadBalancer: { ingress: [{ ip: '172.18.0.100', ipMode: 'VIP' }] } });
    expect(connect(c, workstationSource(), tcp('172.18.0.100'), { timeoutMs: 1000 }).outcome).toBe('connected');
    expect(connect(c, workstationSource(), tcp('172.18.0.101'), { timeoutMs: 1000 }).outcome).toBe('timeout');
  });
});
