// Fuzz: any argument soup given to the write verbs ends with an exit status and a message,
// never an uncaught exception.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCluster } from '../../../../../sandbox/cluster/bootstrap.js';
import { Harness } from './harness.js';

const VERBS = ['apply', 'create', 'delete', 'label', 'annotate', 'scale', 'patch', 'replace', 'run', 'expose', 'set', 'rollout', 'wait', 'logs', 'exec', 'attach', 'edit', 'debug', 'cordon', 'uncordon', 'taint', 'drain'];
const WORDS = [
  'pod', 'pods', 'po/web', 'deploy', 'deploy/web', 'web', 'svc', 'svc/web', 'cm', 'node/kind-worker', 'nodes', 'deployment', 'service', 'clusterip', 'nodeport', 'configmap', 'secret', 'generic', 'tls', 'namespace',
  'ingress', 'image', 'env', 'status', 'undo', 'history', 'restart', 'pause', 'resume', 'view-last-applied', 'a=b', 'a-', 'web=nginx', 'key=v:NoSchedule', 'key-',
  '-f', 'app.yaml', '-', '-l', 'app=web', '--all', '-A', '-o', 'yaml', 'json', 'name', 'wide', '--dry-run=client', '--dry-run=server', '--replicas=2', '--replicas=-1',
  '--image=nginx', '--port=80', '--tcp=80:8080', '--type=json', '--type=merge', '-p', '{"spec":{}}', '[{"op":"remove","path":"/x"}]', '--for=delete', '--for=condition=Ready',
  "--for=jsonpath={.status.phase}=Running", '--timeout=1s', '--force', '--grace-period=0', '--overwrite', '-it', '-i', '--rm', '--', 'sh', 'ls', '-c', 'nope', '--tail=1', '--previous', '--from-literal=a=1', '--rule=h/p=s:80',
];

describe('fuzz: kubectl write verbs', () => {
  it.each([false, true])('never throw (kind cluster: %s)', async (kind) => {
    const h = new Harness();
    if (kind) h.cluster = createCluster({ seed: 11 });
    h.write('app.yaml', 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  labels:\n    app: web\nspec:\n  containers:\n  - name: web\n    image: nginx\n');
    await h.run('kubectl apply -f app.yaml');
    await h.run('kubectl create deployment web --image=nginx --port=80');
    await h.run('kubectl expose deploy web');
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...VERBS), fc.array(fc.constantFrom(...WORDS), { maxLength: 6 }), async (verb, args) => {
        const r = await h.run(['kubectl', verb, ...args]);
        expect(Number.isInteger(r.code)).toBe(true);
        if (r.code !== 0) expect(r.stderr.length).toBeGreaterThan(0);
      }),
      { numRuns: kind ? 300 : 1500 },
    );
  }, 60000);
});
