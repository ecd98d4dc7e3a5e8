// The container images the simulated registries know, and how a pull of any reference ends:
// size and digest for a known one, containerd's own error text for an unknown one.

import { VERSIONS } from '../../cluster/config.js';
import { sha256 } from '../../util/hash.js';

export interface ImageRef {
  /** As written in the pod spec. */
  spec: string;
  /** `docker.io/library/nginx:latest` (what containerd reports as the image). */
  full: string;
  repo: string;
  tag: string;
}

interface KnownImage {
  size: number;
  /** Tags that exist; `latest` is included unless the repository has none. */
  tags: RegExp;
}

const VERSIONISH = /^(latest|stable|mainline|alpine|slim|bookworm|bullseye|jammy|noble|edge|glibc|musl|uclibc|v?\d[\w.-]*)$/;

const KNOWN: Record<string, KnownImage> = {
  'docker.io/library/nginx': { size: 72_225_394, tags: /^(latest|stable|mainline|alpine|alpine-slim|perl|\d[\w.-]*)$/ },
  'docker.io/library/busybox': { size: 2_223_685, tags: VERSIONISH },
  'docker.io/curlimages/curl': { size: 10_143_752, tags: VERSIONISH },
  'docker.io/nicolaka/netshoot': { size: 191_254_412, tags: VERSIONISH },
  'registry.k8s.io/e2e-test-images/agnhost': { size: 51_248_743, tags: /^2\.\d+$/ },
  'docker.io/hashicorp/http-echo': { size: 3_474_810, tags: VERSIONISH },
  'docker.io/traefik/whoami': { size: 3_370_512, tags: VERSIONISH },
  'docker.io/library/redis': { size: 45_842_291, tags: VERSIONISH },
  'docker.io/library/postgres': { size: 161_488_912, tags: VERSIONISH },
  'docker.io/library/alpine': { size: 3_653_068, tags: VERSIONISH },
  'docker.io/library/ubuntu': { size: 29_723_147, tags: VERSIONISH },
  'registry.k8s.io/pause': { size: 320_368, tags: /^3\.\d+$/ },
};

/** Images baked into kindest/node: present on every node from the start. */
export const PRELOADED: string[] = [
  VERSIONS.coredns,
  VERSIONS.etcd,
  VERSIONS.kindnetd,
  VERSIONS.kubeProxy,
  VERSIONS.localPath,
  'registry.k8s.io/kube-apiserver:v1.34.0',
  'registry.k8s.io/kube-controller-manager:v1.34.0',
  'registry.k8s.io/kube-scheduler:v1.34.0',
  'docker.io/kindest/local-path-helper:v20241212-8ac705d0',
  'registry.k8s.io/pause:3.10',
].map((i) => parseImage(i).full);

const PRELOADED_SIZES: Record<string, number> = {
  coredns: 22_384_805,
  etcd: 22_829_264,
  kindnetd: 38_996_835,
  'kube-proxy': 31_928_488,
  'local-path-provisioner': 22_541_737,
  'kube-apiserver': 30_071_307,
  'kube-controller-manager': 24_571_109,
  'kube-scheduler': 19_816_864,
  'local-path-helper': 3_084_671,
  pause: 320_368,
};

/** Docker's reference normalisation: `nginx` → `docker.io/library/nginx:latest`. */
export function parseImage(spec: string): ImageRef {
  let rest = spec.split('@')[0]!;
  let tag = 'latest';
  const slash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  if (colon > slash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  const first = rest.split('/')[0]!;
  const hasRegistry = rest.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost');
  let repo = rest;
  if (!hasRegistry) repo = rest.includes('/') ? `docker.io/${rest}` : `docker.io/library/${rest}`;
  return { spec, full: `${repo}:${tag}`, repo, tag };
}

export type PullOutcome = { ok: true; size: number; imageID: string } | { ok: false; error: string };

const digests = new Map<string, string>();
function hex(s: string): string {
  let d = digests.get(s);
  if (d === undefined) digests.set(s, (d = [...sha256(s)].map((b) => b.toString(16).padStart(2, '0')).join('')));
  return d;
}

export function imageID(ref: ImageRef): string {
  return `${ref.repo}@sha256:${hex(ref.full)}`;
}

export function imageSize(ref: ImageRef): number {
  const known = KNOWN[ref.repo];
  if (known) return known.size;
  const base = ref.repo.split('/').pop()!;
  return PRELOADED_SIZES[base] ?? 10_000_000;
}

/** What `crictl pull` would end with for this reference. */
export function pullImage(ref: ImageRef): PullOutcome {
  if (PRELOADED.includes(ref.full)) return { ok: true, size: imageSize(ref), imageID: imageID(ref) };
  const known = KNOWN[ref.repo];
  const prefix = `failed to pull and unpack image "${ref.full}": failed to resolve reference "${ref.full}"`;
  if (!known) {
    if (ref.repo.startsWith('docker.io/'))
      return {
        ok: false,
        error: `${prefix}: pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed`,
      };
    return { ok: false, error: `${prefix}: ${ref.full}: not found` };
  }
  if (!known.tags.test(ref.tag)) return { ok: false, error: `${prefix}: ${ref.full}: not found` };
  return { ok: true, size: known.size, imageID: imageID(ref) };
}

/** Go's time.Duration.String() for a duration truncated to milliseconds: `1.234s`, `850ms`, `1m2.5s`. */
export function goDuration(ms: number): string {
  ms = Math.floor(ms);
  if (ms < 1000) return `${ms}ms`;
  const trim = (s: string) => s.replace(/\.?0+$/, '');
  const mins = Math.floor(ms / 60000);
  const secs = trim(((ms % 60000) / 1000).toFixed(3));
  return mins ? `${mins}m${secs}s` : `${secs}s`;
}

/** Pull policy as the API server defaults it: Always for `:latest` or no tag, else IfNotPresent. */
export function pullPolicy(container: { image?: string; imagePullPolicy?: string }): string {
  if (container.imagePullPolicy) return container.imagePullPolicy;
  const ref = parseImage(container.image ?? '');
  return ref.tag === 'latest' && !(container.image ?? '').includes('@') ? 'Always' : 'IfNotPresent';
}
