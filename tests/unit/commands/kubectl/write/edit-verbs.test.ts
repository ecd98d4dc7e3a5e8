// label, annotate, scale, patch and replace: messages, errors and exit codes.

import { beforeEach, describe, expect, it } from 'vitest';
import { Harness } from './harness.js';

const DEPLOY = `apiVersion: apps/v1
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
      - name: web
        image: nginx:1.27
        ports:
        - containerPort: 80
`;

let h: Harness;
beforeEach(async () => {
  h = new Harness();
  h.write('web.yaml', DEPLOY);
  expect((await h.run('kubectl apply -f web.yaml')).code).toBe(0);
});

describe('kubectl label / annotate', () => {
  it('adds, refuses to overwrite, overwrites and removes labels', async () => {
    expect(await h.run('kubectl label deploy web tier=front')).toEqual({ stdout: 'deployment.apps/web labeled\n', stderr: '', code: 0 });
    expect(h.get('deployments.apps', 'web').metadata.labels).toEqual({ app: 'web', tier: 'front' });
    expect(await h.run('kubectl label deploy web tier=back')).toEqual({ stdout: '', stderr: "error: 'tier' already has a value (front), and --overwrite is false\n", code: 1 });
    expect((await h.run('kubectl label deploy web tier=back --overwrite')).stdout).toBe('deployment.apps/web labeled\n');
    expect((await h.run('kubectl label deploy/web tier=back')).stdout).toBe('deployment.apps/web not labeled\n');
    expect((await h.run('kubectl label deploy web tier-')).stdout).toBe('deployment.apps/web unlabeled\n');
    expect(h.get('deployments.apps', 'web').metadata.labels).toEqual({ app: 'web' });
  });

  it('rejects bad values and missing updates with kubectl wording', async () => {
    const bad = await h.run(['kubectl', 'label', 'deploy', 'web', 'app=Bad Value']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^error: invalid label value: "app=Bad Value": a valid label must be an empty string/);
    expect((await h.run('kubectl label deploy web')).stderr).toBe('error: at least one label update is required\n');
    expect((await h.run('kubectl label deploy nosuch a=b')).stderr).toBe('Error from server (NotFound): deployments.apps "nosuch" not found\n');
  });

  it('annotates and reports overwrite conflicts', async () => {
    expect((await h.run('kubectl annotate deploy web owner=team-a')).stdout).toBe('deployment.apps/web annotated\n');
    expect((await h.run('kubectl annotate deploy web owner=team-b')).stderr).toBe("error: --overwrite is false but found the following declared annotation(s): 'owner' already has a value (team-a)\n");
  });
});

describe('kubectl scale', () => {
  it('scales and checks --current-replicas', async () => {
    expect(await h.run('kubectl scale deploy web --replicas=5')).toEqual({ stdout: 'deployment.apps/web scaled\n', stderr: '', code: 0 });
    expect(h.get('deployments.apps', 'web').spec.replicas).toBe(5);
    expect(await h.run('kubectl scale deploy web --current-replicas=2 --replicas=3')).toEqual({ stdout: '', stderr: 'error: Expected replicas to be 2, was 5\n', code: 1 });
    expect((await h.run('kubectl scale deploy web')).stderr).toMatch(/run\.go:72\] "command failed" err="required flag\(s\) \\"replicas\\" not set"\n$/);
  });
});

describe('kubectl patch', () => {
  it('strategic merge patches containers by name and reports no-change', async () => {
    const p = '{"spec":{"template":{"spec":{"containers":[{"name":"web","image":"nginx:1.28"}]}}}}';
    expect(await h.run(['kubectl', 'patch', 'deployment', 'web', '-p', p])).toEqual({ stdout: 'deployment.apps/web patched\n', stderr: '', code: 0 });
    const c = h.get('deployments.apps', 'web').spec.template.spec.containers;
    expect(c).toHaveLength(1);
    expect(c[0]).toMatchObject({ name: 'web', image: 'nginx:1.28', ports: [{ containerPort: 80 }] });
    expect((await h.run(['kubectl', 'patch', 'deployment', 'web', '-p', p])).stdout).toBe('deployment.apps/web patched (no change)\n');
  });

  it('merge patch replaces lists; JSON patch edits by path', async () => {
    await h.run(['kubectl', 'patch', 'deploy', 'web', '--type=merge', '-p', '{"spec":{"template":{"spec":{"containers":[{"name":"c","image":"busybox"}]}}}}']);
    const c = h.get('deployments.apps', 'web').spec.template.spec.containers;
    expect(c.map((x: any) => [x.name, x.image, x.ports])).toEqual([['c', 'busybox', undefined]]);
    expect((await h.run(['kubectl', 'patch', 'deploy', 'web', '--type=json', '-p', '[{"op":"replace","path":"/spec/replicas","value":4}]'])).stdout).toBe('deployment.apps/web patched\n');
    expect(h.get('deployments.apps', 'web').spec.replicas).toBe(4);
    const bad = await h.run(['kubectl', 'patch', 'deploy', 'web', '--type=json', '-p', '{"op":"add"}']);
    expect(bad).toEqual({ stdout: '', stderr: 'Error from server (BadRequest): json: cannot unmarshal object into Go value of type jsonpatch.Patch\n', code: 1 });
  });

  it('requires a patch', async () => {
    expect((await h.run('kubectl patch deploy web')).stderr).toBe('error: must specify --patch or --patch-file containing the contents of the patch\n');
  });
});

describe('kubectl replace', () => {
  it('replaces, and fails with the file name when the object is gone', async () => {
    h.write('web.yaml', DEPLOY.replace('replicas: 2', 'replicas: 7'));
    expect(await h.run('kubectl replace -f web.yaml')).toEqual({ stdout: 'deployment.apps/web replaced\n', stderr: '', code: 0 });
    expect(h.get('deployments.apps', 'web').spec.replicas).toBe(7);
    await h.run('kubectl delete deploy web');
    expect(await h.run('kubectl replace -f web.yaml')).toEqual({ stdout: '', stderr: 'Error from server (NotFound): error when replacing "web.yaml": deployments.apps "web" not found\n', code: 1 });
  });
});
