// `kubectl describe deployment|replicaset|daemonset`: describeDeployment, describeReplicaSet and
// describeDaemonSet, with pod counts by phase and the pod template.

import type { Cluster } from '../../../cluster/cluster.js';
import { formatLabelSelector, formatMap, matchesSelector } from '../../../api/labels.js';
import type { KubeObject } from '../../../api/types.js';
import { describeEvents, searchEvents } from './events.js';
import { describePodTemplate } from './pod.js';
import { annotationsMultiline, controllerOf, DescribeWriter, labelsMultiline, LEVEL_0, LEVEL_1, time1123 } from './writer.js';

/** LabelSelectorAsSelector(...).String(): `app=web`, empty for an empty selector. */
export function selectorString(sel: any): string {
  const s = formatLabelSelector(sel ?? {});
  return s === '<none>' ? '' : s;
}

/** getPodStatusForController: pods the controller owns, counted by phase. */
function podCounts(c: Cluster, owner: KubeObject): string {
  let running = 0, waiting = 0, succeeded = 0, failed = 0;
  for (const p of c.store.list('pods', owner.metadata.namespace)) {
    if (!matchesSelector(p.metadata.labels, owner.spec?.selector)) continue;
    const ref = p.metadata.ownerReferences?.find((r) => r.controller);
    if (!ref || ref.uid !== owner.metadata.uid) continue;
    const phase = p.status?.phase;
    if (phase === 'Running') running++;
    else if (phase === 'Pending') waiting++;
    else if (phase === 'Succeeded') succeeded++;
    else if (phase === 'Failed') failed++;
  }
  return `${running} Running / ${waiting} Waiting / ${succeeded} Succeeded / ${failed} Failed`;
}

function conditions(w: DescribeWriter, conds: any[] | undefined): void {
  if (!conds?.length) return;
  w.write(LEVEL_0, 'Conditions:\n  Type\tStatus\tReason\n');
  w.write(LEVEL_1, '----\t------\t------\n');
  for (const cd of conds) w.write(LEVEL_1, `${cd.type} \t${cd.status}\t${cd.reason ?? ''}\n`);
}

const rsSummary = (rs: KubeObject[]) => rs.map((r) => `${r.metadata.name} (${r.status?.replicas ?? 0}/${r.spec?.replicas ?? 0} replicas created)`).join(', ') || '<none>';

/** The Deployment's ReplicaSets: the one whose template matches is new, the rest old. */
function replicaSetsOf(c: Cluster, d: KubeObject): { oldRSs: KubeObject[]; newRSs: KubeObject[] } {
  const owned = c.store
    .list('replicasets.apps', d.metadata.namespace)
    .filter((rs) => rs.metadata.ownerReferences?.some((r) => r.controller && r.uid === d.metadata.uid));
  const strip = (t: any) => {
    const x = structuredClone(t ?? {});
    if (x.metadata?.labels) delete x.metadata.labels['pod-template-hash'];
    return JSON.stringify(x);
  };
  const want = strip(d.spec?.template);
  const newest = owned.filter((rs) => strip(rs.spec?.template) === want).sort((a, b) => (a.metadata.creationTimestamp! < b.metadata.creationTimestamp! ? -1 : 1))[0];
  return { newRSs: newest ? [newest] : [], oldRSs: owned.filter((rs) => rs !== newest) };
}

export function describeDeployment(c: Cluster, d: KubeObject, showEvents: boolean): string {
  const w = new DescribeWriter();
  const spec = d.spec ?? {}, st = d.status ?? {};
  w.write(LEVEL_0, `Name:\t${d.metadata.name}\n`);
  w.write(LEVEL_0, `Namespace:\t${d.metadata.namespace}\n`);
  w.write(LEVEL_0, `CreationTimestamp:\t${time1123(d.metadata.creationTimestamp)}\n`);
  labelsMultiline(w, 'Labels', d.metadata.labels);
  annotationsMultiline(w, 'Annotations', d.metadata.annotations);
  w.write(LEVEL_0, `Selector:\t${selectorString(spec.selector)}\n`);
  w.write(LEVEL_0, `Replicas:\t${spec.replicas ?? 0} desired | ${st.updatedReplicas ?? 0} updated | ${st.replicas ?? 0} total | ${st.availableReplicas ?? 0} available | ${st.unavailableReplicas ?? 0} unavailable\n`);
  w.write(LEVEL_0, `StrategyType:\t${spec.strategy?.type ?? ''}\n`);
  w.write(LEVEL_0, `MinReadySeconds:\t${spec.minReadySeconds ?? 0}\n`);
  const ru = spec.strategy?.rollingUpdate;
  if (ru) w.write(LEVEL_0, `RollingUpdateStrategy:\t${ru.maxUnavailable ?? ''} max unavailable, ${ru.maxSurge ?? ''} max surge\n`);
  describePodTemplate(spec.template, w);
  conditions(w, st.conditions);
  const { oldRSs, newRSs } = replicaSetsOf(c, d);
  if (oldRSs.length || newRSs.length) {
    w.write(LEVEL_0, `OldReplicaSets:\t${rsSummary(oldRSs)}\n`);
    w.write(LEVEL_0, `NewReplicaSet:\t${rsSummary(newRSs)}\n`);
  }
  if (showEvents) describeEvents(searchEvents(c, d), w, c.now);
  return w.toString();
}

export function describeReplicaSet(c: Cluster, rs: KubeObject, showEvents: boolean): string {
  const w = new DescribeWriter();
  w.write(LEVEL_0, `Name:\t${rs.metadata.name}\n`);
  w.write(LEVEL_0, `Namespace:\t${rs.metadata.namespace}\n`);
  w.write(LEVEL_0, `Selector:\t${formatLabelSelector(rs.spec?.selector)}\n`);
  labelsMultiline(w, 'Labels', rs.metadata.labels);
  annotationsMultiline(w, 'Annotations', rs.metadata.annotations);
  const ctl = controllerOf(rs);
  if (ctl) w.write(LEVEL_0, `Controlled By:\t${ctl}\n`);
  w.write(LEVEL_0, `Replicas:\t${rs.status?.replicas ?? 0} current / ${rs.spec?.replicas ?? 0} desired\n`);
  w.write(LEVEL_0, `Pods Status:\t${podCounts(c, rs)}\n`);
  describePodTemplate(rs.spec?.template, w);
  conditions(w, rs.status?.conditions);
  if (showEvents) describeEvents(searchEvents(c, rs), w, c.now);
  return w.toString();
}

export function describeDaemonSet(c: Cluster, ds: KubeObject, showEvents: boolean): string {
  const w = new DescribeWriter();
  const st = ds.status ?? {};
  w.write(LEVEL_0, `Name:\t${ds.metadata.name}\n`);
  w.write(LEVEL_0, `Namespace:\t${ds.metadata.namespace}\n`);
  w.write(LEVEL_0, `Selector:\t${selectorString(ds.spec?.selector)}\n`);
  w.write(LEVEL_0, `Node-Selector:\t${formatMap(ds.spec?.template?.spec?.nodeSelector)}\n`);
  labelsMultiline(w, 'Labels', ds.metadata.labels);
  annotationsMultiline(w, 'Annotations', ds.metadata.annotations);
  w.write(LEVEL_0, `Desired Number of Nodes Scheduled: ${st.desiredNumberScheduled ?? 0}\n`);
  w.write(LEVEL_0, `Current Number of Nodes Scheduled: ${st.currentNumberScheduled ?? 0}\n`);
  w.write(LEVEL_0, `Number of Nodes Scheduled with Up-to-date Pods: ${st.updatedNumberScheduled ?? 0}\n`);
  w.write(LEVEL_0, `Number of Nodes Scheduled with Available Pods: ${st.numberAvailable ?? 0}\n`);
  w.write(LEVEL_0, `Number of Nodes Misscheduled: ${st.numberMisscheduled ?? 0}\n`);
  w.write(LEVEL_0, `Pods Status:\t${podCounts(c, ds)}\n`);
  describePodTemplate(ds.spec?.template, w);
  if (showEvents) describeEvents(searchEvents(c, ds), w, c.now);
  return w.toString();
}
