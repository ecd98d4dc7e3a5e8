// A pod's /etc/resolv.conf: kubelet's GetPodDNS per dnsPolicy (+ dnsConfig merge and limits),
// written the way containerd writes it (search, nameserver, options).

import type { KubeObject } from '../../api/types.js';

export interface ResolvConf {
  nameservers: string[];
  searches: string[];
  options: string[];
}

export const MAX_NAMESERVERS = 3;
export const MAX_SEARCHES = 32;
export const MAX_SEARCH_CHARS = 2048;

/** Parses resolv.conf text as kubelet does ("." search entries and trailing dots dropped). */
export function parseResolvConf(text: string): ResolvConf {
  const rc: ResolvConf = { nameservers: [], searches: [], options: [] };
  for (const raw of text.split('\n')) {
    const line = raw.replace(/[#;].*$/, '').trim();
    const [key, ...fields] = line.split(/\s+/);
    if (key === 'nameserver' && fields[0]) rc.nameservers.push(fields[0]);
    else if (key === 'search') rc.searches = fields.filter((s) => s !== '.').map((s) => s.replace(/\.$/, ''));
    else if (key === 'options') rc.options.push(...fields);
  }
  return rc;
}

/** containerd's parseDNSOptions: `search …`, `nameserver …` lines, `options …`. */
export function formatResolvConf(rc: ResolvConf): string {
  let out = '';
  if (rc.searches.length) out += `search ${rc.searches.join(' ')}\n`;
  for (const ns of rc.nameservers) out += `nameserver ${ns}\n`;
  if (rc.options.length) out += `options ${rc.options.join(' ')}\n`;
  return out;
}

const unique = (xs: string[]) => [...new Set(xs)];

function mergeOptions(existing: string[], extra: { name: string; value?: string }[]): string[] {
  const m = new Map<string, string>();
  for (const op of existing) {
    const i = op.indexOf(':');
    if (i >= 0) m.set(op.slice(0, i), op.slice(i + 1));
    else m.set(op, '');
  }
  for (const op of extra) m.set(op.name, op.value ?? '');
  return [...m].map(([k, v]) => (v ? `${k}:${v}` : k));
}

export interface NodeDnsSettings {
  /** kubelet --cluster-dns (kind: 10.96.0.10). */
  clusterDNS: string[];
  /** kubelet --cluster-domain. */
  clusterDomain: string;
  /** The node's resolv.conf (kubelet --resolv-conf). */
  host: ResolvConf;
}

export type PodDnsType = 'None' | 'ClusterFirst' | 'Default';

/** getPodDNSType: ClusterFirst on a hostNetwork pod behaves as Default. */
export function podDnsType(pod: KubeObject): PodDnsType {
  const policy = pod.spec?.dnsPolicy ?? 'ClusterFirst';
  if (policy === 'None') return 'None';
  if (policy === 'ClusterFirstWithHostNet') return 'ClusterFirst';
  if (policy === 'ClusterFirst' && !pod.spec?.hostNetwork) return 'ClusterFirst';
  return 'Default';
}

/** The resolv.conf kubelet hands to the runtime for this pod. */
export function podResolvConf(pod: KubeObject, node: NodeDnsSettings): ResolvConf {
  const type = podDnsType(pod);
  let rc: ResolvConf = { nameservers: [...node.host.nameservers], searches: [...node.host.searches], options: [...node.host.options] };
  if (type === 'None') rc = { nameservers: [], searches: [], options: [] };
  else if (type === 'ClusterFirst' && node.clusterDNS.length) {
    const ns = pod.metadata.namespace ?? 'default';
    const d = node.clusterDomain;
    rc = {
      nameservers: [...node.clusterDNS],
      searches: d ? unique([`${ns}.svc.${d}`, `svc.${d}`, d, ...node.host.searches]) : node.host.searches,
      options: ['ndots:5'],
    };
  }
  const cfg = pod.spec?.dnsConfig;
  if (cfg) {
    rc.nameservers = unique([...rc.nameservers, ...(cfg.nameservers ?? [])]);
    rc.searches = unique([...rc.searches, ...(cfg.searches ?? [])]);
    rc.options = mergeOptions(rc.options, cfg.options ?? []);
  }
  // formDNSConfigFitsLimits: kubelet trims (and records an event) rather than failing.
  rc.nameservers = rc.nameservers.slice(0, MAX_NAMESERVERS);
  let searches = rc.searches.slice(0, MAX_SEARCHES);
  while (searches.join(' ').length > MAX_SEARCH_CHARS) searches = searches.slice(0, -1);
  rc.searches = searches;
  return rc;
}

/** The `ndots` option (default 1, capped at 15 as glibc and musl do). */
export function ndots(rc: ResolvConf): number {
  let n = 1;
  for (const o of rc.options) if (o.startsWith('ndots:')) n = Math.min(15, Number(o.slice(6)) || 0);
  return n;
}
