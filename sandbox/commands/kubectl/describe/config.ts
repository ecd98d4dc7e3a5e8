// `kubectl describe namespace|configmap|secret|serviceaccount` as kubectl's describe.go prints them.

import type { Cluster } from '../../../cluster/cluster.js';
import type { KubeObject } from '../../../api/types.js';
import { describeEvents, searchEvents } from './events.js';
import { annotationsMultiline, DescribeWriter, labelsMultiline, LEVEL_0, sorted } from './writer.js';

export function describeNamespace(c: Cluster, ns: KubeObject): string {
  const w = new DescribeWriter();
  w.write(LEVEL_0, `Name:\t${ns.metadata.name}\n`);
  labelsMultiline(w, 'Labels', ns.metadata.labels);
  annotationsMultiline(w, 'Annotations', ns.metadata.annotations);
  w.write(LEVEL_0, `Status:\t${ns.status?.phase ?? ''}\n`);
  // No ResourceQuota or LimitRange objects exist in the simulated API.
  w.write(LEVEL_0, '\n');
  w.write(LEVEL_0, 'No resource quota.\n');
  w.write(LEVEL_0, '\n');
  w.write(LEVEL_0, 'No LimitRange resource.\n');
  void c;
  return w.toString();
}

export function describeConfigMap(c: Cluster, cm: KubeObject, showEvents: boolean): string {
  const w = new DescribeWriter();
  w.write(LEVEL_0, `Name:\t${cm.metadata.name}\n`);
  w.write(LEVEL_0, `Namespace:\t${cm.metadata.namespace}\n`);
  labelsMultiline(w, 'Labels', cm.metadata.labels);
  annotationsMultiline(w, 'Annotations', cm.metadata.annotations);
  w.write(LEVEL_0, '\nData\n====\n');
  // Go ranges over the map in random order; we print keys sorted.
  for (const k of sorted(Object.keys(cm.data ?? {}))) {
    w.write(LEVEL_0, `${k}:\n----\n`);
    w.write(LEVEL_0, `${cm.data[k]}\n`);
    w.write(LEVEL_0, '\n');
  }
  w.write(LEVEL_0, '\nBinaryData\n====\n');
  for (const k of sorted(Object.keys(cm.binaryData ?? {}))) w.write(LEVEL_0, `${k}: ${base64Length(cm.binaryData[k])} bytes\n`);
  w.write(LEVEL_0, '\n');
  if (showEvents) describeEvents(searchEvents(c, cm), w, c.now);
  return w.toString();
}

function base64Length(b64: string): number {
  const s = String(b64 ?? '').replace(/=+$/, '');
  return Math.floor((s.length * 3) / 4);
}

function base64Decode(b64: string): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  let bits = 0, acc = 0, out = '';
  for (const ch of String(b64 ?? '').replace(/=+$/, '')) {
    const v = chars.indexOf(ch);
    if (v < 0) continue;
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += String.fromCharCode((acc >> bits) & 0xff);
    }
  }
  return out;
}

export function describeSecret(c: Cluster, s: KubeObject): string {
  const w = new DescribeWriter();
  w.write(LEVEL_0, `Name:\t${s.metadata.name}\n`);
  w.write(LEVEL_0, `Namespace:\t${s.metadata.namespace}\n`);
  labelsMultiline(w, 'Labels', s.metadata.labels);
  annotationsMultiline(w, 'Annotations', s.metadata.annotations);
  w.write(LEVEL_0, `\nType:\t${s.type ?? ''}\n`);
  w.write(LEVEL_0, '\nData\n====\n');
  for (const k of sorted(Object.keys(s.data ?? {}))) {
    if (k === 'token' && s.type === 'kubernetes.io/service-account-token') w.write(LEVEL_0, `${k}:\t${base64Decode(s.data[k])}\n`);
    else w.write(LEVEL_0, `${k}:\t${base64Length(s.data[k])} bytes\n`);
  }
  void c;
  return w.toString();
}

export function describeServiceAccount(c: Cluster, sa: KubeObject, showEvents: boolean): string {
  const w = new DescribeWriter();
  w.write(LEVEL_0, `Name:\t${sa.metadata.name}\n`);
  w.write(LEVEL_0, `Namespace:\t${sa.metadata.namespace}\n`);
  labelsMultiline(w, 'Labels', sa.metadata.labels);
  annotationsMultiline(w, 'Annotations', sa.metadata.annotations);
  const existing = new Set(c.store.list('secrets', sa.metadata.namespace).map((s) => s.metadata.name));
  const tokens = c.store
    .list('secrets', sa.metadata.namespace)
    .filter((s) => s.type === 'kubernetes.io/service-account-token' && s.metadata.annotations?.['kubernetes.io/service-account.name'] === sa.metadata.name && s.metadata.annotations?.['kubernetes.io/service-account.uid'] === sa.metadata.uid)
    .map((s) => s.metadata.name!);
  // The headers in sorted order, as kubectl ranges over sets.List of them.
  const groups: [string, string[]][] = [
    ['Image pull secrets:', (sa.imagePullSecrets ?? []).map((s: any) => s.name)],
    ['Mountable secrets: ', (sa.secrets ?? []).map((s: any) => s.name)],
    ['Tokens:            ', tokens],
  ];
  for (const [header, names] of groups) {
    if (!names.length) {
      w.write(LEVEL_0, `${header}\t<none>\n`);
      continue;
    }
    let prefix = header;
    for (const n of names) {
      w.write(LEVEL_0, `${prefix}\t${n}${existing.has(n) ? '' : ' (not found)'}\n`);
      prefix = '                   ';
    }
  }
  if (showEvents) describeEvents(searchEvents(c, sa), w, c.now);
  return w.toString();
}
