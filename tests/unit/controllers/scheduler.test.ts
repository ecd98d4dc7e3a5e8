import { describe, expect, it } from 'vitest';
import { RT } from '../../../sandbox/controllers/util.js';
import { unschedulableMessage } from '../../../sandbox/controllers/scheduling.js';
import { parseQuantity } from '../../../sandbox/controllers/resources.js';
import { findCondition } from '../../../sandbox/api/types.js';
import { events, freshCluster, pod } from './helpers.js';

describe('scheduler', () => {
  it('spreads pods over the schedulable workers and never onto the tainted control plane', () => {
    const c = freshCluster();
    for (let i = 0; i < 6; i++) c.api.create(pod(`p${i}`, { containers: [{ name: 'c', image: 'nginx' }] }));
    c.reconcile();
    const nodes = c.store.list('pods', 'default').map((p) => p.spec.nodeName);
    expect(nodes.filter((n) => n === 'kind-worker')).toHaveLength(3);
    expect(nodes.filter((n) => n === 'kind-worker2')).toHaveLength(3);
    const p = c.store.get('pods', 'default', 'p0')!;
    expect(findCondition(p.status, 'PodScheduled')).toMatchObject({ status: 'True' });
    expect(events(c, 'default', 'p0')[0]).toBe(`Normal Scheduled Successfully assigned default/p0 to ${p.spec.nodeName}`);
  });

  it('honours nodeSelector and tolerations', () => {
    const c = freshCluster();
    c.api.create(pod('cp', { nodeSelector: { 'kubernetes.io/hostname': 'kind-control-plane' }, tolerations: [{ key: 'node-role.kubernetes.io/control-plane', operator: 'Exists', effect: 'NoSchedule' }], containers: [{ name: 'c', image: 'nginx' }] }));
    c.reconcile();
    expect(c.store.get('pods', 'default', 'cp')!.spec.nodeName).toBe('kind-control-plane');
  });

  it('reports FailedScheduling with kube-scheduler\'s message when no node fits', () => {
    const c = freshCluster();
    c.api.create(pod('nowhere', { nodeSelector: { disk: 'ssd' }, containers: [{ name: 'c', image: 'nginx' }] }));
    c.reconcile();
    const msg =
      "0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 2 node(s) didn't match Pod's node affinity/selector. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.";
    const p = c.store.get('pods', 'default', 'nowhere')!;
    expect(p.spec.nodeName).toBeUndefined();
    expect(findCondition(p.status, 'PodScheduled')).toMatchObject({ status: 'False', reason: 'Unschedulable', message: msg });
    expect(events(c, 'default', 'nowhere')).toEqual([`Warning FailedScheduling ${msg}`]);
    // Labelling a node makes it fit on the next pass.
    const n = c.api.get(RT.node, undefined, 'kind-worker2');
    n.metadata.labels!.disk = 'ssd';
    c.api.update(n);
    c.reconcile();
    expect(c.store.get('pods', 'default', 'nowhere')!.spec.nodeName).toBe('kind-worker2');
  });

  it('places pods asking for the same hostPort on different nodes, then reports no free ports', () => {
    const c = freshCluster();
    for (let i = 0; i < 3; i++) c.api.create(pod(`h${i}`, { containers: [{ name: 'c', image: 'nginx', ports: [{ containerPort: 80, hostPort: 8080 }] }] }));
    c.reconcile();
    const nodes = ['h0', 'h1', 'h2'].map((n) => c.store.get('pods', 'default', n)!.spec.nodeName);
    expect(nodes.slice(0, 2).sort()).toEqual(['kind-worker', 'kind-worker2']);
    expect(nodes[2]).toBeUndefined();
    expect(findCondition(c.store.get('pods', 'default', 'h2')!.status, 'PodScheduled').message).toBe(
      "0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 2 node(s) didn't have free ports for the requested pod ports. preemption: 0/3 nodes are available: 1 Preemption is not helpful for scheduling, 2 No preemption victims found for incoming pod.",
    );
  });

  it('reports Insufficient cpu / memory when requests do not fit what nodes have left', () => {
    const c = freshCluster();
    c.api.create(pod('fits', { containers: [{ name: 'c', image: 'nginx', resources: { requests: { cpu: '7', memory: '1Gi' } } }] }));
    c.api.create(pod('big', { containers: [{ name: 'c', image: 'nginx', resources: { requests: { cpu: '7500m', memory: '20Gi' } } }] }));
    c.reconcile();
    expect(c.store.get('pods', 'default', 'fits')!.spec.nodeName).toMatch(/^kind-worker2?$/);
    expect(findCondition(c.store.get('pods', 'default', 'big')!.status, 'PodScheduled').message).toBe(
      '0/3 nodes are available: 1 Insufficient cpu, 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 2 Insufficient memory. preemption: 0/3 nodes are available: 1 Preemption is not helpful for scheduling, 2 No preemption victims found for incoming pod.',
    );
    expect(parseQuantity('100m')).toBeCloseTo(0.1);
    expect(parseQuantity('70Mi')).toBe(70 * 2 ** 20);
    expect(parseQuantity('1G')).toBe(1e9);
    expect(parseQuantity('1e3')).toBe(1000);
  });

  it('skips cordoned nodes', () => {
    const c = freshCluster();
    const n = c.api.get(RT.node, undefined, 'kind-worker');
    n.spec.unschedulable = true;
    c.api.update(n);
    for (let i = 0; i < 3; i++) c.api.create(pod(`p${i}`, { containers: [{ name: 'c', image: 'nginx' }] }));
    c.reconcile();
    expect(c.store.list('pods', 'default').map((p) => p.spec.nodeName)).toEqual(['kind-worker2', 'kind-worker2', 'kind-worker2']);
    expect(c.store.get('nodes', undefined, 'kind-worker')!.spec.taints).toEqual([{ effect: 'NoSchedule', key: 'node.kubernetes.io/unschedulable' }]);
  });

  it('forgets pods of a deleted node; their controllers replace them elsewhere', () => {
    const c = freshCluster();
    for (let i = 0; i < 2; i++) c.api.create(pod(`p${i}`, { nodeName: 'kind-worker', containers: [{ name: 'c', image: 'nginx' }] }));
    c.advance(5_000);
    c.api.delete(RT.node, undefined, 'kind-worker');
    c.advance(10_000);
    expect(c.store.list('pods').filter((p) => p.spec.nodeName === 'kind-worker')).toEqual([]);
    const ds = c.store.list('pods', 'kube-system').filter((p) => p.metadata.name!.startsWith('kindnet-'));
    expect(ds.map((p) => p.spec.nodeName).sort()).toEqual(['kind-control-plane', 'kind-worker2']);
  });

  it('formats the message with sorted counts', () => {
    expect(unschedulableMessage(0, [])).toBe('no nodes available to schedule pods');
    expect(unschedulableMessage(2, [['node(s) were unschedulable'], ['node(s) were unschedulable']])).toBe(
      '0/2 nodes are available: 2 node(s) were unschedulable. preemption: 0/2 nodes are available: 2 Preemption is not helpful for scheduling.',
    );
  });
});

describe('IPAM (host-local)', () => {
  it('hands out addresses from .2 in each node\'s podCIDR, never twice, continuing after the last one reserved', () => {
    const c = freshCluster();
    const mk = (name: string) => c.api.create(pod(name, { nodeName: 'kind-worker', containers: [{ name: 'c', image: 'nginx' }] }));
    mk('a');
    mk('b');
    c.reconcile();
    const ip = (n: string) => c.store.get('pods', 'default', n)?.status?.podIP;
    expect([ip('a'), ip('b')]).toEqual(['10.244.1.2', '10.244.1.3']);
    c.api.delete(RT.pod, 'default', 'a', { gracePeriodSeconds: 0 });
    mk('c');
    c.reconcile();
    expect(ip('c')).toBe('10.244.1.4');
  });

  it('gives hostNetwork pods the node IP', () => {
    const c = freshCluster();
    c.api.create(pod('h', { hostNetwork: true, nodeName: 'kind-worker2', containers: [{ name: 'c', image: 'nginx' }] }));
    c.reconcile();
    expect(c.store.get('pods', 'default', 'h')!.status.podIP).toBe('172.18.0.4');
  });
});
