// A learner's first look at a fresh kind v0.30 cluster (Kubernetes v1.34.0), about 75s after `kind create cluster`.

import { describe, expect, it } from 'vitest';
import { err, ok, text, workstation } from './harness.js';

describe('a fresh kind cluster', () => {
  it('lists three Ready nodes, the kube-system pods, kube-dns and the system namespaces', async () => {
    const { sh } = workstation();
    expect(await sh('kubectl get nodes')).toEqual(
      ok(text(`
        NAME                 STATUS   ROLES           AGE   VERSION
        kind-control-plane   Ready    control-plane   74s   v1.34.0
        kind-worker          Ready    <none>          57s   v1.34.0
        kind-worker2         Ready    <none>          57s   v1.34.0
      `)),
    );
    expect(await sh('kubectl get pods -A')).toEqual(
      ok(text(`
        NAMESPACE            NAME                                         READY   STATUS    RESTARTS   AGE
        kube-system          coredns-864c4476dc-llvr9                     1/1     Running   0          69s
        kube-system          coredns-864c4476dc-wfsww                     1/1     Running   0          69s
        kube-system          etcd-kind-control-plane                      1/1     Running   0          73s
        kube-system          kindnet-4mqxr                                1/1     Running   0          57s
        kube-system          kindnet-h8bjj                                1/1     Running   0          57s
        kube-system          kindnet-zr4br                                1/1     Running   0          68s
        kube-system          kube-apiserver-kind-control-plane            1/1     Running   0          73s
        kube-system          kube-controller-manager-kind-control-plane   1/1     Running   0          73s
        kube-system          kube-proxy-n2hlc                             1/1     Running   0          57s
        kube-system          kube-proxy-qlkgh                             1/1     Running   0          57s
        kube-system          kube-proxy-vbhst                             1/1     Running   0          69s
        kube-system          kube-scheduler-kind-control-plane            1/1     Running   0          73s
        local-path-storage   local-path-provisioner-7c8d44b885-hvv97      1/1     Running   0          67s
      `)),
    );
    expect(await sh('kubectl get svc -A')).toEqual(
      ok(text(`
        NAMESPACE     NAME         TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)                  AGE
        default       kubernetes   ClusterIP   10.96.0.1    <none>        443/TCP                  75s
        kube-system   kube-dns     ClusterIP   10.96.0.10   <none>        53/UDP,53/TCP,9153/TCP   69s
      `)),
    );
    expect(await sh('kubectl get ns')).toEqual(
      ok(text(`
        NAME                 STATUS   AGE
        default              Active   75s
        kube-node-lease      Active   75s
        kube-public          Active   75s
        kube-system          Active   75s
        local-path-storage   Active   67s
      `)),
    );
  });

  it('shows kind node details with -o wide', async () => {
    const { sh } = workstation();
    const r = await sh('kubectl get nodes -o wide');
    expect(r.exit).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe(
      'NAME                 STATUS   ROLES           AGE   VERSION   INTERNAL-IP   EXTERNAL-IP   OS-IMAGE                         KERNEL-VERSION     CONTAINER-RUNTIME',
    );
    expect(r.stdout).toMatch(/^kind-worker2 +Ready +<none> +57s +v1\.34\.0 +172\.18\.0\.4 +<none> +Debian GNU\/Linux 12 \(bookworm\) +\S+ +containerd:\/\/2\.1\.4$/m);
  });

  it('answers cluster-info and version as kind v0.30 does', async () => {
    const { sh } = workstation();
    const info = await sh('kubectl cluster-info');
    expect(info.exit).toBe(0);
    expect(info.stdout).toMatch(
      /^Kubernetes control plane is running at https:\/\/127\.0\.0\.1:(\d+)\nCoreDNS is running at https:\/\/127\.0\.0\.1:\1\/api\/v1\/namespaces\/kube-system\/services\/kube-dns:dns\/proxy\n\nTo further debug and diagnose cluster problems, use 'kubectl cluster-info dump'\.\n$/,
    );
    expect(await sh('kubectl version')).toEqual(ok('Client Version: v1.34.0\nKustomize Version: v5.7.1\nServer Version: v1.34.0\n'));
  });

  it('keeps the API server namespaces: deleting them is forbidden, even as a dry run', async () => {
    const { sh } = workstation();
    for (const ns of ['default', 'kube-system', 'kube-public'])
      expect(await sh(`kubectl delete namespace ${ns}`)).toEqual(err(`Error from server (Forbidden): namespaces "${ns}" is forbidden: this namespace may not be deleted\n`));
    expect(await sh('kubectl delete ns kube-system --dry-run=server')).toEqual(
      err('Error from server (Forbidden): namespaces "kube-system" is forbidden: this namespace may not be deleted\n'),
    );
    expect((await sh('kubectl get pods -n kube-system -o name')).stdout.split('\n').filter(Boolean)).toHaveLength(12);
    expect(await sh('kubectl get ns default -o jsonpath={.status.phase}')).toEqual(ok('Active'));
  });
});
