import { describe, expect, it } from 'vitest';
import { RT } from '../../../sandbox/controllers/util.js';
import { deployment, events, freshCluster, podsOf } from './helpers.js';
import type { Cluster } from '../../../sandbox/cluster/cluster.js';

const rsList = (c: Cluster) => c.store.list('replicasets.apps', 'default');
const setImage = (c: Cluster, image: string) => {
  const d = c.api.get(RT.deployment, 'default', 'web');
  d.spec.template.spec.containers[0].image = image;
  c.api.update(d);
  c.reconcile();
};

describe('deployment controller', () => {
  it('creates a ReplicaSet named by pod-template-hash, with revision annotations, and its pods', () => {
    const c = freshCluster();
    c.api.create(deployment('web'));
    c.reconcile();
    const [rs] = rsList(c);
    const hash = rs!.metadata.labels!['pod-template-hash']!;
    expect(rs!.metadata.name).toBe(`web-${hash}`);
    expect(hash).toMatch(/^[bcdfghjklmnpqrstvwxz2456789]{8,10}$/);
    expect(rs!.metadata.annotations).toEqual({
      'deployment.kubernetes.io/desired-replicas': '3',
      'deployment.kubernetes.io/max-replicas': '4',
      'deployment.kubernetes.io/revision': '1',
    });
    expect(rs!.spec.selector.matchLabels).toEqual({ app: 'web', 'pod-template-hash': hash });
    expect(rs!.metadata.ownerReferences).toEqual([expect.objectContaining({ kind: 'Deployment', name: 'web', controller: true, blockOwnerDeletion: true })]);
    const pods = podsOf(c);
    expect(pods).toHaveLength(3);
    for (const p of pods) {
      expect(p.metadata.name).toMatch(new RegExp(`^web-${hash}-[bcdfghjklmnpqrstvwxz2456789]{5}$`));
      expect(p.metadata.labels).toEqual({ app: 'web', 'pod-template-hash': hash });
      expect(p.metadata.ownerReferences![0]).toMatchObject({ kind: 'ReplicaSet', name: rs!.metadata.name, uid: rs!.metadata.uid });
    }
    expect(events(c, 'default', 'web')).toEqual([`Normal ScalingReplicaSet Scaled up replica set web-${hash} from 0 to 3`]);
    expect(events(c, 'default', rs!.metadata.name).filter((e) => e.includes('SuccessfulCreate'))).toHaveLength(3);
    expect(c.store.get('deployments.apps', 'default', 'web')!.metadata.annotations).toEqual({ 'deployment.kubernetes.io/revision': '1' });
  });

  it('reports progress then completion in status and conditions', () => {
    const c = freshCluster();
    c.api.create(deployment('web'));
    c.reconcile();
    let d = c.store.get('deployments.apps', 'default', 'web')!;
    expect(d.status.conditions.map((x: any) => `${x.type}=${x.status}/${x.reason}`)).toEqual([
      'Available=False/MinimumReplicasUnavailable',
      'Progressing=True/ReplicaSetUpdated',
    ]);
    c.advance(15_000);
    d = c.store.get('deployments.apps', 'default', 'web')!;
    expect(d.status).toMatchObject({ observedGeneration: 1, replicas: 3, updatedReplicas: 3, readyReplicas: 3, availableReplicas: 3 });
    expect(d.status.unavailableReplicas).toBeUndefined();
    expect(d.status.conditions.map((x: any) => `${x.type}=${x.status}/${x.reason}: ${x.message}`)).toEqual([
      'Available=True/MinimumReplicasAvailable: Deployment has minimum availability.',
      `Progressing=True/NewReplicaSetAvailable: ReplicaSet "${rsList(c)[0]!.metadata.name}" has successfully progressed.`,
    ]);
  });

  it('rolls out within maxSurge and maxUnavailable at every step', () => {
    const c = freshCluster();
    c.api.create(deployment('web', { replicas: 4, strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1, maxUnavailable: 1 } } }));
    c.advance(15_000);
    setImage(c, 'nginx:1.27');
    for (let i = 0; i < 60; i++) {
      const pods = podsOf(c).filter((p) => !p.metadata.deletionTimestamp);
      expect(pods.length).toBeLessThanOrEqual(5);
      const ready = pods.filter((p) => p.status?.conditions?.some((x: any) => x.type === 'Ready' && x.status === 'True'));
      expect(ready.length).toBeGreaterThanOrEqual(3);
      c.advance(500);
    }
    const sets = rsList(c);
    expect(sets.map((rs) => [rs.metadata.annotations!['deployment.kubernetes.io/revision'], rs.spec.replicas]).sort()).toEqual([['1', 0], ['2', 4]]);
    expect(podsOf(c).every((p) => p.spec.containers[0].image === 'nginx:1.27')).toBe(true);
    const msgs = events(c, 'default', 'web');
    expect(msgs).toContain(`Normal ScalingReplicaSet Scaled down replica set ${sets.find((r) => r.spec.replicas === 0)!.metadata.name} from 4 to 3`);
    expect(c.store.get('deployments.apps', 'default', 'web')!.metadata.annotations!['deployment.kubernetes.io/revision']).toBe('2');
  });

  it('rolling back reuses the old ReplicaSet under a new revision', () => {
    const c = freshCluster();
    c.api.create(deployment('web', { replicas: 2 }));
    c.advance(15_000);
    const first = rsList(c)[0]!.metadata.name;
    setImage(c, 'nginx:1.27');
    c.advance(30_000);
    setImage(c, 'nginx');
    c.advance(30_000);
    const sets = rsList(c);
    expect(sets).toHaveLength(2);
    const back = sets.find((r) => r.metadata.name === first)!;
    expect(back.spec.replicas).toBe(2);
    expect(back.metadata.annotations!['deployment.kubernetes.io/revision']).toBe('3');
    expect(back.metadata.annotations!['deployment.kubernetes.io/revision-history']).toBe('1');
  });

  it('Recreate scales the old ReplicaSet to zero and waits for its pods to go', () => {
    const c = freshCluster();
    c.api.create(deployment('web', { replicas: 2, strategy: { type: 'Recreate' } }));
    c.advance(15_000);
    setImage(c, 'nginx:1.27');
    const newRS = () => rsList(c).find((r) => r.metadata.annotations!['deployment.kubernetes.io/revision'] === '2');
    expect(newRS()).toBeUndefined();
    expect(podsOf(c).every((p) => p.metadata.deletionTimestamp)).toBe(true);
    c.advance(3_000);
    expect(newRS()?.spec.replicas).toBe(2);
    c.advance(15_000);
    expect(podsOf(c).map((p) => p.spec.containers[0].image)).toEqual(['nginx:1.27', 'nginx:1.27']);
  });

  it('scales the ReplicaSet up and down with ScalingReplicaSet events', () => {
    const c = freshCluster();
    c.api.create(deployment('web', { replicas: 2 }));
    c.advance(15_000);
    const scale = (n: number) => {
      const d = c.api.get(RT.deployment, 'default', 'web');
      d.spec.replicas = n;
      c.api.update(d);
      c.advance(15_000);
    };
    scale(5);
    expect(podsOf(c).filter((p) => p.status.phase === 'Running')).toHaveLength(5);
    scale(1);
    expect(podsOf(c)).toHaveLength(1);
    const rs = rsList(c)[0]!.metadata.name;
    expect(events(c, 'default', 'web').slice(-2)).toEqual([`Normal ScalingReplicaSet Scaled up replica set ${rs} from 2 to 5`, `Normal ScalingReplicaSet Scaled down replica set ${rs} from 5 to 1`]);
    expect(rsList(c)[0]!.metadata.annotations!['deployment.kubernetes.io/desired-replicas']).toBe('1');
  });

  it('marks a rollout that makes no progress as ProgressDeadlineExceeded', () => {
    const c = freshCluster();
    const d = deployment('web', { replicas: 1, image: 'nginy' });
    d.spec.progressDeadlineSeconds = 60;
    c.api.create(d);
    c.advance(90_000);
    const p = c.store.get('deployments.apps', 'default', 'web')!.status.conditions.find((x: any) => x.type === 'Progressing');
    expect(p).toMatchObject({ status: 'False', reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${rsList(c)[0]!.metadata.name}" has timed out progressing.` });
  });
});
