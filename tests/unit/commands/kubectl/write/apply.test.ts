// kubectl apply: created / configured / unchanged, three-way merge semantics, dry runs and
// per-document errors.

import { describe, expect, it } from 'vitest';
import { Harness } from './harness.js';

const SVC = `apiVersion: v1
kind: Service
metadata:
  name: web
  labels:
    app: web
spec:
  selector:
    app: web
  ports:
  - port: 80
    targetPort: 8080
`;

const DEPLOY = (extra = '') => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
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
${extra}`;

describe('kubectl apply', () => {
  it('creates, leaves unchanged, then configures', async () => {
    const h = new Harness().write('svc.yaml', SVC);
    expect(await h.run('kubectl apply -f svc.yaml')).toEqual({ stdout: 'service/web created\n', stderr: '', code: 0 });
    const rv = h.get('services', 'web').metadata.resourceVersion;
    expect(await h.run('kubectl apply -f svc.yaml')).toEqual({ stdout: 'service/web unchanged\n', stderr: '', code: 0 });
    expect(h.get('services', 'web').metadata.resourceVersion).toBe(rv);
    h.write('svc.yaml', SVC.replace('targetPort: 8080', 'targetPort: 9090'));
    expect((await h.run('kubectl apply -f svc.yaml')).stdout).toBe('service/web configured\n');
    expect(h.get('services', 'web').spec.ports[0].targetPort).toBe(9090);
  });

  it('records the last-applied configuration as kubectl does', async () => {
    const h = new Harness().write('svc.yaml', SVC);
    await h.run('kubectl apply -f svc.yaml');
    expect(h.get('services', 'web').metadata.annotations['kubectl.kubernetes.io/last-applied-configuration']).toBe(
      '{"apiVersion":"v1","kind":"Service","metadata":{"annotations":{},"labels":{"app":"web"},"name":"web","namespace":"default"},"spec":{"ports":[{"port":80,"targetPort":8080}],"selector":{"app":"web"}}}\n',
    );
  });

  it('removes fields dropped from the file but keeps what the server allocated', async () => {
    const h = new Harness().write('svc.yaml', SVC);
    await h.run('kubectl apply -f svc.yaml');
    const ip = h.get('services', 'web').spec.clusterIP;
    h.write('svc.yaml', SVC.replace('  labels:\n    app: web\n', ''));
    expect((await h.run('kubectl apply -f svc.yaml')).stdout).toBe('service/web configured\n');
    const svc = h.get('services', 'web');
    expect(svc.metadata.labels).toBeUndefined();
    expect(svc.spec.clusterIP).toBe(ip);
  });

  it('keeps replicas set by kubectl scale when the file has none', async () => {
    const h = new Harness().write('d.yaml', DEPLOY());
    await h.run('kubectl apply -f d.yaml');
    await h.run('kubectl scale deploy web --replicas=4');
    h.write('d.yaml', DEPLOY('        ports:\n        - containerPort: 80\n'));
    expect((await h.run('kubectl apply -f d.yaml')).stdout).toBe('deployment.apps/web configured\n');
    const d = h.get('deployments.apps', 'web');
    expect(d.spec.replicas).toBe(4);
    expect(d.spec.template.spec.containers[0].ports).toEqual([{ containerPort: 80, protocol: 'TCP' }]);
  });

  it('warns when the live object was not created by apply', async () => {
    const h = new Harness().write('svc.yaml', SVC);
    await h.run('kubectl create -f svc.yaml');
    const r = await h.run('kubectl apply -f svc.yaml');
    expect(r.stderr).toBe(
      'Warning: resource services/web is missing the kubectl.kubernetes.io/last-applied-configuration annotation which is required by kubectl apply. kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. The missing annotation will be patched automatically.\n',
    );
    expect(r.stdout).toBe('service/web configured\n');
  });

  it('dry runs change nothing and say so', async () => {
    const h = new Harness().write('svc.yaml', SVC);
    expect((await h.run('kubectl apply -f svc.yaml --dry-run=client')).stdout).toBe('service/web created (dry run)\n');
    expect((await h.run('kubectl apply -f svc.yaml --dry-run=server')).stdout).toBe('service/web created (server dry run)\n');
    expect(h.get('services', 'web')).toBeUndefined();
    expect((await h.run('kubectl apply -f svc.yaml -o name')).stdout).toBe('service/web\n');
    expect((await h.run('kubectl apply -f svc.yaml --dry-run=bogus')).stderr).toBe('error: Invalid dry-run value (bogus). Must be "none", "server", or "client".\n');
  });

  it('reports each failing document and applies the others', async () => {
    const bad = SVC.replace('port: 80', 'port: 0').replace('name: web', 'name: bad');
    const h = new Harness().write('all.yaml', `${bad}---\n${SVC}---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  namespace: nope\nspec:\n  containers:\n  - name: c\n    image: nginx\n`);
    const r = await h.run('kubectl apply -f all.yaml');
    expect(r.stdout).toBe('service/web created\n');
    expect(r.stderr).toBe(
      'The Service "bad" is invalid: spec.ports[0].port: Invalid value: 0: must be between 1 and 65535, inclusive\nError from server (NotFound): error when creating "all.yaml": namespaces "nope" not found\n',
    );
    expect(r.code).toBe(1);
  });

  it('reports strict decoding errors with the file name', async () => {
    const h = new Harness().write('svc.yaml', SVC.replace('targetPort', 'targetPortt'));
    const r = await h.run('kubectl apply -f svc.yaml');
    expect(r).toEqual({
      stdout: '',
      stderr: 'Error from server (BadRequest): error when creating "svc.yaml": Service in version "v1" cannot be handled as a Service: strict decoding error: unknown field "spec.ports[0].targetPortt"\n',
      code: 1,
    });
  });

  it('checks the namespace in the file against -n', async () => {
    const h = new Harness().write('svc.yaml', SVC.replace('  name: web\n', '  name: web\n  namespace: kube-system\n'));
    expect((await h.run('kubectl apply -f svc.yaml -n default')).stderr).toBe(
      `error: the namespace from the provided object "kube-system" does not match the namespace "default". You must pass '--namespace=kube-system' to perform this operation.\n`,
    );
    expect((await h.run('kubectl apply -f svc.yaml')).stdout).toBe('service/web created\n');
    expect(h.get('services', 'web', 'kube-system')).toBeDefined();
  });

  it('needs -f', async () => {
    expect(await h0('kubectl apply')).toEqual({ stdout: '', stderr: 'error: must specify one of -f and -k\n', code: 1 });
  });
});

async function h0(line: string) {
  return new Harness().run(line);
}

describe('errors that reach the dispatcher', () => {
  it('422s read "The <Kind> "<name>" is invalid"', async () => {
    const r = await new Harness().run('kubectl create namespace Bad_Name');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^The Namespace "Bad_Name" is invalid: metadata\.name: Invalid value: "Bad_Name": a lowercase RFC 1123 label must consist of/);
  });
});

describe('kubectl apply --prune', () => {
  const cm = (name: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\n  labels:\n    app: demo\n---\n`;
  it('deletes applied objects that left the files, only with -l or --all', async () => {
    const h = new Harness().write('cms.yaml', cm('a') + cm('b'));
    await h.run('kubectl apply -f cms.yaml');
    await h.run('kubectl create configmap manual --from-literal=x=1');
    await h.run('kubectl label cm manual app=demo');
    h.write('cms.yaml', cm('a'));
    expect((await h.run('kubectl apply -f cms.yaml --prune')).stderr).toBe(
      'error: all resources selected for prune without explicitly passing --all. To prune all resources, pass the --all flag. If you did not mean to prune all resources, specify a label selector\n',
    );
    expect(await h.run('kubectl apply -f cms.yaml --prune -l app=demo')).toEqual({ stdout: 'configmap/a unchanged\nconfigmap/b pruned\n', stderr: '', code: 0 });
    expect(h.get('configmaps', 'b')).toBeUndefined();
    expect(h.get('configmaps', 'manual')).toBeDefined();
  });
});

describe('kubectl apply view-last-applied', () => {
  it('prints the recorded configuration as YAML or JSON', async () => {
    const h = new Harness().write('svc.yaml', SVC);
    await h.run('kubectl apply -f svc.yaml');
    expect((await h.run('kubectl apply view-last-applied svc/web')).stdout).toBe(
      'apiVersion: v1\nkind: Service\nmetadata:\n  annotations: {}\n  labels:\n    app: web\n  name: web\n  namespace: default\nspec:\n  ports:\n  - port: 80\n    targetPort: 8080\n  selector:\n    app: web\n',
    );
    expect(JSON.parse((await h.run('kubectl apply view-last-applied -f svc.yaml -o json')).stdout).kind).toBe('Service');
    await h.run('kubectl create configmap plain');
    expect((await h.run('kubectl apply view-last-applied cm/plain')).stderr).toBe('error: no last-applied-configuration annotation found on resource: plain\n');
  });
});

describe('kubectl apply: names', () => {
  it('refuses generateName and a missing name with kubectl wording', async () => {
    const h = new Harness().write('g.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  generateName: x-\n').write('n.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata: {}\n');
    expect((await h.run('kubectl apply -f g.yaml')).stderr).toBe('error: from g.yaml: cannot use generate name with apply\n');
    expect((await h.run('kubectl apply -f n.yaml')).stderr).toBe(
      'error: error when retrieving current configuration of:\nResource: "/v1, Resource=configmaps", GroupVersionKind: "/v1, Kind=ConfigMap"\nName: "", Namespace: "default"\nfrom server for: "n.yaml": resource name may not be empty\n',
    );
  });
});
