// Builds a pod's status from the kubelet's runtime record, as the kubelet's status manager
// writes it: phase, the five conditions with their transition times, container statuses.

import type { KubeObject } from '../../api/types.js';
import { ts } from '../util.js';
import type { ContainerRuntime, PodRuntime, Termination } from './runtime.js';

function terminated(t: Termination): Record<string, unknown> {
  return {
    containerID: t.containerID,
    exitCode: t.exitCode,
    finishedAt: ts(t.finishedAt),
    reason: t.reason,
    startedAt: ts(t.startedAt),
  };
}

function waitingReason(c: ContainerRuntime, initPending: boolean): { reason: string; message?: string } {
  switch (c.step) {
    case 'errpull':
      return { reason: 'ErrImagePull', message: c.error };
    case 'backoffpull':
      return { reason: 'ImagePullBackOff', message: `Back-off pulling image "${c.image}": ErrImagePull: ${c.error}` };
    default:
      return { reason: initPending && !c.init ? 'PodInitializing' : 'ContainerCreating' };
  }
}

/** Running, and passing its readiness probe (after its startup probe) when it has them. */
export function isReady(c: ContainerRuntime): boolean {
  return c.step === 'run' && (c.probe ? c.probe.ready && c.probe.started : true);
}

function containerStatus(pod: KubeObject, spec: any, c: ContainerRuntime, initPending: boolean): Record<string, unknown> {
  let state: Record<string, unknown>;
  if (c.step === 'run') state = { running: { startedAt: ts(c.startedAt!) } };
  else if (c.step === 'done' && c.term) state = { terminated: terminated(c.term) };
  else if (c.step === 'exited' && c.term) {
    const delay = c.until !== null ? c.until - c.term.finishedAt : 0;
    state = delay > 0
      ? { waiting: { reason: 'CrashLoopBackOff', message: `back-off ${Math.round(delay / 1000)}s restarting failed container=${c.name} pod=${pod.metadata.name}_${pod.metadata.namespace}(${pod.metadata.uid})` } }
      : { terminated: terminated(c.term) };
  } else state = { waiting: waitingReason(c, initPending) };
  const lastTerm = c.step === 'exited' && c.term && c.until !== null && c.until > c.term.finishedAt ? c.term : c.last;
  const out: Record<string, unknown> = {};
  if (c.containerID) out.containerID = `containerd://${c.containerID}`;
  out.image = c.image ?? spec.image;
  out.imageID = c.imageID ?? '';
  out.lastState = lastTerm ? { terminated: terminated(lastTerm) } : {};
  out.name = c.name;
  out.ready = isReady(c);
  out.restartCount = c.restarts;
  out.started = c.step === 'run' && (c.probe?.started ?? true);
  out.state = state;
  if (spec.volumeMounts?.length)
    out.volumeMounts = spec.volumeMounts.map((m: any) => ({
      mountPath: m.mountPath,
      name: m.name,
      ...(m.readOnly ? { readOnly: true, recursiveReadOnly: 'Disabled' } : {}),
    }));
  return out;
}

export function qosClass(pod: KubeObject): string {
  const ctrs: any[] = [...(pod.spec?.containers ?? []), ...(pod.spec?.initContainers ?? [])];
  let any = false;
  let guaranteed = true;
  for (const c of ctrs) {
    const req = c.resources?.requests ?? {};
    const lim = c.resources?.limits ?? {};
    if (Object.keys(req).length || Object.keys(lim).length) any = true;
    for (const r of ['cpu', 'memory']) {
      if (lim[r] === undefined) guaranteed = false;
      else if (req[r] !== undefined && String(req[r]) !== String(lim[r])) guaranteed = false;
    }
  }
  if (!any) return 'BestEffort';
  return guaranteed ? 'Guaranteed' : 'Burstable';
}

export function podPhase(pod: KubeObject, rt: PodRuntime): string {
  const regular = rt.ctrs.filter((c) => !c.init);
  if (rt.ctrs.some((c) => c.init && c.step === 'done' && c.term && c.term.exitCode !== 0)) return 'Failed';
  if (regular.length && regular.every((c) => c.step === 'done')) return regular.every((c) => c.term?.exitCode === 0) ? 'Succeeded' : 'Failed';
  if (regular.every((c) => c.everStarted)) return 'Running';
  return 'Pending';
}

/** The full status the kubelet would write now; `prev` keeps transition times of unchanged conditions. */
export function buildStatus(pod: KubeObject, rt: PodRuntime, now: number, nodeIP?: string): Record<string, unknown> {
  const prev = pod.status ?? {};
  const phase = podPhase(pod, rt);
  const terminal = phase === 'Succeeded' || phase === 'Failed';
  const inits = rt.ctrs.filter((c) => c.init);
  const regular = rt.ctrs.filter((c) => !c.init);
  const initPending = inits.some((c) => c.step !== 'done' || (c.term?.exitCode ?? 0) !== 0);
  const unready = regular.filter((c) => !isReady(c)).map((c) => c.name);
  const gen = pod.metadata.generation;
  const cond = (type: string, ok: boolean, at: number, reason?: string, message?: string) => {
    const old = (prev.conditions ?? []).find((x: any) => x.type === type);
    const status = ok ? 'True' : 'False';
    const out: Record<string, unknown> = {};
    if (gen !== undefined) out.observedGeneration = gen;
    out.type = type;
    out.status = status;
    out.lastProbeTime = null;
    out.lastTransitionTime = old && old.status === status ? old.lastTransitionTime : ts(at);
    if (reason) out.reason = reason;
    if (message) out.message = message;
    return out;
  };
  const sandbox = rt.sandboxAt !== undefined && !terminal;
  const notReadyReason = terminal ? 'PodCompleted' : 'ContainersNotReady';
  const notReadyMsg = terminal ? undefined : `containers with unready status: [${unready.join(' ')}]`;
  const conditions = [
    cond('PodReadyToStartContainers', sandbox, now),
    initPending
      ? cond('Initialized', false, now, terminal ? 'PodCompleted' : 'ContainersNotInitialized', terminal ? undefined : `containers with incomplete status: [${inits.filter((c) => c.step !== 'done').map((c) => c.name).join(' ')}]`)
      : cond('Initialized', true, rt.initDoneAt ?? rt.seen),
    unready.length || terminal ? cond('Ready', false, now, notReadyReason, notReadyMsg) : cond('Ready', true, now),
    unready.length || terminal ? cond('ContainersReady', false, now, notReadyReason, notReadyMsg) : cond('ContainersReady', true, now),
    ...(prev.conditions ?? []).filter((x: any) => x.type === 'PodScheduled'),
  ];
  const specs = new Map<string, any>();
  for (const c of [...(pod.spec.initContainers ?? []), ...pod.spec.containers]) specs.set(c.name, c);
  const status: Record<string, unknown> = {};
  if (gen !== undefined) status.observedGeneration = gen;
  status.phase = phase;
  status.conditions = conditions;
  const hostIP = prev.hostIP ?? nodeIP;
  if (hostIP) {
    status.hostIP = hostIP;
    status.hostIPs = prev.hostIPs ?? [{ ip: hostIP }];
  }
  if (prev.podIP) {
    status.podIP = prev.podIP;
    status.podIPs = prev.podIPs;
  }
  status.startTime = ts(rt.seen);
  if (inits.length) status.initContainerStatuses = inits.map((c) => containerStatus(pod, specs.get(c.name), c, false));
  status.containerStatuses = regular.map((c) => containerStatus(pod, specs.get(c.name), c, initPending));
  status.qosClass = prev.qosClass ?? qosClass(pod);
  return status;
}
