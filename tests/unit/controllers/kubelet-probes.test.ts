import { describe, expect, it } from 'vitest';
import { findCondition } from '../../../sandbox/api/types.js';
import type { Cluster } from '../../../sandbox/cluster/cluster.js';
import { execProbe, scriptFiles } from '../../../sandbox/controllers/kubelet/exec-probe.js';
import { kubeletPods, kubeletState } from '../../../sandbox/controllers/kubelet/pods.js';
import { events, freshCluster, pod, service } from './helpers.js';

const get = (c: Cluster, name: string) => c.store.get('pods', 'default', name)!;
const cs = (c: Cluster, name: string) => get(c, name).status.containerStatuses[0];
const ready = (c: Cluster, name: string) => findCondition(get(c, name).status, 'Ready')?.status;
const sliceReady = (c: Cluster, svc: string) =>
  c.store
    .list('endpointslices.discovery.k8s.io', 'default')
    .filter((s) => s.metadata.labels?.['kubernetes.io/service-name'] === svc)
    .flatMap((s) => s.endpoints ?? [])
    .map((e: any) => e.conditions.ready);

/** Creates a pod and runs the clock until its container has started; returns the start time. */
function started(c: Cluster, p: ReturnType<typeof pod>): number {
  c.api.create(p);
  c.waitUntil(() => !!get(c, p.metadata.name!).status?.containerStatuses?.[0]?.state?.running, 60_000);
  return Date.parse(cs(c, p.metadata.name!).state.running.startedAt);
}

const web = (probes: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  pod('web', { containers: [{ name: 'web', image: 'nginx', ports: [{ name: 'http', containerPort: 80 }], ...probes }], ...extra }, { app: 'web' });

describe('kubelet probes: readiness', () => {
  it('keeps a pod whose readiness probe hits a closed port out of the endpoints, saying why', () => {
    const c = freshCluster();
    c.api.create(service('web', { app: 'web' }));
    started(c, web({ readinessProbe: { tcpSocket: { port: 8080 }, periodSeconds: 5 } }));
    c.advance(30_000);
    expect(cs(c, 'web')).toMatchObject({ ready: false, started: true, restartCount: 0 });
    expect(get(c, 'web').status.phase).toBe('Running');
    expect(findCondition(get(c, 'web').status, 'Ready')).toMatchObject({ status: 'False', reason: 'ContainersNotReady', message: 'containers with unready status: [web]' });
    expect(sliceReady(c, 'web')).toEqual([false]);
    const ip = get(c, 'web').status.podIP;
    const unhealthy = c.store.list('events', 'default').filter((e) => e.reason === 'Unhealthy');
    expect(unhealthy).toHaveLength(1);
    expect(unhealthy[0]).toMatchObject({ type: 'Warning', message: `Readiness probe failed: dial tcp ${ip}:8080: connect: connection refused` });
    expect(unhealthy[0]!.count).toBeGreaterThanOrEqual(5);
    expect(unhealthy[0]!.involvedObject.fieldPath).toBe('spec.containers{web}');
  });

  it('becomes Ready on the first passing probe, at a tick of its period, and enters the endpoints', () => {
    const c = freshCluster();
    c.api.create(service('web', { app: 'web' }));
    const t0 = started(c, web({ readinessProbe: { httpGet: { path: '/', port: 'http' }, periodSeconds: 10 } }));
    expect(cs(c, 'web').ready).toBe(false);
    c.advance(10_000);
    expect(cs(c, 'web').ready).toBe(true);
    const at = Date.parse(findCondition(get(c, 'web').status, 'Ready')!.lastTransitionTime!);
    expect(at).toBeGreaterThanOrEqual(Math.floor(t0 / 1000) * 1000);
    expect(at - t0).toBeLessThanOrEqual(10_000);
    expect(sliceReady(c, 'web')).toEqual([true]);
    expect(events(c, 'default', 'web').filter((e) => e.includes('Unhealthy'))).toEqual([]);
  });

  it('honours initialDelaySeconds: no probe runs before it, so the pod stays unready', () => {
    const c = freshCluster();
    const t0 = started(c, web({ readinessProbe: { httpGet: { path: '/', port: 80 }, initialDelaySeconds: 20, periodSeconds: 5 } }));
    c.advanceTo(t0 + 19_000);
    expect(cs(c, 'web').ready).toBe(false);
    c.advanceTo(t0 + 26_000);
    expect(cs(c, 'web').ready).toBe(true);
    expect(Date.parse(findCondition(get(c, 'web').status, 'Ready')!.lastTransitionTime!)).toBeGreaterThanOrEqual(Math.floor((t0 + 20_000) / 1000) * 1000);
  });

  it('needs successThreshold passes in a row, and drops out after failureThreshold failures', () => {
    const c = freshCluster();
    c.api.create(service('bb', { app: 'bb' }));
    const spec = {
      containers: [
        {
          name: 'bb',
          image: 'busybox',
          command: ['sh', '-c', 'touch /tmp/ready; sleep 20; rm -f /tmp/ready; sleep 3600'],
          readinessProbe: { exec: { command: ['cat', '/tmp/ready'] }, periodSeconds: 2, successThreshold: 2, failureThreshold: 2 },
        },
      ],
    };
    const t0 = started(c, pod('bb', spec, { app: 'bb' }));
    const probe = () => Object.values(kubeletState(c).pods).find((p) => p.ctrs[0]?.name === 'bb')!.ctrs[0]!.probe!;
    c.waitUntil(() => cs(c, 'bb').ready, 10_000);
    expect(probe().streak.readiness).toBe(2); // one pass was not enough
    expect(sliceReady(c, 'bb')).toEqual([true]);
    c.advanceTo(t0 + 20_000);
    expect(cs(c, 'bb').ready).toBe(true);
    c.waitUntil(() => !cs(c, 'bb').ready, 10_000);
    expect(probe().streak.readiness).toBe(-2); // the first failure alone did not count
    expect(c.now).toBeGreaterThanOrEqual(t0 + 22_000);
    expect(sliceReady(c, 'bb')).toEqual([false]);
    expect(events(c, 'default', 'bb')).toContain("Warning Unhealthy Readiness probe failed: cat: can't open '/tmp/ready': No such file or directory");
  });

  it('reports an unknown named port as the kubelet does', () => {
    const c = freshCluster();
    started(c, web({ readinessProbe: { httpGet: { path: '/', port: 'metrics' } } }));
    c.advance(20_000);
    expect(events(c, 'default', 'web')).toContain('Warning Unhealthy Readiness probe errored and resulted in unknown state: strconv.Atoi: parsing "metrics": invalid syntax');
    expect(cs(c, 'web').ready).toBe(false);
  });
});

describe('kubelet probes: liveness', () => {
  it('restarts nginx when /healthz answers 404, with RESTARTS growing and the kubelet events', () => {
    const c = freshCluster();
    const t0 = started(c, web({ livenessProbe: { httpGet: { path: '/healthz', port: 80 }, periodSeconds: 5, failureThreshold: 3 } }));
    // Three failures 5s apart, then nginx stops cleanly on SIGQUIT and is started again.
    c.advanceTo(t0 + 9_000);
    expect(cs(c, 'web').restartCount).toBe(0);
    c.advanceTo(t0 + 18_000);
    const s = cs(c, 'web');
    expect(s.restartCount).toBe(1);
    expect(s.state.running).toBeDefined();
    expect(s.lastState.terminated).toMatchObject({ exitCode: 0, reason: 'Completed' });
    const ev = events(c, 'default', 'web');
    expect(ev).toContain('Warning Unhealthy Liveness probe failed: HTTP probe failed with statuscode: 404');
    expect(ev).toContain('Normal Killing Container web failed liveness probe, will be restarted');
    expect(ev.filter((e) => e === 'Normal Started Started container web')).toHaveLength(1); // folded, count 2
    const started2 = c.store.list('events', 'default').find((e) => e.reason === 'Started');
    expect(started2!.count).toBe(2);
    c.advance(120_000);
    expect(cs(c, 'web').restartCount).toBeGreaterThanOrEqual(3);
    expect(get(c, 'web').status.phase).toBe('Running');
  });

  it('kills a shell that ignores SIGTERM after the grace period: exit 137, reason Error', () => {
    const c = freshCluster();
    const p = pod('liveness-exec', {
      terminationGracePeriodSeconds: 10,
      containers: [
        {
          name: 'liveness',
          image: 'busybox',
          args: ['/bin/sh', '-c', 'touch /tmp/healthy; sleep 30; rm -f /tmp/healthy; sleep 600'],
          livenessProbe: { exec: { command: ['cat', '/tmp/healthy'] }, initialDelaySeconds: 5, periodSeconds: 5 },
        },
      ],
    });
    const t0 = started(c, p);
    c.advanceTo(t0 + 30_000);
    expect(events(c, 'default', 'liveness-exec').filter((e) => e.includes('Unhealthy'))).toEqual([]);
    c.advanceTo(t0 + 46_000);
    const ev = events(c, 'default', 'liveness-exec');
    expect(ev).toContain("Warning Unhealthy Liveness probe failed: cat: can't open '/tmp/healthy': No such file or directory");
    expect(ev).toContain('Normal Killing Container liveness failed liveness probe, will be restarted');
    expect(cs(c, 'liveness-exec').restartCount).toBe(0);
    c.advanceTo(t0 + 60_000);
    expect(cs(c, 'liveness-exec').restartCount).toBe(1);
    expect(cs(c, 'liveness-exec').lastState.terminated).toMatchObject({ exitCode: 137, reason: 'Error' });
  });

  it('reports a refused tcpSocket liveness probe with the dial error', () => {
    const c = freshCluster();
    const t0 = started(c, web({ livenessProbe: { tcpSocket: { port: 8080 }, periodSeconds: 10 } }));
    c.advanceTo(t0 + 35_000);
    const ip = get(c, 'web').status.podIP;
    expect(events(c, 'default', 'web')).toContain(`Warning Unhealthy Liveness probe failed: dial tcp ${ip}:8080: connect: connection refused`);
    expect(cs(c, 'web').restartCount).toBe(1);
  });
});

describe('kubelet probes: startup', () => {
  it('holds readiness and liveness back until the startup probe passes', () => {
    const c = freshCluster();
    const t0 = started(c, web({ startupProbe: { httpGet: { path: '/', port: 80 }, initialDelaySeconds: 10, periodSeconds: 5 }, readinessProbe: { httpGet: { path: '/', port: 80 } } }));
    expect(cs(c, 'web')).toMatchObject({ started: false, ready: false });
    c.advanceTo(t0 + 16_000);
    expect(cs(c, 'web')).toMatchObject({ started: true, ready: true });
  });
});

describe('kubelet probes: no probes', () => {
  it('leaves a pod without probes ready as soon as it runs', () => {
    const c = freshCluster();
    started(c, pod('plain', { containers: [{ name: 'c', image: 'nginx' }] }));
    expect(cs(c, 'plain')).toMatchObject({ ready: true, started: true });
    expect(ready(c, 'plain')).toBe('True');
  });
});

describe('kubelet probes: cost when idle', () => {
  it('does not wake the kubelet for probes that keep passing, until the pod changes', () => {
    const c = freshCluster();
    c.advance(120_000); // the system pods' probes settle too
    expect(kubeletPods.reconcile(c)).toBeUndefined();
    const t0 = started(c, web({ readinessProbe: { httpGet: { path: '/', port: 80 }, periodSeconds: 3 }, livenessProbe: { tcpSocket: { port: 80 }, periodSeconds: 3 } }));
    c.advanceTo(t0 + 10_000);
    expect(cs(c, 'web').ready).toBe(true);
    expect(kubeletPods.reconcile(c)).toBeUndefined();
    // A failing probe keeps its period: the kubelet reports it every time.
    started(c, pod('bad', { containers: [{ name: 'web', image: 'nginx', readinessProbe: { httpGet: { path: '/nope', port: 80 }, periodSeconds: 3 } }] }));
    const wake = kubeletPods.reconcile(c);
    expect(wake).toBeGreaterThan(c.now);
    expect(wake! - c.now).toBeLessThanOrEqual(3_000);
  });
});

describe('kubelet probes: snapshots', () => {
  it('carries probe schedules and failure runs across snapshot and restore, byte for byte', async () => {
    const { Cluster } = await import('../../../sandbox/cluster/cluster.js');
    const c = freshCluster();
    const t0 = started(c, web({ livenessProbe: { httpGet: { path: '/healthz', port: 80 }, periodSeconds: 5 } }));
    c.advanceTo(t0 + 7_000); // mid-way through the failure run
    const copy = Cluster.restore(JSON.parse(JSON.stringify(c.snapshot())));
    c.advanceTo(t0 + 60_000);
    copy.advanceTo(t0 + 60_000);
    expect(events(copy, 'default', 'web')).toEqual(events(c, 'default', 'web'));
    expect(cs(copy, 'web')).toEqual(cs(c, 'web'));
    expect(cs(c, 'web').restartCount).toBeGreaterThanOrEqual(2);
  });
});

describe('exec probe model', () => {
  it('follows the container script on the clock', () => {
    const ctr = { name: 'c', image: 'busybox', args: ['/bin/sh', '-c', 'touch /tmp/healthy; sleep 30; rm -f /tmp/healthy; sleep 600'] };
    expect(scriptFiles(ctr, 1_000, 'busybox').has('/tmp/healthy')).toBe(true);
    expect(scriptFiles(ctr, 31_000, 'busybox').has('/tmp/healthy')).toBe(false);
    expect(execProbe(['sh', '-c', 'test -f /tmp/healthy && true'], ctr, 1_000, 'busybox').code).toBe(0);
    expect(execProbe(['false'], ctr, 1_000, 'busybox')).toEqual({ code: 1, output: '' });
    expect(execProbe(['cat', '/usr/share/nginx/html/index.html'], { name: 'n', image: 'nginx' }, 0, 'nginx').code).toBe(0);
  });
});
