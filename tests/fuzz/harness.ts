// Fuzz harness: one settled cluster with a few learner objects, restored fresh for every generated line,
// and a fingerprint of its objects to tell whether a command changed anything.

import { createCluster } from '../../sandbox/cluster/bootstrap.js';
import { Cluster, type ClusterState } from '../../sandbox/cluster/cluster.js';
import { MemoryFs } from '../../sandbox/fs/memfs.js';
import { Session } from '../../sandbox/shell/session.js';

export const HOME = '/home/learner';

export const WEB_DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels:
    app: web
spec:
  replicas: 2
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
      - name: nginx
        image: nginx:1.27
        ports:
        - containerPort: 80
          name: http
`;

export const WEB_SERVICE = `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  type: NodePort
  selector:
    app: web
  ports:
  - name: http
    port: 80
    targetPort: http
`;

let base: ClusterState | undefined;

/** A kind cluster with deployment/service `web`, configmap `cfg`, namespace `team-a`, all settled. */
export async function baseState(): Promise<ClusterState> {
  if (base) return base;
  const cluster = createCluster({ seed: 11 });
  const { run } = open(cluster);
  for (const line of ['kubectl create namespace team-a', 'kubectl create configmap cfg --from-literal=a=b', 'kubectl apply -f web.yaml', 'kubectl apply -f svc.yaml', 'sleep 30']) {
    const r = await run(line);
    if (r.exit !== 0) throw new Error(`setup failed: ${line}: ${r.stderr}`);
  }
  cluster.journal.length = 0;
  base = cluster.snapshot();
  return base;
}

export interface Run {
  stdout: string;
  stderr: string;
  exit: number;
}

export function open(cluster: Cluster) {
  const fs = new MemoryFs();
  fs.mkdir(HOME, true);
  fs.write(`${HOME}/web.yaml`, WEB_DEPLOYMENT);
  fs.write(`${HOME}/svc.yaml`, WEB_SERVICE);
  const session = new Session({ cluster, fs, home: HOME, cwd: HOME });
  const run = async (line: string, stdin?: string): Promise<Run> => {
    let stdout = '';
    let stderr = '';
    const exit = await session.run(line, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), ...(stdin !== undefined ? { stdin } : {}) });
    return { stdout, stderr, exit };
  };
  return { fs, session, run };
}

/** The objects of a cluster, minus what merely passing time changes (node heartbeats). */
export function fingerprint(c: Cluster): string {
  const snap = c.store.snapshot();
  const out: Record<string, unknown> = {};
  for (const [res, objs] of Object.entries(snap)) {
    if (res === 'events') continue;
    out[res] = objs.map((o) => (res === 'nodes' ? { ...o, metadata: { ...o.metadata, resourceVersion: undefined }, status: undefined } : o));
  }
  return JSON.stringify(out);
}

/** Single-quotes a word for the shell. */
export function quote(w: string): string {
  return `'${w.replace(/'/g, `'\\''`)}'`;
}

/**
 * Crashes already reported and pinned by an `it.fails` test elsewhere; the fuzzers step over them so they
 * can keep looking for new ones. Remove an entry once its bug is fixed.
 */
export const KNOWN_CRASHES: RegExp[] = [];

/** Fails on what must never reach a learner: a crash of the simulator itself. */
export function assertNoCrash(r: Run, line: string): void {
  if (KNOWN_CRASHES.some((k) => k.test(r.stderr))) return;
  if (/internal error|TypeError|ReferenceError|undefined is not|Cannot read prop|\[object Object\]/.test(r.stderr + r.stdout))
    throw new Error(`crash on ${JSON.stringify(line)}:\n${r.stderr}${r.stdout}`);
}
