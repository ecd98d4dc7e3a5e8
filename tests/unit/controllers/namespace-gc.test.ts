import { describe, expect, it } from 'vitest';
import { RT } from '../../../sandbox/controllers/util.js';
import { deployment, freshCluster, pod, service } from './helpers.js';

describe('namespace and serviceaccount controllers', () => {
  it('gives a new namespace its default ServiceAccount and kube-root-ca.crt', () => {
    const c = freshCluster();
    c.api.create({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'team' } });
    c.reconcile();
    expect(c.store.get('serviceaccounts', 'team', 'default')).toBeDefined();
    const cm = c.store.get('configmaps', 'team', 'kube-root-ca.crt')!;
    expect(cm.data['ca.crt']).toBe(c.store.get('configmaps', 'default', 'kube-root-ca.crt')!.data['ca.crt']);
    expect(cm.metadata.annotations!['kubernetes.io/description']).toMatch(/^Contains a CA bundle/);
  });

  it('empties a deleted namespace, waiting for pods to terminate, then removes it', () => {
    const c = freshCluster();
    c.api.create({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'team' } });
    c.reconcile();
    c.api.create(deployment('web', { ns: 'team', replicas: 2 }));
    c.api.create(service('web', { app: 'web' }, undefined, 'team'));
    c.advance(15_000);
    c.api.delete(RT.namespace, undefined, 'team');
    c.reconcile();
    expect(c.store.get('namespaces', undefined, 'team')!.status.phase).toBe('Terminating');
    expect(c.store.get('deployments.apps', 'team', 'web')).toBeUndefined();
    expect(c.store.list('pods', 'team').every((p) => p.metadata.deletionTimestamp)).toBe(true);
    c.advance(5_000);
    expect(c.store.get('namespaces', undefined, 'team')).toBeUndefined();
    for (const r of c.store.resources()) expect(c.store.list(r, 'team')).toEqual([]);
  });
});

describe('garbage collector', () => {
  it('deletes ReplicaSets and pods of a deleted Deployment (background)', () => {
    const c = freshCluster();
    c.api.create(deployment('web', { replicas: 2 }));
    c.advance(15_000);
    c.api.delete(RT.deployment, 'default', 'web');
    c.reconcile();
    expect(c.store.list('replicasets.apps', 'default')).toEqual([]);
    c.advance(5_000);
    expect(c.store.list('pods', 'default')).toEqual([]);
  });

  it('keeps dependents with propagationPolicy Orphan', () => {
    const c = freshCluster();
    c.api.create(deployment('web', { replicas: 2 }));
    c.advance(15_000);
    c.api.delete(RT.deployment, 'default', 'web', { propagationPolicy: 'Orphan' });
    c.advance(5_000);
    expect(c.store.list('replicasets.apps', 'default')).toHaveLength(1);
    expect(c.store.list('pods', 'default')).toHaveLength(2);
  });

  it('finishes a foreground deletion once the dependents are gone', () => {
    const c = freshCluster();
    c.api.create(deployment('web', { replicas: 1 }));
    c.advance(15_000);
    c.api.delete(RT.deployment, 'default', 'web', { propagationPolicy: 'Foreground' });
    c.reconcile();
    expect(c.store.get('deployments.apps', 'default', 'web')?.metadata.finalizers).toEqual(['foregroundDeletion']);
    c.advance(10_000);
    expect(c.store.get('deployments.apps', 'default', 'web')).toBeUndefined();
    expect(c.store.list('pods', 'default')).toEqual([]);
  });
});

describe('replicaset controller', () => {
  it('replaces a deleted pod and adopts a matching orphan', () => {
    const c = freshCluster();
    c.api.create(pod('orphan', { containers: [{ name: 'c', image: 'nginx' }] }, { app: 'web', 'pod-template-hash': 'x' }));
    c.api.create({
      apiVersion: 'apps/v1',
      kind: 'ReplicaSet',
      metadata: { name: 'rs', namespace: 'default' },
      spec: { replicas: 2, selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'c', image: 'nginx' }] } } },
    });
    c.advance(10_000);
    const pods = c.store.list('pods', 'default');
    expect(pods).toHaveLength(2);
    expect(c.store.get('pods', 'default', 'orphan')!.metadata.ownerReferences?.[0]?.name).toBe('rs');
    const other = pods.find((p) => p.metadata.name !== 'orphan')!;
    c.api.delete(RT.pod, 'default', other.metadata.name!);
    c.reconcile();
    expect(c.store.list('pods', 'default').filter((p) => !p.metadata.deletionTimestamp)).toHaveLength(2);
    const rs = c.store.get('replicasets.apps', 'default', 'rs')!;
    expect(rs.status).toMatchObject({ replicas: 2, observedGeneration: 1 });
    expect(c.store.list('events', 'default').filter((e) => e.involvedObject.name === 'rs').map((e) => e.reason).sort()).toEqual(['SuccessfulCreate', 'SuccessfulCreate']);
  });
});

describe('daemonset controller', () => {
  it('runs one pod per eligible node and follows nodeSelector changes', () => {
    const c = freshCluster();
    const ds = {
      apiVersion: 'apps/v1',
      kind: 'DaemonSet',
      metadata: { name: 'agent', namespace: 'default' },
      spec: { selector: { matchLabels: { app: 'agent' } }, template: { metadata: { labels: { app: 'agent' } }, spec: { containers: [{ name: 'a', image: 'nginx' }] } } },
    };
    c.api.create(ds);
    c.advance(10_000);
    const pods = c.store.list('pods', 'default');
    expect(pods.map((p) => p.spec.nodeName).sort()).toEqual(['kind-worker', 'kind-worker2']);
    expect(pods[0]!.spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchFields[0]).toMatchObject({ key: 'metadata.name', operator: 'In' });
    expect(pods[0]!.spec.tolerations).toContainEqual({ effect: 'NoExecute', key: 'node.kubernetes.io/not-ready', operator: 'Exists' });
    const st = c.store.get('daemonsets.apps', 'default', 'agent')!.status;
    expect(st).toMatchObject({ currentNumberScheduled: 2, desiredNumberScheduled: 2, numberReady: 2, numberAvailable: 2, updatedNumberScheduled: 2, numberMisscheduled: 0 });
    const cur = c.api.get(RT.daemonSet, 'default', 'agent');
    cur.spec.template.spec.nodeSelector = { 'kubernetes.io/hostname': 'kind-worker' };
    c.api.update(cur);
    c.advance(40_000);
    expect(c.store.list('pods', 'default').map((p) => p.spec.nodeName)).toEqual(['kind-worker']);
  });
});

describe('daemonset rolling update', () => {
  it('replaces pods one node at a time when the template changes', () => {
    const c = freshCluster();
    c.api.create({
      apiVersion: 'apps/v1',
      kind: 'DaemonSet',
      metadata: { name: 'agent', namespace: 'default' },
      spec: { selector: { matchLabels: { app: 'agent' } }, template: { metadata: { labels: { app: 'agent' } }, spec: { containers: [{ name: 'a', image: 'nginx' }] } } },
    });
    c.advance(10_000);
    const before = c.store.list('pods', 'default').map((p) => p.metadata.labels!['controller-revision-hash']);
    const ds = c.api.get(RT.daemonSet, 'default', 'agent');
    ds.spec.template.spec.containers[0].image = 'nginx:1.27';
    c.api.update(ds);
    c.reconcile();
    // maxUnavailable 1: only one old pod is taken down at first.
    expect(c.store.list('pods', 'default').filter((p) => p.metadata.deletionTimestamp)).toHaveLength(1);
    c.advance(30_000);
    const after = c.store.list('pods', 'default');
    expect(after).toHaveLength(2);
    expect(after.every((p) => p.spec.containers[0].image === 'nginx:1.27')).toBe(true);
    expect(after[0]!.metadata.labels!['controller-revision-hash']).not.toBe(before[0]);
    expect(c.store.get('daemonsets.apps', 'default', 'agent')!.status).toMatchObject({ updatedNumberScheduled: 2, numberAvailable: 2, observedGeneration: 2 });
  });
});
