// `kubectl describe pod`: describePod from kubectl's describe.go.

import type { Cluster } from '../../../cluster/cluster.js';
import type { KubeObject } from '../../../api/types.js';
import { age } from '../../../util/duration.js';
import { describeContainers, describeVolumes } from './containers.js';
import { describeEvents, searchEvents } from './events.js';
import { annotationsMultiline, controllerOf, DescribeWriter, labelsMultiline, LEVEL_0, LEVEL_1, time1123, tolerationsMultiline } from './writer.js';

/** qos.GetPodQOS, simplified to cpu and memory. */
export function podQOS(pod: KubeObject): string {
  const cs: any[] = [...(pod.spec?.containers ?? []), ...(pod.spec?.initContainers ?? [])];
  let any = false;
  let guaranteed = true;
  for (const c of cs) {
    const req = c.resources?.requests ?? {}, lim = c.resources?.limits ?? {};
    if (Object.keys(req).length || Object.keys(lim).length) any = true;
    for (const r of ['cpu', 'memory']) {
      if (lim[r] === undefined) guaranteed = false;
      else if (req[r] !== undefined && req[r] !== lim[r]) guaranteed = false;
    }
  }
  if (!any) return 'BestEffort';
  return guaranteed ? 'Guaranteed' : 'Burstable';
}

export function describePod(c: Cluster, pod: KubeObject, showEvents: boolean): string {
  const w = new DescribeWriter();
  const spec = pod.spec ?? {};
  const st = pod.status ?? {};
  w.write(LEVEL_0, `Name:\t${pod.metadata.name}\n`);
  w.write(LEVEL_0, `Namespace:\t${pod.metadata.namespace}\n`);
  if (spec.priority !== undefined) w.write(LEVEL_0, `Priority:\t${spec.priority}\n`);
  if (spec.priorityClassName) w.write(LEVEL_0, `Priority Class Name:\t${spec.priorityClassName}\n`);
  if (spec.runtimeClassName) w.write(LEVEL_0, `Runtime Class Name:\t${spec.runtimeClassName}\n`);
  if (spec.serviceAccountName) w.write(LEVEL_0, `Service Account:\t${spec.serviceAccountName}\n`);
  w.write(LEVEL_0, spec.nodeName ? `Node:\t${spec.nodeName}/${st.hostIP ?? ''}\n` : 'Node:\t<none>\n');
  if (st.startTime) w.write(LEVEL_0, `Start Time:\t${time1123(st.startTime)}\n`);
  labelsMultiline(w, 'Labels', pod.metadata.labels);
  annotationsMultiline(w, 'Annotations', pod.metadata.annotations);
  if (pod.metadata.deletionTimestamp && st.phase !== 'Failed' && st.phase !== 'Succeeded') {
    w.write(LEVEL_0, `Status:\tTerminating (lasts ${age(pod.metadata.deletionTimestamp, c.now)})\n`);
    w.write(LEVEL_0, `Termination Grace Period:\t${pod.metadata.deletionGracePeriodSeconds ?? 0}s\n`);
  } else w.write(LEVEL_0, `Status:\t${st.phase ?? ''}\n`);
  if (st.reason) w.write(LEVEL_0, `Reason:\t${st.reason}\n`);
  if (st.message) w.write(LEVEL_0, `Message:\t${st.message}\n`);
  const seccomp = spec.securityContext?.seccompProfile;
  if (seccomp) {
    w.write(LEVEL_0, `SeccompProfile:\t${seccomp.type}\n`);
    if (seccomp.type === 'Localhost') w.write(LEVEL_0, `LocalhostProfile:\t${seccomp.localhostProfile}\n`);
  }
  w.write(LEVEL_0, `IP:\t${st.podIP ?? ''}\n`);
  const ips: any[] = st.podIPs ?? [];
  if (!ips.length) w.write(LEVEL_0, 'IPs:\t<none>\n');
  else {
    w.write(LEVEL_0, 'IPs:\n');
    for (const ip of ips) w.write(LEVEL_1, `IP:\t${ip.ip}\n`);
  }
  const ctl = controllerOf(pod);
  if (ctl) w.write(LEVEL_0, `Controlled By:\t${ctl}\n`);
  if (st.nominatedNodeName) w.write(LEVEL_0, `NominatedNodeName:\t${st.nominatedNodeName}\n`);
  if ((spec.initContainers ?? []).length) describeContainers('Init Containers', spec.initContainers, st.initContainerStatuses, pod, w, '');
  describeContainers('Containers', spec.containers ?? [], st.containerStatuses, pod, w, '');
  if ((spec.readinessGates ?? []).length) {
    w.write(LEVEL_0, 'Readiness Gates:\n  Type\tStatus\n');
    for (const g of spec.readinessGates) {
      const cond = (st.conditions ?? []).find((x: any) => x.type === g.conditionType);
      w.write(LEVEL_1, `${g.conditionType} \t${cond ? cond.status : '<none>'} \n`);
    }
  }
  if ((st.conditions ?? []).length) {
    w.write(LEVEL_0, 'Conditions:\n  Type\tStatus\n');
    for (const cond of st.conditions) w.write(LEVEL_1, `${cond.type} \t${cond.status} \n`);
  }
  describeVolumes(spec.volumes, w, '');
  w.write(LEVEL_0, `QoS Class:\t${podQOS(pod)}\n`);
  labelsMultiline(w, 'Node-Selectors', spec.nodeSelector);
  tolerationsMultiline(w, 'Tolerations', spec.tolerations);
  if (showEvents) describeEvents(searchEvents(c, pod, { anyKind: true }), w, c.now);
  return w.toString();
}

/** DescribePodTemplate, used by the workload describers. */
export function describePodTemplate(template: any, w: DescribeWriter): void {
  w.write(LEVEL_0, 'Pod Template:\n');
  if (!template) {
    w.write(LEVEL_1, '<unset>');
    return;
  }
  const meta = template.metadata ?? {};
  const spec = template.spec ?? {};
  labelsMultiline(w, '  Labels', meta.labels);
  if (Object.keys(meta.annotations ?? {}).length) annotationsMultiline(w, '  Annotations', meta.annotations);
  if (spec.serviceAccountName) w.write(LEVEL_1, `Service Account:\t${spec.serviceAccountName}\n`);
  if ((spec.initContainers ?? []).length) describeContainers('Init Containers', spec.initContainers, undefined, undefined, w, '  ');
  describeContainers('Containers', spec.containers ?? [], undefined, undefined, w, '  ');
  describeVolumes(spec.volumes, w, '  ');
  if (spec.priorityClassName) w.write(LEVEL_1, `Priority Class Name:\t${spec.priorityClassName}\n`);
  labelsMultiline(w, '  Node-Selectors', spec.nodeSelector);
  tolerationsMultiline(w, '  Tolerations', spec.tolerations);
}
