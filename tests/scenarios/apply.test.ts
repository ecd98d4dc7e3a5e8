// Tutorial: declarative management with kubectl apply — files, heredocs, created/configured/unchanged, removed fields.

import { describe, expect, it } from 'vitest';
import { err, ok, workstation } from './harness.js';

const WEB = `apiVersion: apps/v1
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
---
apiVersion: v1
kind: Service
metadata:
  name: web
  annotations:
    team: blue
spec:
  selector:
    app: web
  ports:
  - port: 80
    targetPort: 80
`;

describe('kubectl apply', () => {
  it('creates, leaves unchanged, configures, and drops a field removed from the file', async () => {
    const { sh, write, cluster } = workstation();
    write('web.yaml', WEB);
    expect(await sh('kubectl apply -f web.yaml')).toEqual(ok('deployment.apps/web created\nservice/web created\n'));
    expect(await sh('kubectl apply -f web.yaml')).toEqual(ok('deployment.apps/web unchanged\nservice/web unchanged\n'));
    expect(await sh("sed -i 's/replicas: 2/replicas: 3/' web.yaml && kubectl apply -f web.yaml")).toEqual(ok('deployment.apps/web configured\nservice/web unchanged\n'));
    expect(await sh('kubectl get deploy web -o jsonpath={.spec.replicas}')).toEqual(ok('3'));
    expect(await sh("kubectl get svc web -o jsonpath='{.metadata.annotations.team}'")).toEqual(ok('blue'));

    expect(await sh("sed -i '/annotations:/d; /team: blue/d' web.yaml && kubectl apply -f web.yaml")).toEqual(ok('deployment.apps/web unchanged\nservice/web configured\n'));
    expect(await sh("kubectl get svc web -o jsonpath='{.metadata.annotations}'")).toEqual(
      ok(
        '{"kubectl.kubernetes.io/last-applied-configuration":"{\\"apiVersion\\":\\"v1\\",\\"kind\\":\\"Service\\",\\"metadata\\":{\\"annotations\\":{},\\"name\\":\\"web\\",\\"namespace\\":\\"default\\"},\\"spec\\":{\\"ports\\":[{\\"port\\":80,\\"targetPort\\":80}],\\"selector\\":{\\"app\\":\\"web\\"}}}\\n"}',
      ),
    );
    const svc = await sh('kubectl get svc web -o yaml');
    expect(svc.stdout).toMatch(
      /^apiVersion: v1\nkind: Service\nmetadata:\n {2}annotations:\n {4}kubectl\.kubernetes\.io\/last-applied-configuration: \|\n {6}\{"apiVersion":"v1",.*\}\n {2}creationTimestamp: "2025-09-01T09:01:15Z"\n {2}name: web\n {2}namespace: default\n {2}resourceVersion: "\d+"\n {2}uid: [0-9a-f-]{36}\nspec:\n {2}clusterIP: (10\.96\.\d+\.\d+)\n {2}clusterIPs:\n {2}- \1\n {2}internalTrafficPolicy: Cluster\n {2}ipFamilies:\n {2}- IPv4\n {2}ipFamilyPolicy: SingleStack\n {2}ports:\n {2}- port: 80\n {4}protocol: TCP\n {4}targetPort: 80\n {2}selector:\n {4}app: web\n {2}sessionAffinity: None\n {2}type: ClusterIP\nstatus:\n {2}loadBalancer: \{\}\n$/,
    );
    // Removing a container port from the file removes it from the object (three-way merge).
    write('web.yaml', WEB.replace(/replicas: 2/, 'replicas: 3').replace('        ports:\n        - containerPort: 80\n', '').replace(/ {2}annotations:\n {4}team: blue\n/, ''));
    expect(await sh('kubectl apply -f web.yaml')).toEqual(ok('deployment.apps/web configured\nservice/web unchanged\n'));
    expect(cluster.store.get('deployments.apps', 'default', 'web')!.spec.template.spec.containers[0].ports).toBeUndefined();
  });

  it('reads a heredoc from stdin, and create -f refuses what exists', async () => {
    const { sh, write } = workstation();
    const heredoc = `cat <<EOF | kubectl apply -f -
apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
data:
  color: blue
EOF`;
    expect(await sh(heredoc)).toEqual(ok('configmap/settings created\n'));
    expect(await sh(heredoc)).toEqual(ok('configmap/settings unchanged\n'));
    expect(await sh(heredoc.replace('blue', 'green'))).toEqual(ok('configmap/settings configured\n'));
    expect(await sh('kubectl get cm settings -o jsonpath={.data.color}')).toEqual(ok('green'));

    write('web.yaml', WEB);
    await sh('kubectl apply -f web.yaml');
    expect(await sh('kubectl create -f web.yaml')).toEqual(
      err('Error from server (AlreadyExists): error when creating "web.yaml": deployments.apps "web" already exists\nError from server (AlreadyExists): error when creating "web.yaml": services "web" already exists\n'),
    );
    expect(await sh('kubectl delete -f web.yaml')).toEqual(ok('deployment.apps "web" deleted from default namespace\nservice "web" deleted from default namespace\n'));
    expect(await sh('kubectl get deploy,svc -l app=web')).toEqual(err('No resources found in default namespace.\n', 0));
  });

  it('warns when applying over an object made imperatively', async () => {
    const { sh } = workstation();
    await sh('kubectl create deployment web --image=nginx:1.27');
    const r = await sh('kubectl create deployment web --image=nginx:1.28 --dry-run=client -o yaml | kubectl apply -f -');
    expect(r).toEqual({
      stdout: 'deployment.apps/web configured\n',
      stderr:
        'Warning: resource deployments.apps/web is missing the kubectl.kubernetes.io/last-applied-configuration annotation which is required by kubectl apply. kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. The missing annotation will be patched automatically.\n',
      exit: 0,
    });
    expect(await sh('kubectl get deploy web -o jsonpath={.spec.template.spec.containers[0].image}')).toEqual(ok('nginx:1.28'));
  });
});
