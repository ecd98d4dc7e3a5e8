// The kubelet's pod lifecycle on the cluster clock: sandbox, image pulls (with back-off), create
// and start in order (init containers first), exits and restarts with CrashLoopBackOff, and
// graceful termination ending in the pod's removal.

import type { Cluster } from '../../cluster/cluster.js';
import type { Container, KubeObject } from '../../api/types.js';
import type { Controller } from '../types.js';
import { extState, minWake, RT, whenChanged } from '../util.js';
import { containerBehaviour } from './behaviour.js';
import { goDuration, imageSize, parseImage, PRELOADED, pullImage, pullPolicy } from './images.js';
import type { ContainerRuntime, KubeletState, PodRuntime } from './runtime.js';
import { buildStatus } from './status.js';
import { nodeInternalIP } from '../ipam.js';
import { isMirrorPod } from './static.js';
import { initProbes, killOutcome, nextProbeAt, runDueProbes, unpark } from './prober.js';

const MAX_BACKOFF = 300_000;
const NETWORK_NOT_READY =
  'container runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:Network plugin returns error: cni plugin not initialized';
const backoff = (n: number): number => Math.min(10_000 * 2 ** Math.max(0, n - 1), MAX_BACKOFF);

export function kubeletState(c: Cluster): KubeletState {
  return extState<KubeletState>(c, 'kubelet', () => ({ pods: {}, images: {} }));
}

function nodeImages(st: KubeletState, node: string): string[] {
  return (st.images[node] ??= [...PRELOADED]);
}

class PodSync {
  constructor(
    private c: Cluster,
    private st: KubeletState,
    private pod: KubeObject,
    private rt: PodRuntime,
  ) {}

  private spec(ctr: ContainerRuntime): Container {
    const list: Container[] = ctr.init ? (this.pod.spec.initContainers ?? []) : this.pod.spec.containers;
    return list.find((x) => x.name === ctr.name)!;
  }

  private event(type: 'Normal' | 'Warning', reason: string, msg: string, ctr?: ContainerRuntime): void {
    const fp = ctr ? `spec.${ctr.init ? 'initContainers' : 'containers'}{${ctr.name}}` : undefined;
    this.c.recordEvent(this.pod, type, reason, msg, 'kubelet/' + this.rt.node, fp);
  }

  private start(ctr: ContainerRuntime, t: number): void {
    const spec = this.spec(ctr);
    const ref = parseImage(spec.image ?? '');
    const present = nodeImages(this.st, this.rt.node).includes(ref.full);
    const policy = pullPolicy(spec);
    if (present && policy !== 'Always') {
      this.event('Normal', 'Pulled', `Container image "${spec.image}" already present on machine`, ctr);
      return this.run(ctr, t);
    }
    this.event('Normal', 'Pulling', `Pulling image "${spec.image}"`, ctr);
    const out = pullImage(ref);
    const ms = !out.ok ? 400 + this.c.rng.int(900) : present ? 300 + this.c.rng.int(600) : 300 + Math.round((imageSize(ref) / 30e6) * 1000) + this.c.rng.int(800);
    ctr.step = 'pull';
    ctr.until = t + ms;
    ctr.startedAt = t;
  }

  private pulled(ctr: ContainerRuntime, t: number): void {
    const spec = this.spec(ctr);
    const ref = parseImage(spec.image ?? '');
    const out = pullImage(ref);
    if (!out.ok) {
      ctr.pullFails++;
      ctr.error = out.error;
      ctr.image = spec.image;
      this.event('Warning', 'Failed', `Failed to pull image "${spec.image}": ${out.error}`, ctr);
      this.event('Warning', 'Failed', 'Error: ErrImagePull', ctr);
      ctr.step = 'errpull';
      ctr.until = t + 1000;
      return;
    }
    const imgs = nodeImages(this.st, this.rt.node);
    if (!imgs.includes(ref.full)) imgs.push(ref.full);
    const d = goDuration(t - ctr.startedAt!);
    this.event('Normal', 'Pulled', `Successfully pulled image "${spec.image}" in ${d} (${d} including waiting). Image size: ${out.size} bytes.`, ctr);
    this.run(ctr, t);
  }

  private run(ctr: ContainerRuntime, t: number): void {
    const spec = this.spec(ctr);
    const ref = parseImage(spec.image ?? '');
    ctr.image = ref.full;
    ctr.imageID = pullImage(ref).ok ? (pullImage(ref) as { imageID: string }).imageID : '';
    ctr.containerID = this.c.rng.hex(64);
    ctr.startedAt = t;
    ctr.step = 'run';
    ctr.error = undefined;
    ctr.pullFails = 0;
    ctr.everStarted = true;
    this.event('Normal', 'Created', `Created container: ${ctr.name}`, ctr);
    this.event('Normal', 'Started', `Started container ${ctr.name}`, ctr);
    const b = containerBehaviour(spec);
    ctr.until = b.exit ? t + b.exit.afterMs : null;
    ctr.probe = initProbes(spec, this.rt.seen, t);
    const idx = this.rt.ctrs.indexOf(ctr);
    if (!ctr.init && idx === this.rt.cursor) {
      this.rt.cursor++;
      this.rt.cursorAt = t;
    }
  }

  /** Runs the probes due at `t`; a failed liveness/startup probe starts killing the container. */
  private probe(ctr: ContainerRuntime, t: number): boolean {
    const spec = this.spec(ctr);
    const pod = this.c.store.get('pods', this.pod.metadata.namespace, this.pod.metadata.name!) ?? this.pod;
    const changed = runDueProbes({ pod, spec, ctr, origin: this.rt.seen, event: (type, reason, msg) => this.event(type, reason, msg, ctr) }, t);
    const kind = ctr.probe?.kill;
    if (kind) {
      const restart = (this.pod.spec.restartPolicy ?? 'Always') !== 'Never';
      this.event('Normal', 'Killing', `Container ${ctr.name} failed ${kind} probe${restart ? ', will be restarted' : ''}`, ctr);
      const end = killOutcome(this.pod, spec, kind, containerBehaviour(spec).stopMs);
      ctr.until = ctr.until === null ? t + end.afterMs : Math.min(ctr.until, t + end.afterMs);
    }
    return changed;
  }

  private exited(ctr: ContainerRuntime, t: number): void {
    const spec = this.spec(ctr);
    const kill = ctr.probe?.kill;
    let code = containerBehaviour(spec).exit?.code ?? 0;
    let reason = code === 0 ? 'Completed' : 'Error';
    if (kill) ({ code, reason } = killOutcome(this.pod, spec, kill, containerBehaviour(spec).stopMs));
    ctr.term = { exitCode: code, reason, startedAt: ctr.startedAt!, finishedAt: t, containerID: `containerd://${ctr.containerID}` };
    ctr.probe = undefined;
    const policy = this.pod.spec.restartPolicy ?? 'Always';
    if (ctr.init && code === 0) {
      ctr.step = 'done';
      ctr.until = null;
      this.rt.cursor++;
      this.rt.cursorAt = t;
      if (!this.rt.ctrs[this.rt.cursor]?.init) this.rt.initDoneAt = t;
      return;
    }
    // A probe-killed container is restarted whatever its exit code, unless the policy is Never.
    const restart = policy === 'Always' || (policy === 'OnFailure' && (code !== 0 || !!kill));
    if (!restart) {
      ctr.step = 'done';
      ctr.until = null;
      return;
    }
    const delay = ctr.restarts === 0 ? 0 : backoff(ctr.restarts);
    ctr.step = 'exited';
    ctr.until = t + delay;
    if (delay > 0)
      this.event('Warning', 'BackOff', `Back-off restarting failed container ${ctr.name} in pod ${this.pod.metadata.name}_${this.pod.metadata.namespace}(${this.pod.metadata.uid})`, ctr);
  }

  /** Applies every transition due by `now`, in time order. Returns the next one's time. */
  step(now: number): number | undefined {
    for (let guard = 0; guard < 2000; guard++) {
      let t = Infinity;
      let which: ContainerRuntime | undefined;
      let probing = false;
      const cur = this.rt.ctrs[this.rt.cursor];
      if (cur && cur.step === 'new' && this.rt.cursorAt !== undefined) {
        t = this.rt.cursorAt;
        which = cur;
      }
      for (const ctr of this.rt.ctrs) {
        if (ctr.until !== null && ctr.until < t) {
          t = ctr.until;
          which = ctr;
          probing = false;
        }
        const p = ctr.probe ? nextProbeAt(ctr) : undefined;
        if (p !== undefined && p < t) {
          t = p;
          which = ctr;
          probing = true;
        }
      }
      if (!which || t > now) return Number.isFinite(t) ? t : undefined;
      const saved = this.c.now;
      this.c.now = t; // events and transition times carry the moment the transition happened
      try {
        if (probing) {
          if (this.probe(which, t)) this.writeStatus();
          continue;
        }
        // What a parked probe would find may change with any container of the pod.
        for (const ctr of this.rt.ctrs) if (ctr.probe?.parked) unpark(ctr.probe, this.spec(ctr), this.rt.seen, t);
        switch (which.step) {
          case 'new':
            this.start(which, t);
            break;
          case 'pull':
            this.pulled(which, t);
            break;
          case 'errpull':
            which.step = 'backoffpull';
            which.until = t - 1000 + backoff(which.pullFails);
            this.event('Normal', 'BackOff', `Back-off pulling image "${this.spec(which).image}"`, which);
            this.event('Warning', 'Failed', 'Error: ImagePullBackOff', which);
            break;
          case 'backoffpull':
            this.start(which, t);
            break;
          case 'run':
            this.exited(which, t);
            break;
          case 'exited':
            which.last = which.term;
            which.term = undefined;
            which.restarts++;
            this.start(which, t);
            break;
        }
        this.writeStatus();
      } finally {
        this.c.now = saved;
      }
    }
    return undefined;
  }

  writeStatus(): void {
    const cur = this.c.store.get('pods', this.pod.metadata.namespace, this.pod.metadata.name!);
    if (!cur) return;
    this.pod = cur;
    const nodeIP = nodeInternalIP(this.c.store.get('nodes', undefined, this.rt.node));
    this.c.api.updateStatus(RT.pod, cur.metadata.namespace, cur.metadata.name!, buildStatus(cur, this.rt, this.c.now, nodeIP));
  }

  /** SIGTERM to every running container; the pod is removed once they have stopped. */
  terminate(now: number): number | undefined {
    const rt = this.rt;
    const grace = (this.pod.metadata.deletionGracePeriodSeconds ?? 30) * 1000;
    if (rt.killAt === undefined) {
      rt.killAt = now;
      let stop = 0;
      for (const ctr of rt.ctrs) {
        if (ctr.step !== 'run') continue;
        this.event('Normal', 'Killing', `Stopping container ${ctr.name}`, ctr);
        stop = Math.max(stop, Math.min(containerBehaviour(this.spec(ctr)).stopMs, grace));
      }
      rt.stopAt = now + stop;
    }
    if (now >= rt.stopAt!) {
      this.c.api.purge(RT.pod, this.pod.metadata.namespace, this.pod.metadata.name!);
      return undefined;
    }
    return rt.stopAt;
  }
}

function newRuntime(pod: KubeObject, now: number): PodRuntime {
  const mk = (c: Container, init: boolean): ContainerRuntime => ({ name: c.name, init, step: 'new', until: null, restarts: 0, pullFails: 0, everStarted: false });
  return {
    node: pod.spec.nodeName,
    seen: now,
    cursor: 0,
    ctrs: [...(pod.spec.initContainers ?? []).map((c: Container) => mk(c, true)), ...(pod.spec.containers ?? []).map((c: Container) => mk(c, false))],
  };
}

function syncAll(c: Cluster): number | undefined {
  const st = kubeletState(c);
  let wake: number | undefined;
  const live = new Set<string>();
  for (const pod of c.store.list('pods')) {
    const nodeName = pod.spec?.nodeName;
    if (!nodeName || !c.store.get('nodes', undefined, nodeName)) continue;
    // A static pod's runtime outlives its mirror pod: deleting the mirror does not stop it.
    const mirror = isMirrorPod(pod);
    const uid = mirror ? `mirror:${pod.metadata.namespace}/${pod.metadata.name}` : pod.metadata.uid!;
    live.add(uid);
    let rt = st.pods[uid];
    if (mirror && pod.metadata.deletionTimestamp) {
      c.api.purge(RT.pod, pod.metadata.namespace, pod.metadata.name!);
      continue;
    }
    if (pod.metadata.deletionTimestamp) {
      rt ??= st.pods[uid] = newRuntime(pod, c.now);
      const w = new PodSync(c, st, pod, rt).terminate(c.now);
      if (w === undefined) delete st.pods[uid];
      wake = minWake(wake, w);
      continue;
    }
    if (!rt) {
      if (pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed') continue;
      rt = st.pods[uid] = newRuntime(pod, c.now);
    }
    const sync = new PodSync(c, st, pod, rt);
    if (rt.sandboxAt !== undefined && !pod.status?.startTime) sync.writeStatus(); // a recreated mirror pod
    if (rt.sandboxAt === undefined) {
      if (pod.status?.podIP) {
        rt.sandboxAt = c.now;
        rt.cursorAt = c.now + 300 + c.rng.int(700);
      } else if (!pod.spec.hostNetwork) {
        // No CNI on the node yet: the runtime cannot set up the pod's network namespace.
        c.recordEvent(pod, 'Warning', 'NetworkNotReady', `network is not ready: ${NETWORK_NOT_READY}`, `kubelet/${nodeName}`);
      }
      sync.writeStatus();
    }
    wake = minWake(wake, sync.step(c.now));
  }
  for (const uid of Object.keys(st.pods)) if (!live.has(uid)) delete st.pods[uid];
  // Transitions carry their own exact times (see step()), so waking on whole seconds loses nothing
  // a learner can see (API timestamps have one-second precision) and lets a thousand pods starting
  // together settle in a few dozen passes instead of thousands.
  return wake === undefined ? undefined : Math.ceil(wake / 1000) * 1000;
}

export const kubeletPods: Controller = {
  name: 'kubelet-pods',
  reconcile: (c) => whenChanged(c, 'kubelet-pods', ['pods', 'nodes'], () => syncAll(c)),
};
