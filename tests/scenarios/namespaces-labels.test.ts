// Tutorial: namespaces (create, -n, -A, the current context's namespace, Terminating) and labels/selectors.

import { describe, expect, it } from 'vitest';
import { err, ok, text, workstation } from './harness.js';

describe('namespaces', () => {
  it('scopes objects, follows the context namespace, and empties before it disappears', async () => {
    const { sh, cluster } = workstation();
    expect(await sh('kubectl create namespace team-a')).toEqual(ok('namespace/team-a created\n'));
    expect(await sh('kubectl create deployment web --image=nginx -n team-a')).toEqual(ok('deployment.apps/web created\n'));
    expect(await sh('kubectl wait --for=condition=Ready pod -l app=web -n team-a --timeout=60s')).toEqual(ok('pod/web-7957885594-p4fnn condition met\n'));
    expect(await sh('kubectl get pods -A -l app=web')).toEqual(
      ok('NAMESPACE   NAME                   READY   STATUS    RESTARTS   AGE\nteam-a      web-7957885594-p4fnn   1/1     Running   0          4s\n'),
    );
    expect(await sh('kubectl get deploy')).toEqual(err('No resources found in default namespace.\n', 0));

    expect(await sh('kubectl config set-context --current --namespace=team-a')).toEqual(ok('Context "kind-kind" modified.\n'));
    expect(await sh('kubectl get deploy')).toEqual(ok('NAME   READY   UP-TO-DATE   AVAILABLE   AGE\nweb    1/1     1            1           4s\n'));
    expect(await sh('kubectl config get-contexts')).toEqual(
      ok('CURRENT   NAME        CLUSTER     AUTHINFO    NAMESPACE\n*         kind-kind   kind-kind   kind-kind   team-a\n'),
    );
    expect(await sh("kubectl config view --minify -o jsonpath='{..namespace}'")).toEqual(ok('team-a'));
    await sh('kubectl config set-context --current --namespace=default');

    expect(await sh('kubectl delete namespace team-a --wait=false')).toEqual(ok('namespace "team-a" deleted\n'));
    expect(await sh('kubectl get ns team-a')).toEqual(ok('NAME     STATUS        AGE\nteam-a   Terminating   4s\n'));
    expect(await sh('kubectl create deployment x --image=nginx -n team-a')).toEqual(
      err('error: failed to create deployment: deployments.apps "x" is forbidden: unable to create new content in namespace team-a because it is being terminated\n'),
    );
    await sh('sleep 5');
    expect(await sh('kubectl get ns team-a')).toEqual(err('Error from server (NotFound): namespaces "team-a" not found\n'));
    expect(await sh('kubectl get all -n team-a')).toEqual(err('No resources found in team-a namespace.\n', 0));
    expect(cluster.store.list('pods', 'team-a')).toEqual([]);
    expect(cluster.store.list('replicasets.apps', 'team-a')).toEqual([]);
  });

  it('kubectl delete namespace waits until the namespace is gone', async () => {
    const { sh } = workstation();
    await sh('kubectl create namespace scratch');
    await sh('kubectl create deployment web --image=nginx -n scratch');
    await sh('sleep 20');
    expect(await sh('kubectl delete namespace scratch')).toEqual(ok('namespace "scratch" deleted\n'));
    expect(await sh('kubectl get ns scratch')).toEqual(err('Error from server (NotFound): namespaces "scratch" not found\n'));
  });
});

describe('labels and selectors', () => {
  it('select, show, add, overwrite and remove labels', async () => {
    const { sh } = workstation();
    await sh('kubectl create deployment web --image=nginx --replicas=2');
    expect(await sh('kubectl wait --for=condition=Ready pod -l app=web --timeout=60s')).toEqual(
      ok('pod/web-7957885594-94j4c condition met\npod/web-7957885594-n7lhn condition met\n'),
    );
    expect(await sh('kubectl get pods --show-labels')).toEqual(
      ok(text(`
        NAME                   READY   STATUS    RESTARTS   AGE   LABELS
        web-7957885594-94j4c   1/1     Running   0          4s    app=web,pod-template-hash=7957885594
        web-7957885594-n7lhn   1/1     Running   0          4s    app=web,pod-template-hash=7957885594
      `)),
    );
    expect(await sh('kubectl label pods -l app=web tier=frontend')).toEqual(ok('pod/web-7957885594-94j4c labeled\npod/web-7957885594-n7lhn labeled\n'));
    expect(await sh('kubectl get pods -l tier=frontend,app=web -o name')).toEqual(ok('pod/web-7957885594-94j4c\npod/web-7957885594-n7lhn\n'));
    expect(await sh("kubectl get pods -l 'tier in (frontend,backend)' -L tier")).toEqual(
      ok(text(`
        NAME                   READY   STATUS    RESTARTS   AGE   TIER
        web-7957885594-94j4c   1/1     Running   0          4s    frontend
        web-7957885594-n7lhn   1/1     Running   0          4s    frontend
      `)),
    );
    const clash = await sh('kubectl label pods -l app=web tier=backend');
    expect(clash.exit).toBe(1);
    expect(clash.stderr).toContain("'tier' already has a value (frontend), and --overwrite is false\n");
    expect(await sh('kubectl label pods -l app=web tier=backend --overwrite')).toEqual(ok('pod/web-7957885594-94j4c labeled\npod/web-7957885594-n7lhn labeled\n'));
    expect(await sh('kubectl get pods -l tier=backend -o name | wc -l')).toEqual(ok('2\n'));
    expect(await sh('kubectl label pods -l app=web tier-')).toEqual(ok('pod/web-7957885594-94j4c unlabeled\npod/web-7957885594-n7lhn unlabeled\n'));
    expect(await sh('kubectl get pods -l tier')).toEqual(err('No resources found in default namespace.\n', 0));
  });

  it('a Service whose selector matches no pod has no endpoints', async () => {
    const { sh } = workstation();
    await sh('kubectl create deployment web --image=nginx --replicas=2');
    await sh('kubectl wait --for=condition=Ready pod -l app=web --timeout=60s');
    expect(await sh('kubectl create service clusterip nomatch --tcp=80:8080')).toEqual(ok('service/nomatch created\n'));
    const slices = await sh('kubectl get endpointslices');
    expect(slices.stdout).toMatch(/^NAME +ADDRESSTYPE +PORTS +ENDPOINTS +AGE\nkubernetes +IPv4 +6443 +172\.18\.0\.2 +79s\nnomatch-[a-z0-9]{5} +IPv4 +<unset> +<unset> +0s\n$/);
    expect(await sh('kubectl describe svc nomatch')).toEqual(
      ok(
        text(`
          Name:                     nomatch
          Namespace:                default
          Labels:                   app=nomatch
          Annotations:              <none>
          Selector:                 app=nomatch
          Type:                     ClusterIP
          IP Family Policy:         SingleStack
          IP Families:              IPv4
          IP:                       10.96.108.127
          IPs:                      10.96.108.127
          Port:                     80-8080  80/TCP
          TargetPort:               8080/TCP
          Endpoints:                @
          Session Affinity:         None
          Internal Traffic Policy:  Cluster
          Events:                   <none>
        `).replace('@', ''),
      ),
    );
    expect(await sh('kubectl get endpoints nomatch 2>/dev/null')).toEqual(ok('NAME      ENDPOINTS   AGE\nnomatch   <none>      0s\n'));
    // The same port on a Service that does select the pods.
    await sh('kubectl create service clusterip web --tcp=80:80');
    expect((await sh('kubectl get endpointslices -l kubernetes.io/service-name=web')).stdout).toMatch(/^web-[a-z0-9]{5} +IPv4 +80 +10\.244\.1\.2,10\.244\.2\.2 +0s$/m);
    // An EndpointSlice has no spec: its generation counts the changes to its endpoints and ports.
    const gen = "kubectl get endpointslices -l kubernetes.io/service-name=web -o jsonpath='{.items[0].metadata.generation}'";
    expect(await sh(gen)).toEqual(ok('1'));
    await sh('kubectl scale deployment web --replicas=3');
    expect(await sh(gen)).toEqual(ok('2'));
    await sh('kubectl wait --for=condition=Ready pod -l app=web --timeout=60s');
    expect(await sh(gen)).toEqual(ok('3'));
  });
});
