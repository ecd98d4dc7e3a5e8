// `kubectl describe ingress|ingressclass|networkpolicy` as kubectl's describe.go prints them.

import type { Cluster } from '../../../cluster/cluster.js';
import { formatLabelSelector } from '../../../api/labels.js';
import type { KubeObject } from '../../../api/types.js';
import { describeEvents, searchEvents } from './events.js';
import { formatEndpointSlices } from './service.js';
import { annotationsMultiline, DescribeWriter, goTimeString, labelsMultiline, LEVEL_0, LEVEL_1, LEVEL_2 } from './writer.js';

function describeBackend(c: Cluster, ns: string, backend: any): string {
  if (backend?.service) {
    const b = backend.service;
    const sb = `${b.name}:${b.port?.number ? b.port.number : b.port?.name ?? ''}`;
    const svc = c.store.get('services', ns, b.name);
    if (!svc) return `${sb} (<error: services "${b.name}" not found>)`;
    let spName = '';
    for (const sp of svc.spec?.ports ?? []) {
      if (b.port?.number && b.port.number === sp.port) spName = sp.name ?? '';
      else if (b.port?.name && b.port.name === sp.name) spName = sp.name;
    }
    const slices = c.store.list('endpointslices.discovery.k8s.io', ns).filter((s) => s.metadata.labels?.['kubernetes.io/service-name'] === b.name);
    return `${sb} (${formatEndpointSlices(slices, spName)})`;
  }
  if (backend?.resource) {
    const r = backend.resource;
    return `APIGroup: ${r.apiGroup ?? '<none>'}, Kind: ${r.kind}, Name: ${r.name}`;
  }
  return '';
}

export function describeIngress(c: Cluster, ing: KubeObject, showEvents: boolean): string {
  const w = new DescribeWriter();
  const ns = ing.metadata.namespace!;
  const spec = ing.spec ?? {};
  w.write(LEVEL_0, `Name:\t${ing.metadata.name}\n`);
  labelsMultiline(w, 'Labels', ing.metadata.labels);
  w.write(LEVEL_0, `Namespace:\t${ns}\n`);
  const addrs = [...new Set((ing.status?.loadBalancer?.ingress ?? []).map((i: any) => i.ip || i.hostname).filter(Boolean) as string[])].sort();
  w.write(LEVEL_0, `Address:\t${addrs.join(',')}\n`);
  w.write(LEVEL_0, `Ingress Class:\t${spec.ingressClassName ?? '<none>'}\n`);
  const def = spec.defaultBackend ? describeBackend(c, ns, spec.defaultBackend) : '<default>';
  w.write(LEVEL_0, `Default backend:\t${def}\n`);
  if ((spec.tls ?? []).length) {
    w.write(LEVEL_0, 'TLS:\n');
    for (const t of spec.tls) {
      if (!t.secretName) w.write(LEVEL_1, `SNI routes ${(t.hosts ?? []).join(',')}\n`);
      else w.write(LEVEL_1, `${t.secretName} terminates ${(t.hosts ?? []).join(',')}\n`);
    }
  }
  w.write(LEVEL_0, 'Rules:\n  Host\tPath\tBackends\n');
  w.write(LEVEL_1, '----\t----\t--------\n');
  let count = 0;
  for (const rule of spec.rules ?? []) {
    if (!rule.http) continue;
    count++;
    w.write(LEVEL_1, `${rule.host || '*'}\t\n`);
    for (const p of rule.http.paths ?? []) w.write(LEVEL_2, `\t${p.path ?? ''} \t${describeBackend(c, ns, p.backend)}\n`);
  }
  if (!count) w.write(LEVEL_1, `*\t*\t${def}\n`);
  annotationsMultiline(w, 'Annotations', ing.metadata.annotations);
  if (showEvents) describeEvents(searchEvents(c, ing), w, c.now);
  return w.toString();
}

export function describeIngressClass(c: Cluster, ic: KubeObject, showEvents: boolean): string {
  const w = new DescribeWriter();
  w.write(LEVEL_0, `Name:\t${ic.metadata.name}\n`);
  labelsMultiline(w, 'Labels', ic.metadata.labels);
  annotationsMultiline(w, 'Annotations', ic.metadata.annotations);
  w.write(LEVEL_0, `Controller:\t${ic.spec?.controller ?? ''}\n`);
  const p = ic.spec?.parameters;
  if (p) {
    w.write(LEVEL_0, 'Parameters:\n');
    if (p.apiGroup) w.write(LEVEL_1, `APIGroup:\t${p.apiGroup}\n`);
    w.write(LEVEL_1, `Kind:\t${p.kind}\n`);
    w.write(LEVEL_1, `Name:\t${p.name}\n`);
  }
  if (showEvents) describeEvents(searchEvents(c, ic), w, c.now);
  return w.toString();
}

function peers(w: DescribeWriter, list: any[] | undefined, word: 'From' | 'To', ind: string): void {
  if (!list?.length) {
    w.write(LEVEL_0, `${ind}${word}: <any> (traffic not restricted by ${word === 'From' ? 'source' : 'destination'})\n`);
    return;
  }
  for (const p of list) {
    w.write(LEVEL_0, `${ind}${word}:\n`);
    if (p.podSelector && p.namespaceSelector) {
      w.write(LEVEL_1, `${ind}NamespaceSelector: ${formatLabelSelector(p.namespaceSelector)}\n`);
      w.write(LEVEL_1, `${ind}PodSelector: ${formatLabelSelector(p.podSelector)}\n`);
    } else if (p.podSelector) w.write(LEVEL_1, `${ind}PodSelector: ${formatLabelSelector(p.podSelector)}\n`);
    else if (p.namespaceSelector) w.write(LEVEL_1, `${ind}NamespaceSelector: ${formatLabelSelector(p.namespaceSelector)}\n`);
    else if (p.ipBlock) {
      w.write(LEVEL_1, `${ind}IPBlock:\n`);
      w.write(LEVEL_2, `${ind}CIDR: ${p.ipBlock.cidr}\n`);
      w.write(LEVEL_2, `${ind}Except: ${(p.ipBlock.except ?? []).join(', ')}\n`);
    }
  }
}

function rules(w: DescribeWriter, list: any[] | undefined, dir: 'ingress' | 'egress'): void {
  const ind = '    ';
  if (!list?.length) {
    w.write(LEVEL_0, `${ind}<none> (Selected pods are isolated for ${dir} connectivity)\n`);
    return;
  }
  list.forEach((r, i) => {
    if (!(r.ports ?? []).length) w.write(LEVEL_0, `${ind}To Port: <any> (traffic allowed to all ports)\n`);
    for (const p of r.ports ?? []) {
      const proto = p.protocol ?? 'TCP';
      const port = p.port === undefined || p.port === null ? '<nil>' : String(p.port);
      if (p.endPort === undefined || p.endPort === null) w.write(LEVEL_0, `${ind}To Port: ${port}/${proto}\n`);
      else w.write(LEVEL_0, `${ind}To Port Range: ${port}-${p.endPort}/${proto}\n`);
    }
    peers(w, dir === 'ingress' ? r.from : r.to, dir === 'ingress' ? 'From' : 'To', ind);
    if (i !== list.length - 1) w.write(LEVEL_0, `${ind}----------\n`);
  });
}

export function describeNetworkPolicy(_c: Cluster, np: KubeObject): string {
  const w = new DescribeWriter();
  const spec = np.spec ?? {};
  w.write(LEVEL_0, `Name:\t${np.metadata.name}\n`);
  w.write(LEVEL_0, `Namespace:\t${np.metadata.namespace}\n`);
  w.write(LEVEL_0, `Created on:\t${goTimeString(np.metadata.creationTimestamp)}\n`);
  labelsMultiline(w, 'Labels', np.metadata.labels);
  annotationsMultiline(w, 'Annotations', np.metadata.annotations);
  w.write(LEVEL_0, 'Spec:\n');
  w.write(LEVEL_1, 'PodSelector: ');
  const ps = spec.podSelector ?? {};
  if (!Object.keys(ps.matchLabels ?? {}).length && !(ps.matchExpressions ?? []).length)
    w.write(LEVEL_2, '<none> (Allowing the specific traffic to all pods in this namespace)\n');
  else w.write(LEVEL_2, `${formatLabelSelector(ps)}\n`);
  const types: string[] = spec.policyTypes ?? [];
  if (types.includes('Ingress')) {
    w.write(LEVEL_1, 'Allowing ingress traffic:\n');
    rules(w, spec.ingress, 'ingress');
  } else w.write(LEVEL_1, 'Not affecting ingress traffic\n');
  if (types.includes('Egress')) {
    w.write(LEVEL_1, 'Allowing egress traffic:\n');
    rules(w, spec.egress, 'egress');
  } else w.write(LEVEL_1, 'Not affecting egress traffic\n');
  w.write(LEVEL_1, `Policy Types: ${types.join(', ')}\n`);
  return w.toString();
}
