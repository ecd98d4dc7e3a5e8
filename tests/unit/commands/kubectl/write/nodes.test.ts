// kubectl cordon, uncordon and taint on the kind cluster's nodes.

import { beforeEach, describe, expect, it } from 'vitest';
import { createCluster } from '../../../../../sandbox/cluster/bootstrap.js';
import { Harness } from './harness.js';

let h: Harness;
const node = () => h.cluster.store.get('nodes', undefined, 'kind-worker')!;
beforeEach(() => {
  h = new Harness();
  h.cluster = createCluster({ seed: 5 });
});

describe('kubectl cordon / uncordon', () => {
  it('marks a node unschedulable and back, saying when nothing changes', async () => {
    expect(await h.run('kubectl cordon kind-worker')).toEqual({ stdout: 'node/kind-worker cordoned\n', stderr: '', code: 0 });
    expect(node().spec.unschedulable).toBe(true);
    expect((await h.run('kubectl cordon kind-worker')).stdout).toBe('node/kind-worker already cordoned\n');
    expect((await h.run('kubectl uncordon kind-worker')).stdout).toBe('node/kind-worker uncordoned\n');
    expect(node().spec.unschedulable).toBeUndefined();
    expect((await h.run('kubectl cordon nope')).stderr).toBe('Error from server (NotFound): nodes "nope" not found\n');
    expect((await h.run('kubectl cordon')).stderr).toBe("error: USAGE: cordon NODE [flags]\nSee 'kubectl cordon -h' for help and examples\n");
  });
});

describe('kubectl taint', () => {
  it('adds, refuses to duplicate, overwrites and removes taints', async () => {
    expect(await h.run('kubectl taint nodes kind-worker dedicated=web:NoSchedule')).toEqual({ stdout: 'node/kind-worker tainted\n', stderr: '', code: 0 });
    expect(node().spec.taints).toEqual([{ key: 'dedicated', value: 'web', effect: 'NoSchedule' }]);
    expect((await h.run('kubectl taint nodes kind-worker dedicated=db:NoSchedule')).stderr).toBe('error: node kind-worker already has dedicated taint(s) with same effect(s) and --overwrite is false\n');
    expect((await h.run('kubectl taint nodes kind-worker dedicated=db:NoSchedule --overwrite')).stdout).toBe('node/kind-worker modified\n');
    expect((await h.run('kubectl taint nodes kind-worker dedicated:NoSchedule-')).stdout).toBe('node/kind-worker untainted\n');
    expect(node().spec.taints).toBeUndefined();
    expect((await h.run('kubectl taint nodes kind-worker dedicated-')).stderr).toBe('error: taint "dedicated" not found\n');
  });

  it('parses specs as kubectl does', async () => {
    expect((await h.run('kubectl taint nodes kind-worker a=b:Bad')).stderr).toBe("error: invalid taint effect: Bad, unsupported taint effect\nSee 'kubectl taint -h' for help and examples\n");
    expect((await h.run('kubectl taint nodes kind-worker')).stderr).toBe('error: at least one taint update is required\n');
    expect((await h.run('kubectl taint pods web a=b:NoSchedule')).stderr).toBe('error: invalid resource type pods, only node types are supported\n');
  });
});

describe('kubectl drain', () => {
  it('stops at DaemonSet pods and bare pods, then evicts with the overrides', async () => {
    await h.run('kubectl create deployment web --image=nginx --replicas=2');
    await h.run('kubectl rollout status deploy/web');
    const r = await h.run('kubectl drain kind-worker');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('node/kind-worker cordoned\n');
    expect(r.stderr).toMatch(/^error: unable to drain node "kind-worker" due to error: cannot delete DaemonSet-managed Pods \(use --ignore-daemonsets to ignore\): kube-system\/kindnet-[a-z0-9]{5}, kube-system\/kube-proxy-[a-z0-9]{5}, continuing command\.\.\.\nThere are pending nodes to be drained:\n kind-worker\ncannot delete DaemonSet-managed Pods/);
    const ok = await h.run('kubectl drain kind-worker --ignore-daemonsets');
    expect(ok.code).toBe(0);
    expect(ok.stderr).toMatch(/^Warning: ignoring DaemonSet-managed Pods: kube-system\/kindnet-[a-z0-9]{5}, kube-system\/kube-proxy-[a-z0-9]{5}\n$/);
    expect(ok.stdout.split('\n')[0]).toBe('node/kind-worker already cordoned');
    expect(ok.stdout).toMatch(/evicting pod default\/web-/);
    expect(ok.stdout).toMatch(/pod\/web-\S+ evicted\n/);
    expect(ok.stdout.endsWith('node/kind-worker drained\n')).toBe(true);
    const left = h.cluster.store.list('pods', 'default').filter((p) => p.spec.nodeName === 'kind-worker');
    expect(left).toEqual([]);
  });
});
