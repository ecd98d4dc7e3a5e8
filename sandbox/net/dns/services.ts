// The kubernetes plugin's record search (kubernetes.go Services/Records, findServices, findPods):
// what exists under a name, before it is shaped into records of the asked type.

import { endpointHostname, type KubeData } from './kubedata.js';
import { InvalidRequest, labels, parseRequest, trimZone, type RecordRequest } from './parse.js';
import type { RRType } from './types.js';

export interface KubeOptions {
  zones: string[];
  pods: 'disabled' | 'insecure' | 'verified';
  ttl: number;
  endpointPodNames: boolean;
  /** Zones for which a name error passes to the next plugin; [] = every zone; undefined = none. */
  fallthrough?: string[];
  /** Addresses of the DNS service itself, answered for `ns.dns.<zone>`. */
  nsAddrs: string[];
}

/** CoreDNS's msg.Service: one thing found, with the owner name its record gets. */
export interface Found {
  host: string;
  port: number;
  ttl: number;
  /** The name of the record this item stands for (SRV target, A owner). */
  domain: string;
  text?: string;
}

/** errNoItems / errInvalidRequest / errNsNotExposed: answered with NXDOMAIN. */
export class NameError extends Error {}

export const DNS_SCHEMA_VERSION = '1.1.0';

export function hostType(f: Found): 'A' | 'AAAA' | 'TXT' | 'CNAME' {
  if (f.text !== undefined) return 'TXT';
  if (/^\d+\.\d+\.\d+\.\d+$/.test(f.host)) return 'A';
  if (f.host.includes(':')) return 'AAAA';
  return 'CNAME';
}

const wildcard = (s: string) => s === '*' || s === 'any';
const match = (a: string, b: string) => a === '' || wildcard(a) || wildcard(b) || a.toLowerCase() === b.toLowerCase();

function findServices(d: KubeData, o: KubeOptions, r: RecordRequest, zone: string): Found[] {
  if (!d.namespaceExists(r.namespace)) throw new NameError('namespace not exposed');
  if (r.service === '') return []; // NODATA: `<ns>.svc.<zone>` exists as a node of the tree
  const svc = d.service(r.namespace, r.service);
  const out: Found[] = [];
  let found = false;
  const base = `${svc?.name}.${svc?.namespace}.svc.${zone}`;
  if (svc?.type === 'ExternalName') {
    if (r.endpoint === '' && svc.externalName) {
      out.push({ host: svc.externalName, port: -1, ttl: o.ttl, domain: base });
      found = true;
    }
  } else if (svc && (svc.headless || r.endpoint !== '')) {
    for (const addr of d.endpointsOf(svc.namespace, svc.name)) {
      const host = endpointHostname(addr, o.endpointPodNames);
      if (r.endpoint !== '' && r.endpoint.toLowerCase() !== host.toLowerCase()) continue;
      for (const p of addr.ports) {
        if (!match(r.port, p.name) || !match(r.protocol, p.protocol)) continue;
        out.push({ host: addr.ip, port: p.port, ttl: o.ttl, domain: `${host}.${base}` });
        found = true;
      }
    }
  } else if (svc) {
    for (const p of svc.ports) {
      if (!match(r.port, p.name) || !match(r.protocol, p.protocol)) continue;
      found = true;
      for (const ip of svc.clusterIPs) out.push({ host: ip, port: p.port, ttl: o.ttl, domain: base });
    }
  }
  if (!found) throw new NameError('no items');
  return out;
}

function findPods(d: KubeData, o: KubeOptions, r: RecordRequest, zone: string): Found[] {
  if (o.pods === 'disabled' || !d.namespaceExists(r.namespace)) throw new NameError('pods disabled');
  if (r.service === '') return [];
  const name = r.service;
  const ip = (name.match(/-/g) ?? []).length === 3 && !name.includes('--') ? name.replaceAll('-', '.') : name.replaceAll('-', ':');
  const valid = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/.test(ip);
  if (!valid) throw new NameError('not an IP');
  const domain = `${name}.${r.namespace}.pod.${zone}`;
  if (o.pods === 'insecure') return [{ host: ip, port: 0, ttl: o.ttl, domain }];
  // verified: the IP must belong to a pod of that namespace (without a pod list, endpoints stand in).
  const known = d.podIPs ? !!d.podIPs.get(ip)?.has(r.namespace) : (d.byEndpointIP.get(ip) ?? []).some((e) => e.namespace === r.namespace);
  if (!known) throw new NameError('no pod');
  return [{ host: ip, port: 0, ttl: o.ttl, domain }];
}

/** Records(): parse the name, then look for Services or pods. */
export function records(d: KubeData, o: KubeOptions, name: string, zone: string): Found[] {
  let r: RecordRequest;
  try {
    r = parseRequest(name, zone);
  } catch (e) {
    if (e instanceof InvalidRequest) throw new NameError('invalid request');
    throw e;
  }
  if (r.podOrSvc === '') return [];
  if (zone.toLowerCase().endsWith('in-addr.arpa.') || zone.toLowerCase().endsWith('ip6.arpa.')) throw new NameError('reverse');
  return r.podOrSvc === 'pod' ? findPods(d, o, r, zone) : findServices(d, o, r, zone);
}

/** Services(): special names first (dns-version TXT, ns.dns), then Records(). */
export function services(d: KubeData, o: KubeOptions, name: string, qtype: RRType, zone: string): Found[] {
  if (qtype === 'TXT') {
    const segs = labels(trimZone(name, zone) ?? '');
    if (segs.length === 1 && segs[0]!.toLowerCase() === 'dns-version') {
      return [{ host: '', port: 0, ttl: 28800, domain: name, text: DNS_SCHEMA_VERSION }];
    }
    // Some other type lives here: NODATA; otherwise NXDOMAIN.
    let existing: Found[] = [];
    try {
      existing = records(d, o, name, zone);
    } catch {
      /* fall through to NXDOMAIN */
    }
    if (existing.length) return [];
    throw new NameError('no items');
  }
  if (trimZone(name, zone)?.toLowerCase() === 'ns.dns') {
    return o.nsAddrs.map((ip) => ({ host: ip, port: 0, ttl: o.ttl, domain: name }));
  }
  const found = records(d, o, name, zone);
  // SRV for ExternalName Services is not implemented upstream either.
  return qtype === 'SRV' ? found.filter((f) => hostType(f) !== 'CNAME') : found;
}
