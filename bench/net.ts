// Figures for the dataplane: kube-proxy rule sync (full and incremental), iptables-save of a
// large node, and a DNS lookup that walks the search list before being forwarded.

import type { KubeObject } from '../sandbox/api/types.js';
import { loadCorefile } from '../sandbox/net/dns/config.js';
import { KIND_COREFILE } from '../sandbox/net/dns/corefile.js';
import { KubeData } from '../sandbox/net/dns/kubedata.js';
import { parseResolvConf } from '../sandbox/net/dns/resolvconf.js';
import { resolve } from '../sandbox/net/dns/resolver.js';
import { serveDns, type DnsEnv } from '../sandbox/net/dns/server.js';
import { reply } from '../sandbox/net/dns/types.js';
import { iptablesSave } from '../sandbox/net/iptables/save.js';
import { Proxier } from '../sandbox/net/kube-proxy/proxier.js';
import type { Bench } from './types.js';

function ip(base: number, i: number): string {
  const n = base + i;
  return `${(n >>> 24) & 255}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}`;
}

/** n Services with k ready endpoints each, spread over three nodes, as objects from the store. */
export function serviceFleet(n: number, k: number): { services: KubeObject[]; slices: KubeObject[] } {
  const services: KubeObject[] = [], slices: KubeObject[] = [];
  for (let i = 0; i < n; i++) {
    const name = `svc-${i}`;
    services.push({
      apiVersion: 'v1', kind: 'Service',
      metadata: { name, namespace: 'default', uid: `uid-svc-${i}`, resourceVersion: String(1000 + i) },
      spec: { type: i % 10 === 0 ? 'NodePort' : 'ClusterIP', clusterIP: ip(0x0a600000 + 100, i), ports: [{ name: 'http', port: 80, targetPort: 8080, protocol: 'TCP', nodePort: 30000 + (i % 2768) }] },
    });
    slices.push({
      apiVersion: 'discovery.k8s.io/v1', kind: 'EndpointSlice', addressType: 'IPv4',
      metadata: { name: `${name}-abcde`, namespace: 'default', uid: `uid-eps-${i}`, resourceVersion: String(50000 + i), labels: { 'kubernetes.io/service-name': name } },
      endpoints: Array.from({ length: k }, (_, j) => ({ addresses: [ip(0x0af40000 + 2, i * k + j)], conditions: { ready: true, serving: true, terminating: false }, nodeName: `kind-worker${j % 3 || ''}` })),
      ports: [{ name: 'http', port: 8080, protocol: 'TCP' }],
    });
  }
  return { services, slices };
}

const config = { nodeName: 'kind-worker', clusterCIDR: '10.244.0.0/16', nodeIPs: ['172.18.0.3'] };

function fullRebuild(n: number, k: number, warmups: number): () => void {
  const { services, slices } = serviceFleet(n, k);
  const run = () => {
    new Proxier(config).sync(services, slices);
  };
  for (let i = 0; i < warmups; i++) run();
  return run;
}

function oneEndpointChange(): () => void {
  const { services, slices } = serviceFleet(1000, 5);
  const proxier = new Proxier(config);
  proxier.sync(services, slices);
  let rv = 900000;
  const step = () => {
    const i = rv % slices.length;
    const s = structuredClone(slices[i]!);
    s.metadata.resourceVersion = String(++rv);
    s.endpoints[0].conditions.ready = !s.endpoints[0].conditions.ready;
    slices[i] = s;
    proxier.sync(services, slices);
  };
  // A running cluster syncs on every change: measure that steady state, not the first few
  // interpreted runs (the runner's single warm-up would not get the JIT there).
  for (let i = 0; i < 300; i++) step();
  return step;
}

function saveLargeNode(): () => void {
  const { services, slices } = serviceFleet(1000, 5);
  const rs = new Proxier(config).sync(services, slices);
  const run = () => {
    iptablesSave(rs, { now: 0 });
  };
  for (let i = 0; i < 3; i++) run();
  return run;
}

function dnsLookup(): () => void {
  const { services, slices } = serviceFleet(1000, 2);
  const env: DnsEnv = {
    servers: loadCorefile(KIND_COREFILE),
    data: new KubeData({ services, endpointSlices: slices }),
    resolvConf: { nameservers: ['172.18.0.1'] },
    upstream: (_s, q) => {
      const m = reply(q);
      m.recursionAvailable = true;
      if (q.name === 'example.com.' && q.type === 'A') m.answer = [{ name: q.name, ttl: 300, type: 'A', address: '93.184.215.14' }];
      return m;
    },
  };
  const rc = parseResolvConf('search default.svc.cluster.local svc.cluster.local cluster.local\nnameserver 10.96.0.10\noptions ndots:5\n');
  return () => {
    resolve('example.com', rc, 'glibc', (_server, name, type) => serveDns(env, { name, type }));
  };
}

/** Builds the benchmark's state on first run (the runner's warm-up), not at import. */
function lazy(make: () => () => void): () => void {
  let run: (() => void) | undefined;
  return () => (run ??= make())();
}

export const benches: Bench[] = [
  { name: 'kube-proxy full sync, 1,000 Services × 5 endpoints', goal: '≤ 50 ms', goalMs: 50, run: lazy(() => fullRebuild(1000, 5, 5)) },
  { name: 'kube-proxy sync after one endpoint change (1,000 × 5)', goal: '≤ 2 ms', goalMs: 2, run: lazy(oneEndpointChange), iterations: 50 },
  { name: 'kube-proxy full sync, 10,000 Services × 2 endpoints', goal: '≤ 500 ms', goalMs: 500, run: lazy(() => fullRebuild(10000, 2, 1)), iterations: 5 },
  { name: 'iptables-save of a node with 1,000 Services × 5 endpoints', goal: '≤ 50 ms', goalMs: 50, run: lazy(saveLargeNode) },
  { name: 'DNS: `curl example.com` lookup through the search list (glibc, kind Corefile)', goal: '≤ 1 ms', goalMs: 1, run: lazy(dnsLookup), iterations: 200 },
];
