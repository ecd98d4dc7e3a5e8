// Read-verb behaviours on the scenario cluster that need no long fixture: kubeconfig namespace,
// output wrapping, flags such as --ignore-not-found, --no-headers, --show-kind, and errors.

import { describe, expect, it } from 'vitest';
import { scenario } from './scenario.js';

describe('kubeconfig', () => {
  it('set-context --current --namespace changes the namespace later commands use', async () => {
    const h = scenario();
    expect(await h.run('kubectl config set-context --current --namespace=dev')).toEqual({ stdout: 'Context "kind-kind" modified.\n', stderr: '', code: 0 });
    expect((await h.run('kubectl get pods -o name')).stdout).toBe('pod/dev-pod\n');
    expect((await h.run('kubectl get pods -n default -o name')).stdout).toContain('pod/web-1\n');
    expect((await h.run('kubectl config view --minify -o jsonpath={..namespace}')).stdout).toBe('dev');
    expect((await h.run('kubectl config get-contexts')).stdout).toBe('CURRENT   NAME        CLUSTER     AUTHINFO    NAMESPACE\n*         kind-kind   kind-kind   kind-kind   dev\n');
    // The choice is part of the saved state.
    expect(h.cluster.snapshot().ext.kubeconfig).toBeTruthy();
  });
  it('use-context and current-context', async () => {
    const h = scenario();
    expect(await h.run('kubectl config use-context nope')).toEqual({ stdout: '', stderr: 'error: no context exists with the name: "nope"\n', code: 1 });
    expect(await h.run('kubectl config use-context kind-kind')).toEqual({ stdout: 'Switched to context "kind-kind".\n', stderr: '', code: 0 });
    expect((await h.run('kubectl config current-context')).stdout).toBe('kind-kind\n');
    expect((await h.run('kubectl config set-context')).stderr).toBe('error: you must specify a non-empty context name or --current\n');
  });
});

describe('cluster-info', () => {
  it('colours the names and links only on a terminal', async () => {
    const h = scenario();
    const port = (await h.run('kubectl config view -o jsonpath={.clusters[0].cluster.server}')).stdout;
    expect((await h.run('kubectl cluster-info')).stdout).toBe(`Kubernetes control plane is running at ${port}\n\nTo further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.\n`);
    h.tty = true;
    expect((await h.run('kubectl cluster-info')).stdout).toContain(`\x1b[0;32mKubernetes control plane\x1b[0m is running at \x1b[0;33m${port}\x1b[0m\n`);
  });
});

describe('get', () => {
  it('wraps lists in a v1 List and prints one named object alone', async () => {
    const h = scenario();
    const list = JSON.parse((await h.run('kubectl get cm -o json')).stdout);
    expect(list.kind).toBe('List');
    expect(list.metadata).toEqual({ resourceVersion: '' });
    expect(list.items.map((i: any) => i.metadata.name)).toEqual(['settings']);
    const one = (await h.run('kubectl get cm settings -o json')).stdout;
    expect(one.startsWith('{\n    "apiVersion": "v1",\n    "data": {')).toBe(true);
    expect((await h.run('kubectl get deploy -o yaml')).stdout).toBe('apiVersion: v1\nitems: []\nkind: List\nmetadata:\n  resourceVersion: ""\n');
  });
  it('--ignore-not-found, --no-headers, --show-kind, -w', async () => {
    const h = scenario();
    expect(await h.run('kubectl get pod nope --ignore-not-found')).toEqual({ stdout: '', stderr: '', code: 0 });
    expect((await h.run('kubectl get ns --no-headers')).stdout).toBe('default       Active   5m7s\ndev           Active   5m7s\nkube-system   Active   5m7s\n');
    expect((await h.run('kubectl get ns dev --show-kind')).stdout).toBe('NAME            STATUS   AGE\nnamespace/dev   Active   5m7s\n');
    expect((await h.run('kubectl get ns dev -w')).stdout).toBe('NAME   STATUS   AGE\ndev    Active   5m7s\n');
  });
  it('`all` lists pods, services, daemonsets, deployments and replicasets with kind prefixes', async () => {
    const out = (await scenario().run('kubectl get all -n dev')).stdout;
    expect(out).toBe(
      'NAME          READY   STATUS    RESTARTS   AGE\npod/dev-pod   1/1     Running   0          5m7s\n\n' +
        'NAME                  READY   UP-TO-DATE   AVAILABLE   AGE\ndeployment.apps/api   1/2     2            1           5m7s\n\n' +
        'NAME                             DESIRED   CURRENT   READY   AGE\nreplicaset.apps/api-6d4cf56db6   2         2         1       5m7s\n',
    );
  });
  it('cluster-scoped kinds ignore -n and say "No resources found" without a namespace', async () => {
    const h = scenario();
    expect((await h.run('kubectl get nodes -n dev -o name')).stdout).toBe('node/kind-worker\n');
    expect((await h.run('kubectl get ingressclasses')).stderr).toBe('No resources found\n');
  });
  it('warns that v1 Endpoints is deprecated', async () => {
    expect((await scenario().run('kubectl get ep -n dev')).stderr).toBe('Warning: v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice\nNo resources found in dev namespace.\n');
  });
  it('rejects -o formats it does not know, listing the allowed ones', async () => {
    expect((await scenario().run('kubectl get pods -o foo')).stderr).toBe(
      'error: unable to match a printer suitable for the output format "foo", allowed formats are: custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml\n',
    );
  });
  it('sorts numerically with --sort-by', async () => {
    const h = scenario();
    expect((await h.run('kubectl get pods --sort-by=.status.containerStatuses[0].restartCount -o custom-columns=N:.metadata.name --no-headers')).stdout).toBe('web-2\ndone\nweb-1\nweb-3\ncrash\n');
  });
});

describe('describe and events', () => {
  it('describe -l describes every match, separated by a blank line', async () => {
    const out = (await scenario().run('kubectl describe svc -l app=web')).stdout;
    expect(out.startsWith('Name:                     web\n')).toBe(true);
    expect(out.split('\n\nName:').length).toBe(1);
    const two = (await scenario().run('kubectl describe ns default dev')).stdout;
    expect(two).toContain('No LimitRange resource.\n\n\nName:         dev\n');
  });
  it('events --for and --types', async () => {
    const h = scenario();
    expect((await h.run('kubectl events --for pod/web-1 --types=Warning')).stdout).toBe(
      'LAST SEEN               TYPE      REASON      OBJECT      MESSAGE\n2m37s (x2 over 3m37s)   Warning   Unhealthy   Pod/web-1   Readiness probe failed: connection refused\n',
    );
    expect((await h.run('kubectl events -n dev')).stderr).toBe('No events found in dev namespace.\n');
  });
});

describe('api-resources and explain', () => {
  it('api-resources --namespaced=false -o name', async () => {
    expect((await scenario().run('kubectl api-resources --namespaced=false -o name')).stdout).toBe('namespaces\nnodes\ningressclasses.networking.k8s.io\n');
  });
  it('explain names the kind and rejects unknown fields', async () => {
    const h = scenario();
    const out = (await h.run('kubectl explain deployment.spec.replicas')).stdout;
    expect(out.startsWith('GROUP:      apps\nKIND:       Deployment\nVERSION:    v1\n\nFIELD: replicas <integer>\n\nDESCRIPTION:\n')).toBe(true);
    expect(await h.run('kubectl explain pods.spec.nope')).toEqual({ stdout: '', stderr: 'error: field "nope" does not exist\n', code: 1 });
    expect((await h.run('kubectl explain svc --recursive')).stdout).toContain('FIELDS:\n  apiVersion\t<string>\n  kind\t<string>\n  metadata\t<ObjectMeta>\n    annotations\t<map[string]string>\n');
  });
});

describe('config contexts', () => {
  it('get-clusters, get-users, rename-context and delete-context', async () => {
    const h = scenario();
    expect((await h.run('kubectl config get-clusters')).stdout).toBe('NAME\nkind-kind\n');
    expect((await h.run('kubectl config get-users')).stdout).toBe('NAME\nkind-kind\n');
    expect(await h.run('kubectl config rename-context kind-kind lab')).toEqual({ stdout: 'Context "kind-kind" renamed to "lab".\n', stderr: '', code: 0 });
    expect((await h.run('kubectl config current-context')).stdout).toBe('lab\n');
    expect((await h.run('kubectl config delete-context nope')).stderr).toBe('error: cannot delete context nope, not in /root/.kube/config\n');
    expect(await h.run('kubectl config delete-context lab')).toEqual({
      stdout: 'deleted context lab from /root/.kube/config\n',
      stderr: 'warning: this removed your active context, use "kubectl config use-context" to select a different one\n',
      code: 0,
    });
    expect((await h.run('kubectl config use-context')).stderr).toBe("error: Unexpected args: []\nSee 'kubectl config use-context -h' for help and examples\n");
  });
});
