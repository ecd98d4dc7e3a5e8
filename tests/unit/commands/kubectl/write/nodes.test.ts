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
