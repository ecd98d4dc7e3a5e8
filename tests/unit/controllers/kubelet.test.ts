import { describe, expect, it } from 'vitest';
import { RT } from '../../../sandbox/controllers/util.js';
import { goDuration, parseImage } from '../../../sandbox/controllers/kubelet/images.js';
import { containerBehaviour } from '../../../sandbox/controllers/kubelet/behaviour.js';
import { findCondition } from '../../../sandbox/api/types.js';
import { events, freshCluster, pod } from './helpers.js';

const state = (c: ReturnType<typeof freshCluster>, name: string) => c.store.get('pods', 'default', name)!.status.containerStatuses[0].state;

describe('kubelet: images', () => {
  it('normalises references as containerd reports them', () => {
    expect(parseImage('nginx').full).toBe('docker.io/library/nginx:latest');
    expect(parseImage('curlimages/curl:8.10.1').full).toBe('docker.io/curlimages/curl:8.10.1');
    expect(parseImage('registry.k8s.io/e2e-test-images/agnhost:2.53').full).toBe('registry.k8s.io/e2e-test-images/agnhost:2.53');
    expect(parseImage('localhost:5000/app').full).toBe('localhost:5000/app:latest');
  });

  it('prints pull durations as Go does after truncating to milliseconds', () => {
    expect(goDuration(850)).toBe('850ms');
    expect(goDuration(1200)).toBe('1.2s');
    expect(goDuration(2345)).toBe('2.345s');
    expect(goDuration(62_500)).toBe('1m2.5s');
  });
});

describe('kubelet: pod lifecycle', () => {
  it('takes a pod through ContainerCreating to Running with the kubelet events', () => {
    const c = freshCluster();
    c.api.create(pod('web', { containers: [{ name: 'nginx', image: 'nginx' }] }));
    c.reconcile();
    let p = c.store.get('pods', 'default', 'web')!;
    expect(p.status.phase).toBe('Pending');
    expect(p.status.containerStatuses[0].state).toEqual({ waiting: { reason: 'ContainerCreating' } });
    expect(p.status.podIP).toMatch(/^10\.244\.[12]\.\d+$/);
    c.advance(10_000);
    p = c.store.get('pods', 'default', 'web')!;
    expect(p.status.phase).toBe('Running');
    const cs = p.status.containerStatuses[0];
    expect(cs).toMatchObject({ name: 'nginx', ready: true, started: true, restartCount: 0, image: 'docker.io/library/nginx:latest' });
    expect(cs.containerID).toMatch(/^containerd:\/\/[0-9a-f]{64}$/);
    expect(cs.imageID).toMatch(/^docker\.io\/library\/nginx@sha256:[0-9a-f]{64}$/);
    expect(p.status.conditions.map((x: any) => `${x.type}=${x.status}`)).toEqual([
      'PodReadyToStartContainers=True',
      'Initialized=True',
      'Ready=True',
      'ContainersReady=True',
      'PodScheduled=True',
    ]);
    expect(p.status.qosClass).toBe('BestEffort');
    expect(p.status.hostIPs).toEqual([{ ip: p.status.hostIP }]);
    const ev = events(c, 'default', 'web');
    expect(ev[0]).toBe(`Normal Scheduled Successfully assigned default/web to ${p.spec.nodeName}`);
    expect(ev[1]).toBe('Normal Pulling Pulling image "nginx"');
    expect(ev[2]).toMatch(/^Normal Pulled Successfully pulled image "nginx" in ([\d.]+m?s) \(\1 including waiting\)\. Image size: 72225394 bytes\.$/);
    expect(ev.slice(3)).toEqual(['Normal Created Created container: nginx', 'Normal Started Started container nginx']);
  });

  it('says the image is already present for IfNotPresent images on the node', () => {
    const c = freshCluster();
    c.api.create(pod('a', { nodeName: 'kind-worker', containers: [{ name: 'c', image: 'nginx:1.27' }] }));
    c.advance(10_000);
    c.api.create(pod('b', { nodeName: 'kind-worker', containers: [{ name: 'c', image: 'nginx:1.27' }] }));
    c.advance(10_000);
    expect(events(c, 'default', 'b')).toContain('Normal Pulled Container image "nginx:1.27" already present on machine');
  });

  it('fails an unknown image with ErrImagePull, then ImagePullBackOff with growing back-off', () => {
    const c = freshCluster();
    c.api.create(pod('bad', { containers: [{ name: 'c', image: 'nginy' }] }));
    c.advance(3_000);
    expect(state(c, 'bad').waiting.reason).toBe('ImagePullBackOff');
    const err =
      'failed to pull and unpack image "docker.io/library/nginy:latest": failed to resolve reference "docker.io/library/nginy:latest": pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed';
    expect(events(c, 'default', 'bad')).toEqual(
      expect.arrayContaining([
        `Warning Failed Failed to pull image "nginy": ${err}`,
        'Warning Failed Error: ErrImagePull',
        'Normal BackOff Back-off pulling image "nginy"',
        'Warning Failed Error: ImagePullBackOff',
      ]),
    );
    c.advance(120_000);
    const pulls = c.store.list('events', 'default').find((e) => e.involvedObject.name === 'bad' && e.reason === 'Pulling')!;
    expect(pulls.count).toBe(4); // at 0s, ~10s, ~30s, ~70s
    const tag = freshCluster();
    tag.api.create(pod('t', { containers: [{ name: 'c', image: 'nginx:nosuchtag' }] }));
    tag.advance(2_000);
    expect(tag.store.get('pods', 'default', 't')!.status.containerStatuses[0].state.waiting.message).toContain(
      'failed to resolve reference "docker.io/library/nginx:nosuchtag": docker.io/library/nginx:nosuchtag: not found',
    );
  });

  it('restarts a container that exits with CrashLoopBackOff back-off 10s, 20s, 40s', () => {
    const c = freshCluster();
    c.api.create(pod('bb', { containers: [{ name: 'bb', image: 'busybox' }] }));
    c.advance(5_000);
    let cs = c.store.get('pods', 'default', 'bb')!.status.containerStatuses[0];
    expect(cs.restartCount).toBe(1);
    expect(cs.state.waiting).toEqual({ reason: 'CrashLoopBackOff', message: expect.stringMatching(/^back-off 10s restarting failed container=bb pod=bb_default\(/) });
    expect(cs.lastState.terminated).toMatchObject({ exitCode: 0, reason: 'Completed' });
    c.advance(12_000);
    cs = c.store.get('pods', 'default', 'bb')!.status.containerStatuses[0];
    expect(cs.restartCount).toBe(2);
    expect(cs.state.waiting.message).toMatch(/^back-off 20s /);
    expect(c.store.get('pods', 'default', 'bb')!.status.phase).toBe('Running');
    expect(events(c, 'default', 'bb')).toContain(`Warning BackOff Back-off restarting failed container bb in pod bb_default(${c.store.get('pods', 'default', 'bb')!.metadata.uid})`);
  });

  it('completes a pod with restartPolicy Never (Succeeded, or Failed on a non-zero exit)', () => {
    const c = freshCluster();
    c.api.create(pod('ok', { restartPolicy: 'Never', containers: [{ name: 'c', image: 'busybox', command: ['sh', '-c', 'echo hi'] }] }));
    c.api.create(pod('ko', { restartPolicy: 'Never', containers: [{ name: 'c', image: 'busybox', command: ['false'] }] }));
    c.advance(10_000);
    const ok = c.store.get('pods', 'default', 'ok')!;
    expect(ok.status.phase).toBe('Succeeded');
    expect(ok.status.containerStatuses[0].state.terminated).toMatchObject({ exitCode: 0, reason: 'Completed' });
    expect(findCondition(ok.status, 'Ready')).toMatchObject({ status: 'False', reason: 'PodCompleted' });
    const ko = c.store.get('pods', 'default', 'ko')!;
    expect(ko.status.phase).toBe('Failed');
    expect(ko.status.containerStatuses[0].state.terminated).toMatchObject({ exitCode: 1, reason: 'Error' });
  });

  it('runs init containers first, showing PodInitializing for the app container', () => {
    const c = freshCluster();
    c.api.create(pod('init', { initContainers: [{ name: 'wait', image: 'busybox', command: ['sleep', '5'] }], containers: [{ name: 'app', image: 'nginx' }] }));
    c.advance(3_000);
    let p = c.store.get('pods', 'default', 'init')!;
    expect(p.status.initContainerStatuses[0].state.running).toBeDefined();
    expect(p.status.containerStatuses[0].state.waiting.reason).toBe('PodInitializing');
    expect(findCondition(p.status, 'Initialized')).toMatchObject({ status: 'False', reason: 'ContainersNotInitialized', message: 'containers with incomplete status: [wait]' });
    c.advance(15_000);
    p = c.store.get('pods', 'default', 'init')!;
    expect(p.status.phase).toBe('Running');
    expect(p.status.initContainerStatuses[0].state.terminated).toMatchObject({ reason: 'Completed', exitCode: 0 });
  });

  it('removes a deleted pod once its containers stop: nginx in ~1s, PID-1 sleep only after the grace period', () => {
    const c = freshCluster();
    c.api.create(pod('nginx', { containers: [{ name: 'nginx', image: 'nginx' }] }));
    c.api.create(pod('sleeper', { containers: [{ name: 's', image: 'busybox', command: ['sleep', '3600'] }] }));
    c.advance(10_000);
    c.api.delete(RT.pod, 'default', 'nginx');
    c.api.delete(RT.pod, 'default', 'sleeper');
    c.reconcile();
    expect(events(c, 'default', 'nginx')).toContain('Normal Killing Stopping container nginx');
    c.advance(2_000);
    expect(c.store.get('pods', 'default', 'nginx')).toBeUndefined();
    expect(c.store.get('pods', 'default', 'sleeper')?.metadata.deletionTimestamp).toBeDefined();
    c.advance(28_500);
    expect(c.store.get('pods', 'default', 'sleeper')).toBeUndefined();
  });
});

describe('container behaviour', () => {
  it('decides from the image and command', () => {
    expect(containerBehaviour({ name: 'a', image: 'nginx' }).exit).toBeUndefined();
    expect(containerBehaviour({ name: 'a', image: 'busybox' }).exit).toEqual({ afterMs: 50, code: 0 });
    expect(containerBehaviour({ name: 'a', image: 'busybox', stdin: true, tty: true }).exit).toBeUndefined();
    expect(containerBehaviour({ name: 'a', image: 'busybox', command: ['sh', '-c', 'while true; do sleep 1; done'] })).toEqual({ stopMs: Infinity });
    expect(containerBehaviour({ name: 'a', image: 'busybox', command: ['sleep', '10'] })).toEqual({ exit: { afterMs: 10_000, code: 0 }, stopMs: Infinity });
    expect(containerBehaviour({ name: 'a', image: 'curlimages/curl' }).exit?.code).toBe(2);
    expect(containerBehaviour({ name: 'a', image: 'curlimages/curl', args: ['sleep', '3600'] })).toEqual({ exit: { afterMs: 3_600_000, code: 0 }, stopMs: Infinity });
    expect(containerBehaviour({ name: 'a', image: 'curlimages/curl', args: ['example.com'] }).exit?.code).toBe(0);
    expect(containerBehaviour({ name: 'a', image: 'postgres' }).exit?.code).toBe(1);
    expect(containerBehaviour({ name: 'a', image: 'postgres', env: [{ name: 'POSTGRES_PASSWORD', value: 'x' }] }).exit).toBeUndefined();
  });
});
