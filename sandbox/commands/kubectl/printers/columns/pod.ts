// `kubectl get pods` columns: printPod from the API server's table printers.

import type { KubeObject } from '../../../../api/types.js';
import { col, since, type KindColumns, type RowContext } from './types.js';

const isRestartable = (c: any) => c?.restartPolicy === 'Always';

/** READY, STATUS and RESTARTS cells for a pod. */
export function podStatusCells(pod: KubeObject, x: RowContext): { ready: string; status: string; restarts: string } {
  const spec = pod.spec ?? {};
  const st = pod.status ?? {};
  let restarts = 0;
  let sidecarRestarts = 0;
  let total = (spec.containers ?? []).length;
  let ready = 0;
  let lastRestart = 0;
  let lastSidecarRestart = 0;
  const phase: string = st.phase ?? '';
  let reason = st.reason || phase;
  for (const c of st.conditions ?? []) if (c.type === 'PodScheduled' && c.reason === 'SchedulingGated') reason = 'SchedulingGated';
  const inits = new Map<string, any>();
  for (const c of spec.initContainers ?? []) {
    inits.set(c.name, c);
    if (isRestartable(c)) total++;
  }
  const finished = (cs: any) => (cs.lastState?.terminated?.finishedAt ? Date.parse(cs.lastState.terminated.finishedAt) : 0);
  let initializing = false;
  const initStatuses: any[] = st.initContainerStatuses ?? [];
  for (let i = 0; i < initStatuses.length; i++) {
    const cs = initStatuses[i];
    restarts += cs.restartCount ?? 0;
    lastRestart = Math.max(lastRestart, finished(cs));
    const restartable = isRestartable(inits.get(cs.name));
    if (restartable) {
      sidecarRestarts += cs.restartCount ?? 0;
      lastSidecarRestart = Math.max(lastSidecarRestart, finished(cs));
    }
    const term = cs.state?.terminated;
    const wait = cs.state?.waiting;
    if (term && (term.exitCode ?? 0) === 0) continue;
    if (restartable && cs.started) {
      if (cs.ready) ready++;
      continue;
    }
    if (term) reason = term.reason ? `Init:${term.reason}` : term.signal ? `Init:Signal:${term.signal}` : `Init:ExitCode:${term.exitCode}`;
    else if (wait?.reason && wait.reason !== 'PodInitializing') reason = `Init:${wait.reason}`;
    else reason = `Init:${i}/${(spec.initContainers ?? []).length}`;
    initializing = true;
    break;
  }
  const initialized = (st.conditions ?? []).some((c: any) => c.type === 'Initialized' && c.status === 'True');
  if (!initializing || initialized) {
    restarts = sidecarRestarts;
    lastRestart = lastSidecarRestart;
    let hasRunning = false;
    const statuses: any[] = st.containerStatuses ?? [];
    for (let i = statuses.length - 1; i >= 0; i--) {
      const cs = statuses[i];
      restarts += cs.restartCount ?? 0;
      lastRestart = Math.max(lastRestart, finished(cs));
      const wait = cs.state?.waiting, term = cs.state?.terminated;
      if (wait?.reason) reason = wait.reason;
      else if (term?.reason) reason = term.reason;
      else if (term) reason = term.signal ? `Signal:${term.signal}` : `ExitCode:${term.exitCode ?? 0}`;
      else if (cs.ready && cs.state?.running) {
        hasRunning = true;
        ready++;
      }
    }
    if (reason === 'Completed' && hasRunning) reason = (st.conditions ?? []).some((c: any) => c.type === 'Ready' && c.status === 'True') ? 'Running' : 'NotReady';
  }
  if (pod.metadata.deletionTimestamp && st.reason === 'NodeLost') reason = 'Unknown';
  else if (pod.metadata.deletionTimestamp && phase !== 'Succeeded' && phase !== 'Failed') reason = 'Terminating';
  let restartsStr = String(restarts);
  if (restarts !== 0 && lastRestart) restartsStr = `${restarts} (${since(new Date(lastRestart).toISOString(), x)} ago)`;
  return { ready: `${ready}/${total}`, status: reason, restarts: restartsStr };
}

export const podColumns: KindColumns = {
  columns: [col('NAME'), col('READY'), col('STATUS'), col('RESTARTS'), col('AGE'), col('IP', true), col('NODE', true), col('NOMINATED NODE', true), col('READINESS GATES', true)],
  cells(pod, x) {
    const s = podStatusCells(pod, x);
    const gates: any[] = pod.spec?.readinessGates ?? [];
    let readinessGates = '<none>';
    if (gates.length) {
      const trueCount = gates.filter((g) => (pod.status?.conditions ?? []).find((c: any) => c.type === g.conditionType)?.status === 'True').length;
      readinessGates = `${trueCount}/${gates.length}`;
    }
    return [
      pod.metadata.name!,
      s.ready,
      s.status,
      s.restarts,
      since(pod.metadata.creationTimestamp, x),
      pod.status?.podIPs?.[0]?.ip || '<none>',
      pod.spec?.nodeName || '<none>',
      pod.status?.nominatedNodeName || '<none>',
      readinessGates,
    ];
  },
};
