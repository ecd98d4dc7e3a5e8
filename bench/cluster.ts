// Figures for the API core: cluster creation, a large apply, listing 1,000 pods, snapshots.

import { createCluster } from '../sandbox/cluster/bootstrap.js';
import { Cluster } from '../sandbox/cluster/cluster.js';
import { DEFAULT_KIND_CONFIG, type KindConfig } from '../sandbox/cluster/config.js';
import { MemoryFs } from '../sandbox/fs/memfs.js';
import { Session } from '../sandbox/shell/session.js';
import type { Bench } from './types.js';

const HOME = '/home/learner';
const sink = { stdout: () => {}, stderr: () => {} };

/** 200 objects: 50 × (Deployment, Service, ConfigMap, Secret), as one multi-document manifest. */
export function manifest200(): string {
  const docs: string[] = [];
  for (let i = 0; i < 50; i++) {
    docs.push(`apiVersion: apps/v1
kind: Deployment
metadata:
  name: app-${i}
spec:
  replicas: 1
  selector:
    matchLabels:
      app: app-${i}
  template:
    metadata:
      labels:
        app: app-${i}
    spec:
      containers:
      - name: web
        image: nginx:1.27
        ports:
        - containerPort: 80`);
    docs.push(`apiVersion: v1
kind: Service
metadata:
  name: app-${i}
spec:
  selector:
    app: app-${i}
  ports:
  - port: 80
    targetPort: 80`);
    docs.push(`apiVersion: v1
kind: ConfigMap
metadata:
  name: app-${i}
data:
  greeting: hello-${i}`);
    docs.push(`apiVersion: v1
kind: Secret
metadata:
  name: app-${i}
stringData:
  token: t-${i}`);
  }
  return docs.join('\n---\n') + '\n';
}

export function bigConfig(workers: number): KindConfig {
  const c = structuredClone(DEFAULT_KIND_CONFIG);
  c.nodes = [{ role: 'control-plane' }, ...Array.from({ length: workers }, () => ({ role: 'worker' as const }))];
  return c;
}

/** A cluster with 1,000 running pods (10 Deployments × 100 replicas over 12 workers). */
export async function thousandPods(): Promise<Cluster> {
  const cluster = createCluster({ seed: 7, config: bigConfig(12) });
  const session = new Session({ cluster, fs: new MemoryFs(), home: HOME, journal: false });
  for (let i = 0; i < 10; i++) {
    await session.run(`kubectl create deployment load-${i} --image=nginx --replicas=${100 - (i === 0 ? 16 : 0)}`, sink);
  }
  cluster.advance(120_000);
  return cluster;
}

export async function suite(): Promise<Bench[]> {
  const m = manifest200();
  const big = await thousandPods();
  const bigSession = new Session({ cluster: big, fs: new MemoryFs(), home: HOME, journal: false });
  return [
    { name: 'create a default cluster', goal: '≤ 20 ms', goalMs: 20, run: () => void createCluster({ seed: 1 }) },
    {
      name: 'apply a 200-object manifest',
      goal: '≤ 50 ms',
      goalMs: 50,
      iterations: 9,
      prepare: () => new Session({ cluster: createCluster({ seed: 1 }), fs: new MemoryFs(), home: HOME, journal: false }),
      run: async (session: Session) => {
        await session.run('kubectl apply -f -', { ...sink, stdin: m });
      },
    },
    {
      name: '`kubectl get pods -A` on 1,000 pods',
      goal: '≤ 30 ms',
      goalMs: 30,
      run: async () => {
        await bigSession.run('kubectl get pods -A', sink);
      },
    },
    {
      name: 'snapshot + restore of the 1,000-pod state',
      goal: '≤ 30 ms',
      goalMs: 30,
      run: () => void Cluster.restore(big.snapshot()),
    },
    {
      name: '… and through JSON (what the CLI writes to disk)',
      goal: '—',
      goalMs: Infinity,
      iterations: 5,
      run: () => void Cluster.restore(JSON.parse(JSON.stringify(big.snapshot()))),
    },
  ];
}
