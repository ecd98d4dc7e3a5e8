// Shared fixtures for controller tests: a settled kind cluster (built once, restored per test)
// and small manifest builders.

import { Cluster } from '../../../sandbox/cluster/cluster.js';
import { createCluster } from '../../../sandbox/cluster/bootstrap.js';
import type { KubeObject } from '../../../sandbox/api/types.js';
import type { KindConfig } from '../../../sandbox/cluster/config.js';

const cache = new Map<string, ReturnType<Cluster['snapshot']>>();

export function freshCluster(seed = 1, config?: KindConfig): Cluster {
  const key = `${seed}:${JSON.stringify(config ?? null)}`;
  let snap = cache.get(key);
  if (!snap) cache.set(key, (snap = createCluster({ seed, ...(config ? { config } : {}) }).snapshot()));
  return Cluster.restore(snap);
}

export function deployment(name: string, opts: { replicas?: number; image?: string; strategy?: any; labels?: Record<string, string>; ports?: any[]; ns?: string } = {}): KubeObject {
  const labels = opts.labels ?? { app: name };
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace: opts.ns ?? 'default', labels },
    spec: {
      replicas: opts.replicas ?? 3,
      selector: { matchLabels: labels },
      ...(opts.strategy ? { strategy: opts.strategy } : {}),
      template: {
        metadata: { labels },
        spec: { containers: [{ name: 'nginx', image: opts.image ?? 'nginx', ...(opts.ports ? { ports: opts.ports } : {}) }] },
      },
    },
  };
}

export function service(name: string, selector: Record<string, string>, ports: any[] = [{ port: 80, targetPort: 80 }], ns = 'default'): KubeObject {
  return { apiVersion: 'v1', kind: 'Service', metadata: { name, namespace: ns }, spec: { selector, ports } };
}

export function pod(name: string, spec: any, labels: Record<string, string> = {}, ns = 'default'): KubeObject {
  return { apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: ns, labels }, spec };
}

export function events(c: Cluster, ns: string, name?: string): string[] {
  return c.store
    .list('events', ns)
    .filter((e) => !name || e.involvedObject.name === name)
    .sort((a, b) => (a.firstTimestamp < b.firstTimestamp ? -1 : a.firstTimestamp > b.firstTimestamp ? 1 : Number(a.metadata.resourceVersion) - Number(b.metadata.resourceVersion)))
    .map((e) => `${e.type} ${e.reason} ${e.message}`);
}

export const podsOf = (c: Cluster, ns = 'default') => c.store.list('pods', ns);
