// `kubectl describe service|endpoints|endpointslice`: describeService (endpoints from
// EndpointSlices, ready ones only), describeEndpoints and describeEndpointSliceV1.

import type { Cluster } from '../../../cluster/cluster.js';
import { formatMap } from '../../../api/labels.js';
import type { KubeObject } from '../../../api/types.js';
import { describeEvents, searchEvents } from './events.js';
import { annotationsMultiline, DescribeWriter, labelsMultiline, LEVEL_0, LEVEL_1, LEVEL_2, LEVEL_3 } from './writer.js';

const joinHostPort = (ip: string, port: number) => (ip.includes(':') ? `[${ip}]:${port}` : `${ip}:${port}`);

/** formatEndpointSlices: ready endpoints for the named port, 3 then ` + N more...`. */
export function formatEndpointSlices(slices: KubeObject[], portName: string | undefined): string {
  if (!slices.length) return '<none>';
  const list: string[] = [];
  const max = 3;
  let more = false;
  let count = 0;
  for (const s of slices) {
    const eps: any[] = s.endpoints ?? [];
    const ready = (e: any) => e.conditions?.ready === undefined || e.conditions?.ready === null || e.conditions.ready;
    if (!(s.ports ?? []).length) {
      for (const e of eps) {
        if (list.length === max) more = true;
        if (!ready(e)) continue;
        if (!more) list.push(e.addresses[0]);
        count++;
      }
      continue;
    }
    for (const p of s.ports) {
      if (portName !== undefined && (p.name ?? '') !== portName) continue;
      for (const e of eps) {
        if (list.length === max) more = true;
        if (!ready(e)) continue;
        if (!more) list.push(joinHostPort(e.addresses[0], p.port));
        count++;
      }
    }
  }
  const ret = list.join(',');
  return more ? `${ret} + ${count - max} more...` : ret;
}

export function describeService(c: Cluster, svc: KubeObject, showEvents: boolean): string {
  const w = new DescribeWriter();
  const spec = svc.spec ?? {};
  const slices = c.store
    .list('endpointslices.discovery.k8s.io', svc.metadata.namespace)
    .filter((s) => s.metadata.labels?.['kubernetes.io/service-name'] === svc.metadata.name);
  w.write(LEVEL_0, `Name:\t${svc.metadata.name}\n`);
  w.write(LEVEL_0, `Namespace:\t${svc.metadata.namespace}\n`);
  labelsMultiline(w, 'Labels', svc.metadata.labels);
  annotationsMultiline(w, 'Annotations', svc.metadata.annotations);
  w.write(LEVEL_0, `Selector:\t${formatMap(spec.selector)}\n`);
  w.write(LEVEL_0, `Type:\t${spec.type ?? ''}\n`);
  if (spec.ipFamilyPolicy) w.write(LEVEL_0, `IP Family Policy:\t${spec.ipFamilyPolicy}\n`);
  w.write(LEVEL_0, `IP Families:\t${(spec.ipFamilies ?? []).length ? spec.ipFamilies.join(',') : '<none>'}\n`);
  w.write(LEVEL_0, `IP:\t${spec.clusterIP ?? ''}\n`);
  w.write(LEVEL_0, `IPs:\t${(spec.clusterIPs ?? []).length ? spec.clusterIPs.join(',') : '<none>'}\n`);
  if ((spec.externalIPs ?? []).length) w.write(LEVEL_0, `External IPs:\t${spec.externalIPs.join(',')}\n`);
  if (spec.loadBalancerIP) w.write(LEVEL_0, `Desired LoadBalancer IP:\t${spec.loadBalancerIP}\n`);
  if (spec.externalName) w.write(LEVEL_0, `External Name:\t${spec.externalName}\n`);
  const ingress: any[] = svc.status?.loadBalancer?.ingress ?? [];
  if (ingress.length) {
    const list = ingress.map((i) => (i.ip ? i.ip + (i.ipMode ? ` (${i.ipMode})` : '') : i.hostname ?? '')).join(', ');
    w.write(LEVEL_0, `LoadBalancer Ingress:\t${list}\n`);
  }
  for (const p of spec.ports ?? []) {
    const name = p.name || '<unset>';
    w.write(LEVEL_0, `Port:\t${name}\t${p.port}/${p.protocol}\n`);
    w.write(LEVEL_0, `TargetPort:\t${p.targetPort ?? p.port}/${p.protocol}\n`);
    if (p.nodePort) w.write(LEVEL_0, `NodePort:\t${name}\t${p.nodePort}/${p.protocol}\n`);
    w.write(LEVEL_0, `Endpoints:\t${formatEndpointSlices(slices, p.name ?? '')}\n`);
  }
  w.write(LEVEL_0, `Session Affinity:\t${spec.sessionAffinity ?? ''}\n`);
  if (spec.externalTrafficPolicy) w.write(LEVEL_0, `External Traffic Policy:\t${spec.externalTrafficPolicy}\n`);
  if (spec.internalTrafficPolicy) w.write(LEVEL_0, `Internal Traffic Policy:\t${spec.internalTrafficPolicy}\n`);
  if (spec.healthCheckNodePort) w.write(LEVEL_0, `HealthCheck NodePort:\t${spec.healthCheckNodePort}\n`);
  if ((spec.loadBalancerSourceRanges ?? []).length) w.write(LEVEL_0, `LoadBalancer Source Ranges:\t${spec.loadBalancerSourceRanges.join(',')}\n`);
  if (spec.trafficDistribution) w.write(LEVEL_0, `Traffic Distribution:\t${spec.trafficDistribution}\n`);
  if (showEvents) describeEvents(searchEvents(c, svc), w, c.now);
  return w.toString();
}

export function describeEndpoints(c: Cluster, ep: KubeObject, showEvents: boolean): string {
  const w = new DescribeWriter();
  w.write(LEVEL_0, `Name:\t${ep.metadata.name}\n`);
  w.write(LEVEL_0, `Namespace:\t${ep.metadata.namespace}\n`);
  labelsMultiline(w, 'Labels', ep.metadata.labels);
  annotationsMultiline(w, 'Annotations', ep.metadata.annotations);
  w.write(LEVEL_0, 'Subsets:\n');
  for (const ss of ep.subsets ?? []) {
    w.write(LEVEL_1, `Addresses:\t${(ss.addresses ?? []).map((a: any) => a.ip).join(',') || '<none>'}\n`);
    w.write(LEVEL_1, `NotReadyAddresses:\t${(ss.notReadyAddresses ?? []).map((a: any) => a.ip).join(',') || '<none>'}\n`);
    if ((ss.ports ?? []).length) {
      w.write(LEVEL_1, 'Ports:\n');
      w.write(LEVEL_2, 'Name\tPort\tProtocol\n');
      w.write(LEVEL_2, '----\t----\t--------\n');
      for (const p of ss.ports) w.write(LEVEL_2, `${p.name || '<unset>'}\t${p.port}\t${p.protocol ?? 'TCP'}\n`);
    }
    w.write(LEVEL_0, '\n');
  }
  if (showEvents) describeEvents(searchEvents(c, ep), w, c.now);
  return w.toString();
}

export function describeEndpointSlice(c: Cluster, es: KubeObject, showEvents: boolean): string {
  const w = new DescribeWriter();
  w.write(LEVEL_0, `Name:\t${es.metadata.name}\n`);
  w.write(LEVEL_0, `Namespace:\t${es.metadata.namespace}\n`);
  labelsMultiline(w, 'Labels', es.metadata.labels);
  annotationsMultiline(w, 'Annotations', es.metadata.annotations);
  w.write(LEVEL_0, `AddressType:\t${es.addressType ?? ''}\n`);
  const ports: any[] = es.ports ?? [];
  if (!ports.length) w.write(LEVEL_0, 'Ports: <unset>\n');
  else {
    w.write(LEVEL_0, 'Ports:\n');
    w.write(LEVEL_1, 'Name\tPort\tProtocol\n');
    w.write(LEVEL_1, '----\t----\t--------\n');
    for (const p of ports) w.write(LEVEL_1, `${p.name || '<unset>'}\t${p.port ?? '<unset>'}\t${p.protocol ?? 'TCP'}\n`);
  }
  const eps: any[] = es.endpoints ?? [];
  if (!eps.length) w.write(LEVEL_0, 'Endpoints: <none>\n');
  else {
    w.write(LEVEL_0, 'Endpoints:\n');
    for (const e of eps) {
      w.write(LEVEL_1, `- Addresses:\t${(e.addresses ?? []).join(', ') || '<none>'}\n`);
      w.write(LEVEL_2, 'Conditions:\n');
      const ready = e.conditions?.ready;
      w.write(LEVEL_3, `Ready:\t${ready === undefined || ready === null ? '<unset>' : String(ready)}\n`);
      w.write(LEVEL_2, `Hostname:\t${e.hostname ?? '<unset>'}\n`);
      if (e.targetRef) w.write(LEVEL_2, `TargetRef:\t${e.targetRef.kind}/${e.targetRef.name}\n`);
      w.write(LEVEL_2, `NodeName:\t${e.nodeName ?? '<unset>'}\n`);
      w.write(LEVEL_2, `Zone:\t${e.zone ?? '<unset>'}\n`);
    }
  }
  if (showEvents) describeEvents(searchEvents(c, es), w, c.now);
  return w.toString();
}
