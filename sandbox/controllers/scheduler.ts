// kube-scheduler: binds each pending pod to a node that passes the filters, preferring the node
// running the fewest pods; reports FailedScheduling with the real message when none fits.

import type { Cluster } from '../cluster/cluster.js';
import type { Controller } from './types.js';
import type { KubeObject } from '../api/types.js';
import { filterNode, hostPorts, unschedulableMessage } from './scheduling.js';
import { insufficient, podRequests, type NodeUsage } from './resources.js';
import { bindPod, extState, isTerminal, RT, ts, whenChanged } from './util.js';

interface Attempt {
  msg: string;
  at: number;
}
/** Unschedulable pods are retried on every change, but re-reported at most every 5 minutes. */
const REPORT_EVERY = 5 * 60_000;

function schedule(c: Cluster): undefined {
  const pending = c.store
    .list('pods')
    .filter((p) => !p.spec?.nodeName && !p.metadata.deletionTimestamp && !isTerminal(p) && !(p.spec?.schedulingGates?.length))
    .filter((p) => (p.spec?.schedulerName ?? 'default-scheduler') === 'default-scheduler');
  const attempts = extState<Record<string, Attempt>>(c, 'scheduler', () => ({}));
  if (!pending.length) {
    for (const k of Object.keys(attempts)) delete attempts[k];
    return undefined;
  }
  const nodes = c.store.list('nodes');
  const load = new Map<string, number>();
  const usage = new Map<string, NodeUsage>();
  const use = (node: string, p: KubeObject) => {
    const u = usage.get(node) ?? { pods: 0, cpu: 0, memory: 0 };
    const r = podRequests(p);
    usage.set(node, { pods: u.pods + 1, cpu: u.cpu + r.cpu, memory: u.memory + r.memory });
  };
  const ports = new Map<string, Set<string>>();
  const addPorts = (node: string, p: KubeObject) => {
    for (const k of hostPorts(p)) {
      if (!ports.has(node)) ports.set(node, new Set());
      ports.get(node)!.add(k);
    }
  };
  for (const p of c.store.list('pods')) {
    if (!p.spec?.nodeName || isTerminal(p)) continue;
    load.set(p.spec.nodeName, (load.get(p.spec.nodeName) ?? 0) + 1);
    addPorts(p.spec.nodeName, p);
    use(p.spec.nodeName, p);
  }
  // Oldest first, as the scheduling queue orders by priority then arrival.
  pending.sort((a, b) => (b.spec?.priority ?? 0) - (a.spec?.priority ?? 0) || cmp(a.metadata.creationTimestamp, b.metadata.creationTimestamp));
  for (const pod of pending) {
    const reasons: string[][] = [];
    const fits: KubeObject[] = [];
    for (const n of nodes) {
      const why = filterNode(pod, n, ports.get(n.metadata.name!));
      const short = why ? [] : insufficient(pod, n, usage.get(n.metadata.name!));
      if (why) reasons.push([why]);
      else if (short.length) reasons.push(short);
      else fits.push(n);
    }
    if (!fits.length) {
      report(c, pod, unschedulableMessage(nodes.length, reasons), attempts);
      continue;
    }
    const least = Math.min(...fits.map((n) => load.get(n.metadata.name!) ?? 0));
    const best = fits.filter((n) => (load.get(n.metadata.name!) ?? 0) === least);
    const node = best.length === 1 ? best[0]! : best[c.rng.int(best.length)]!;
    const name = node.metadata.name!;
    bindPod(c, pod, name, { type: 'PodScheduled', status: 'True', lastProbeTime: null, lastTransitionTime: ts(c.now) });
    load.set(name, least + 1);
    addPorts(name, pod);
    use(name, pod);
    delete attempts[pod.metadata.uid!];
    c.recordEvent(pod, 'Normal', 'Scheduled', `Successfully assigned ${pod.metadata.namespace}/${pod.metadata.name} to ${name}`, 'default-scheduler');
  }
  return undefined;
}

function report(c: Cluster, pod: KubeObject, msg: string, attempts: Record<string, Attempt>): void {
  const uid = pod.metadata.uid!;
  const prev = attempts[uid];
  if (prev && prev.msg === msg && c.now - prev.at < REPORT_EVERY) return;
  attempts[uid] = { msg, at: c.now };
  const old = (pod.status?.conditions ?? []).find((x: any) => x.type === 'PodScheduled');
  const cond = {
    type: 'PodScheduled',
    status: 'False',
    lastProbeTime: null,
    lastTransitionTime: old?.status === 'False' ? old.lastTransitionTime : ts(c.now),
    reason: 'Unschedulable',
    message: msg,
  };
  c.api.updateStatus(
    RT.pod,
    pod.metadata.namespace,
    pod.metadata.name!,
    { ...(pod.status ?? {}), phase: 'Pending', conditions: [cond] },
  );
  c.recordEvent(pod, 'Warning', 'FailedScheduling', msg, 'default-scheduler');
}

function cmp(a: string | undefined, b: string | undefined): number {
  return (a ?? '') < (b ?? '') ? -1 : (a ?? '') > (b ?? '') ? 1 : 0;
}

export const scheduler: Controller = {
  name: 'scheduler',
  reconcile: (c) => whenChanged(c, 'scheduler', ['pods', 'nodes'], () => schedule(c)),
};
