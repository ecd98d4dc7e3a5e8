// kubectl delete: 1.34 wording, selectors, --all, --ignore-not-found, --force, cascade and --wait
// on the cluster clock.

import { describe, expect, it } from 'vitest';
import { createCluster } from '../../../../../sandbox/cluster/bootstrap.js';
import { Harness } from './harness.js';

const cm = (name: string, labels = 'app: web') => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\n  labels:\n    ${labels}\n---\n`;

async function withConfigMaps(): Promise<Harness> {
  const h = new Harness().write('cms.yaml', cm('a') + cm('b') + cm('c', 'app: db'));
  expect((await h.run('kubectl apply -f cms.yaml')).code).toBe(0);
  return h;
}

describe('kubectl delete', () => {
  it('deletes by TYPE NAME… and TYPE/NAME with the namespace in the message', async () => {
    const h = await withConfigMaps();
    expect(await h.run('kubectl delete configmap a b')).toEqual({ stdout: 'configmap "a" deleted from default namespace\nconfigmap "b" deleted from default namespace\n', stderr: '', code: 0 });
    expect((await h.run('kubectl delete cm/c')).stdout).toBe('configmap "c" deleted from default namespace\n');
    expect(h.get('configmaps', 'a')).toBeUndefined();
  });

  it('reports what is missing after deleting the rest', async () => {
    const h = await withConfigMaps();
    expect(await h.run('kubectl delete cm nosuch a')).toEqual({ stdout: 'configmap "a" deleted from default namespace\n', stderr: 'Error from server (NotFound): configmaps "nosuch" not found\n', code: 1 });
    expect(await h.run('kubectl delete cm nosuch --ignore-not-found')).toEqual({ stdout: '', stderr: '', code: 0 });
  });

  it('deletes by selector and --all; says when nothing matched', async () => {
    const h = await withConfigMaps();
    expect((await h.run('kubectl delete cm -l app=web')).stdout).toBe('configmap "a" deleted from default namespace\nconfigmap "b" deleted from default namespace\n');
    expect(await h.run('kubectl delete cm -l app=web')).toEqual({ stdout: 'No resources found\n', stderr: '', code: 0 });
    // --all takes everything of the type, including what controllers made (kube-root-ca.crt).
    expect((await h.run('kubectl delete cm --all')).stdout).toMatch(/^configmap "c" deleted from default namespace\n/);
    expect(h.cluster.store.list('configmaps', 'default').filter((c) => !c.metadata.name!.startsWith('kube-'))).toEqual([]);
  });

  it('cluster-scoped objects have no namespace in the message', async () => {
    const h = new Harness();
    await h.run('kubectl create namespace team');
    expect((await h.run('kubectl delete namespace team --wait=false')).stdout).toBe('namespace "team" deleted\n');
  });

  it('deletes what a file describes, and dry-runs', async () => {
    const h = await withConfigMaps();
    expect((await h.run('kubectl delete -f cms.yaml --dry-run=client')).stdout).toBe(
      'configmap "a" deleted (dry run) from default namespace\nconfigmap "b" deleted (dry run) from default namespace\nconfigmap "c" deleted (dry run) from default namespace\n',
    );
    expect(h.get('configmaps', 'a')).toBeDefined();
    expect((await h.run('kubectl delete -f cms.yaml -o name')).stdout).toBe('configmap/a\nconfigmap/b\nconfigmap/c\n');
    expect(await h.run('kubectl delete -f cms.yaml')).toEqual({
      stdout: '',
      stderr: 'Error from server (NotFound): error when deleting "cms.yaml": configmaps "a" not found\nError from server (NotFound): error when deleting "cms.yaml": configmaps "b" not found\nError from server (NotFound): error when deleting "cms.yaml": configmaps "c" not found\n',
      code: 1,
    });
  });

  it('argument errors', async () => {
    const h = new Harness();
    expect((await h.run('kubectl delete')).stderr).toBe(
      "error: You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'\n",
    );
    expect((await h.run('kubectl delete pods')).stderr).toBe('error: resource(s) were provided, but no name was specified\n');
    expect((await h.run('kubectl delete foo bar')).stderr).toBe('error: the server doesn\'t have a resource type "foo"\n');
    expect((await h.run('kubectl delete cm a --cascade=sideways')).stderr).toBe('error: invalid cascade value (sideways). Must be "background", "foreground", or "orphan"\n');
  });
});

describe('kubectl delete on a running cluster', () => {
  it('waits for a running pod to terminate on the cluster clock', async () => {
    const h = new Harness();
    h.cluster = createCluster({ seed: 3 });
    await h.run('kubectl run web --image=nginx');
    expect((await h.run('kubectl wait --for=condition=Ready pod/web')).stdout).toBe('pod/web condition met\n');
    const t0 = h.cluster.now;
    expect(await h.run('kubectl delete pod web')).toEqual({ stdout: 'pod "web" deleted from default namespace\n', stderr: '', code: 0 });
    expect(h.get('pods', 'web')).toBeUndefined();
    expect(h.cluster.now).toBeGreaterThan(t0);
  });

  it('--force --grace-period=0 warns and removes at once', async () => {
    const h = new Harness();
    h.cluster = createCluster({ seed: 3 });
    await h.run('kubectl run web --image=nginx');
    await h.run('kubectl wait --for=condition=Ready pod/web');
    const t0 = h.cluster.now;
    expect(await h.run('kubectl delete pod web --force --grace-period=0')).toEqual({
      stdout: 'pod "web" force deleted from default namespace\n',
      stderr: 'Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.\n',
      code: 0,
    });
    expect(h.get('pods', 'web')).toBeUndefined();
    expect(h.cluster.now - t0).toBeLessThan(2000);
  });

  it('--wait=false returns while the pod is still terminating', async () => {
    const h = new Harness();
    h.cluster = createCluster({ seed: 3 });
    await h.run('kubectl run web --image=nginx');
    await h.run('kubectl wait --for=condition=Ready pod/web');
    await h.run('kubectl delete pod web --wait=false');
    expect(h.get('pods', 'web')?.metadata.deletionTimestamp).toBeDefined();
  });
});
