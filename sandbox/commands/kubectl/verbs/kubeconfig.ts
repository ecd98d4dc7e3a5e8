// The learner's kubeconfig as kind writes it (context `kind-<cluster>`), kept in the cluster
// state under `ext.kubeconfig` so `kubectl config set-context --current --namespace=x` lasts.

import type { Cluster } from '../../../cluster/cluster.js';
import { fnv32a } from '../../../util/hash.js';

export interface KubeContext {
  name: string;
  cluster: string;
  user: string;
  namespace?: string;
}

export interface KubeconfigState {
  currentContext: string;
  contexts: KubeContext[];
}

/** The host port kind published the API server on: the config's, or a seeded ephemeral port. */
export function apiServerPort(c: Cluster): number {
  return c.config.networking.apiServerPort ?? 32768 + (fnv32a(`kind-apiserver-${c.seed}`) % (60999 - 32768));
}

export function apiServerURL(c: Cluster): string {
  return `https://127.0.0.1:${apiServerPort(c)}`;
}

export function kindContextName(c: Cluster): string {
  return `kind-${c.config.name}`;
}

export function kubeconfig(c: Cluster): KubeconfigState {
  const stored = c.ext.kubeconfig as KubeconfigState | undefined;
  if (stored) return stored;
  const name = kindContextName(c);
  return { currentContext: name, contexts: [{ name, cluster: name, user: name }] };
}

export function saveKubeconfig(c: Cluster, k: KubeconfigState): void {
  c.ext.kubeconfig = k;
}

/** The namespace of the current context, used when `-n` is not given. */
export function contextNamespace(c: Cluster): string | undefined {
  const k = kubeconfig(c);
  return k.contexts.find((x) => x.name === k.currentContext)?.namespace || undefined;
}

/** The kubeconfig document `kubectl config view` prints (`raw` keeps the credential data). */
export function kubeconfigDocument(c: Cluster, opts: { raw?: boolean; minify?: boolean } = {}): Record<string, unknown> {
  const k = kubeconfig(c);
  const contexts = opts.minify ? k.contexts.filter((x) => x.name === k.currentContext) : k.contexts;
  const clusterName = kindContextName(c);
  const data = (what: string) => (opts.raw ? fakePem(c, what) : 'DATA+OMITTED');
  return {
    apiVersion: 'v1',
    clusters: [{ cluster: { 'certificate-authority-data': data('ca'), server: apiServerURL(c) }, name: clusterName }],
    contexts: contexts.map((x) => ({ context: { cluster: x.cluster, ...(x.namespace ? { namespace: x.namespace } : {}), user: x.user }, name: x.name })),
    'current-context': k.currentContext,
    kind: 'Config',
    preferences: {},
    users: [{ name: clusterName, user: { 'client-certificate-data': data('cert'), 'client-key-data': data('key') } }],
  };
}

/** A stand-in for kind's generated certificates: base64 of a PEM-shaped, seeded body. */
function fakePem(c: Cluster, what: string): string {
  const label = what === 'key' ? 'RSA PRIVATE KEY' : 'CERTIFICATE';
  const body = Array.from({ length: 8 }, (_, i) => fnv32a(`${c.seed}-${what}-${i}`).toString(16).padStart(8, '0')).join('');
  const pem = `-----BEGIN ${label}-----\n${body}\n-----END ${label}-----\n`;
  return base64(pem);
}

function base64(s: string): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const bytes = new TextEncoder().encode(s);
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += chars[(n >> 18) & 63]! + chars[(n >> 12) & 63]! + (i + 1 < bytes.length ? chars[(n >> 6) & 63]! : '=') + (i + 2 < bytes.length ? chars[n & 63]! : '=');
  }
  return out;
}
