// Per-namespace defaults: the serviceaccount controller's `default` ServiceAccount and the
// root-ca-cert-publisher's `kube-root-ca.crt` ConfigMap, in every namespace that is not terminating.

import type { Cluster } from '../cluster/cluster.js';
import type { Controller } from './types.js';
import { sha256 } from '../util/hash.js';
import { whenChanged } from './util.js';

const DESCRIPTION =
  'Contains a CA bundle that can be used to verify the kube-apiserver when using internal endpoints such as the internal service IP or kubernetes.default.svc. No other usage is guaranteed across distributions of Kubernetes clusters.';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
function base64(bytes: number[]): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += B64[(n >> 18) & 63]! + B64[(n >> 12) & 63]! + (i + 1 < bytes.length ? B64[(n >> 6) & 63]! : '=') + (i + 2 < bytes.length ? B64[n & 63]! : '=');
  }
  return out;
}

/** The cluster CA in PEM: a DER-shaped blob derived from the seed, the same in every namespace. */
const cas = new Map<number, string>();
export function clusterCA(seed: number): string {
  let pem = cas.get(seed);
  if (pem === undefined) cas.set(seed, (pem = makeCA(seed)));
  return pem;
}

function makeCA(seed: number): string {
  const bytes: number[] = [0x30, 0x82, 0x03, 0x05, 0x30, 0x82, 0x01, 0xed, 0xa0, 0x03, 0x02, 0x01, 0x02];
  let block = sha256(`knet-ca-${seed}`);
  while (bytes.length < 777) {
    bytes.push(...block);
    block = sha256(block);
  }
  const b64 = base64(bytes.slice(0, 777));
  const lines = b64.match(/.{1,64}/g) ?? [];
  return `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`;
}

function syncAll(c: Cluster): undefined {
  for (const ns of c.store.list('namespaces')) {
    if (ns.metadata.deletionTimestamp) continue;
    const name = ns.metadata.name!;
    if (!c.store.get('serviceaccounts', name, 'default'))
      c.api.create({ apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'default', namespace: name } });
    if (!c.store.get('configmaps', name, 'kube-root-ca.crt'))
      c.api.create({
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name: 'kube-root-ca.crt', namespace: name, annotations: { 'kubernetes.io/description': DESCRIPTION } },
        data: { 'ca.crt': clusterCA(c.seed) },
      });
  }
  return undefined;
}

export const serviceaccount: Controller = {
  name: 'serviceaccount',
  reconcile: (c) => whenChanged(c, 'serviceaccount', ['namespaces', 'serviceaccounts', 'configmaps'], () => syncAll(c)),
};
