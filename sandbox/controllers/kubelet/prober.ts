// The kubelet's probe workers (pkg/kubelet/prober/worker.go) on the cluster clock: one ticker per
// probe started with the pod, initialDelaySeconds counted from the container's start, results
// folded into success/failure runs against the thresholds, `Unhealthy` events per failure.

import type { Container, KubeObject } from '../../api/types.js';
import { parseImage } from './images.js';
import { checkProbe } from './probe-check.js';
import type { ContainerRuntime, ProbeKind, ProbeState } from './runtime.js';

const KINDS: readonly ProbeKind[] = ['startup', 'liveness', 'readiness'];
const FIELD = { startup: 'startupProbe', liveness: 'livenessProbe', readiness: 'readinessProbe' } as const;
const LABEL = { startup: 'Startup', liveness: 'Liveness', readiness: 'Readiness' } as const;

const probeOf = (spec: Container, k: ProbeKind): any => (spec as any)[FIELD[k]];
const period = (p: any): number => Math.max(1, p.periodSeconds ?? 10) * 1000;

/** The first tick of a worker started at `origin` that falls at or after `earliest`. */
function tick(origin: number, p: any, earliest: number): number {
  const n = Math.max(0, Math.ceil((earliest - origin) / period(p)));
  return origin + n * period(p);
}

/** A fresh record for a container that has just started; undefined when it has no probes. */
export function initProbes(spec: Container, origin: number, startedAt: number): ProbeState | undefined {
  if (!KINDS.some((k) => probeOf(spec, k))) return undefined;
  // Readiness starts as Failure, liveness as Success; without a startup probe the container is started.
  const st: ProbeState = { next: {}, streak: {}, ready: !probeOf(spec, 'readiness'), started: !probeOf(spec, 'startup') };
  for (const k of KINDS) {
    const p = probeOf(spec, k);
    if (!p || (k !== 'startup' && !st.started)) continue;
    st.next[k] = tick(origin, p, startedAt + (p.initialDelaySeconds ?? 0) * 1000);
  }
  return st;
}

/** When this container's next probe is due; undefined when none is (no probes, not running, being killed). */
export function nextProbeAt(ctr: ContainerRuntime): number | undefined {
  const st = ctr.probe;
  if (!st || ctr.step !== 'run' || st.kill) return undefined;
  let t: number | undefined;
  for (const k of KINDS) {
    const n = st.next[k];
    if (n !== undefined && (t === undefined || n < t)) t = n;
  }
  return t;
}

export interface ProbeRun {
  pod: KubeObject;
  spec: Container;
  ctr: ContainerRuntime;
  origin: number;
  event(type: 'Normal' | 'Warning', reason: string, msg: string): void;
}

/** Runs every probe due at `t`. Returns whether ready/started changed or a kill was decided. */
export function runDueProbes(r: ProbeRun, t: number): boolean {
  const st = r.ctr.probe!;
  let changed = false;
  for (const k of KINDS) {
    const due = st.next[k];
    if (due === undefined || due > t || st.kill) continue;
    const p = probeOf(r.spec, k);
    st.next[k] = due + period(p);
    const out = checkProbe(r.pod, r.spec, p, t, r.ctr.startedAt ?? t);
    const ok = out.result === 'success';
    if (!ok) {
      const msg = out.result === 'unknown' ? `${LABEL[k]} probe errored and resulted in unknown state: ${out.output}` : `${LABEL[k]} probe failed: ${out.output}`;
      r.event('Warning', 'Unhealthy', msg);
    }
    const run = st.streak[k] ?? 0;
    st.streak[k] = ok ? Math.max(run, 0) + 1 : Math.min(run, 0) - 1;
    const threshold = ok ? (k === 'readiness' ? (p.successThreshold ?? 1) : 1) : (p.failureThreshold ?? 3);
    if (Math.abs(st.streak[k]!) < threshold) continue;
    if (ok && !p.exec && k !== 'startup' && (k === 'liveness' || st.ready)) {
      delete st.next[k];
      (st.parked ??= []).push(k);
    }
    if (k === 'readiness') {
      if (st.ready !== ok) changed = true;
      st.ready = ok;
    } else if (!ok) {
      // The container is killed; probing stops until its replacement starts.
      st.kill = k;
      st.streak[k] = 0;
      return true;
    } else if (k === 'startup' && !st.started) {
      st.started = true;
      changed = true;
      delete st.next.startup;
      for (const o of ['liveness', 'readiness'] as const) {
        const op = probeOf(r.spec, o);
        if (!op) continue;
        const earliest = Math.max(t, (r.ctr.startedAt ?? t) + (op.initialDelaySeconds ?? 0) * 1000);
        // A passed startup probe triggers the readiness worker at once; liveness waits for its tick.
        st.next[o] = o === 'readiness' ? earliest : tick(r.origin, op, earliest);
      }
    }
  }
  return changed;
}

/** A container of the pod changed state at `t`: parked probes resume at their next tick. */
export function unpark(st: ProbeState, spec: Container, origin: number, t: number): void {
  for (const k of st.parked ?? []) st.next[k] = tick(origin, probeOf(spec, k), t);
  st.parked = undefined;
}

/** How a probe-killed container ends: the image's reaction to SIGTERM within the grace period. */
export function killOutcome(pod: KubeObject, spec: Container, kind: ProbeKind, stopMs: number): { code: number; reason: string; afterMs: number } {
  const graceMs = (probeOf(spec, kind)?.terminationGracePeriodSeconds ?? pod.spec?.terminationGracePeriodSeconds ?? 30) * 1000;
  if (stopMs > graceMs) return { code: 137, reason: 'Error', afterMs: graceMs };
  // nginx (STOPSIGNAL SIGQUIT), redis and http-echo shut down cleanly; other Go servers die of the signal.
  const image = parseImage(spec.image ?? '').repo.split('/').pop()!;
  if (['nginx', 'redis', 'http-echo'].includes(image)) return { code: 0, reason: 'Completed', afterMs: stopMs };
  return { code: 143, reason: 'Error', afterMs: stopMs };
}
