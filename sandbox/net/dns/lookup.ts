// Found items → records of the asked type, as CoreDNS's plugin/backend_lookup.go and
// plugin/kubernetes/reverse.go shape them (A/AAAA with CNAME chasing, SRV weights, TXT, PTR).

import type { KubeData } from './kubedata.js';
import { endpointHostname } from './kubedata.js';
import { hostType, records, services, NameError, type Found, type KubeOptions } from './services.js';
import { fqdn, type Msg, type RR, type RRType } from './types.js';

export interface LookupContext {
  d: KubeData;
  o: KubeOptions;
  zone: string;
  /** Resolves a name through the whole server (CoreDNS's upstream), for ExternalName targets. */
  upstream: (name: string, type: RRType) => Msg | undefined;
}

const inZone = (name: string, zone: string) => {
  const n = name.toLowerCase(), z = zone.toLowerCase();
  return z === '.' || n === z || n.endsWith(`.${z}`);
};

function lookupServices(c: LookupContext, name: string, qtype: RRType): Found[] {
  // The zone apex holds no Services: NODATA.
  // CoreDNS looks up state.Name(), the lower-cased name; records keep the query's case.
  if (name.toLowerCase() === c.zone.toLowerCase()) return [];
  return services(c.d, c.o, name.toLowerCase(), qtype, c.zone);
}

/** plugin.A / plugin.AAAA. */
export function address(c: LookupContext, name: string, qtype: 'A' | 'AAAA', previous: RR[] = []): RR[] {
  const out: RR[] = [];
  const dup = new Set<string>();
  for (const f of lookupServices(c, name, qtype)) {
    const t = hostType(f);
    if (t === 'CNAME') {
      const target = fqdn(f.host);
      if (target.toLowerCase() === name.toLowerCase() || previous.length > 7) continue;
      const cname: RR = { name, ttl: f.ttl, type: 'CNAME', target };
      if (previous.some((r) => r.type === 'CNAME' && r.target === target)) continue;
      if (inZone(target, c.zone)) {
        try {
          const next = address(c, target, qtype, [...previous, cname]);
          if (next.length) out.push(cname, ...next);
        } catch (e) {
          if (!(e instanceof NameError)) throw e;
        }
        continue;
      }
      const m = c.upstream(target, qtype);
      if (!m) continue;
      out.push(cname, ...m.answer);
    } else if (t === qtype && !dup.has(f.host)) {
      dup.add(f.host);
      out.push({ name, ttl: f.ttl, type: qtype, address: f.host });
    }
  }
  return out;
}

/** plugin.SRV: priority 0, weight floor(100/N), A/AAAA of the targets in the additional section. */
export function srv(c: LookupContext, name: string): { answer: RR[]; extra: RR[] } {
  const found = lookupServices(c, name, 'SRV');
  const answer: RR[] = [], extra: RR[] = [];
  const total = found.length * 100;
  const seen = new Set<string>();
  for (const f of found) {
    if (f.port === -1) continue;
    const weight = Math.max(1, Math.floor((100 / total) * 100));
    const t = hostType(f);
    if (t !== 'A' && t !== 'AAAA') continue;
    const target = fqdn(f.domain);
    const k1 = `${target}|${f.port}`, k2 = `${target}|${f.host}`;
    if (!seen.has(k1)) answer.push({ name, ttl: f.ttl, type: 'SRV', priority: 0, weight, port: f.port, target });
    if (!seen.has(k2)) extra.push({ name: target, ttl: f.ttl, type: t, address: f.host });
    seen.add(k1).add(k2);
  }
  return { answer, extra };
}

export function txt(c: LookupContext, name: string): RR[] {
  return lookupServices(c, name, 'TXT')
    .filter((f) => f.text !== undefined)
    .map((f) => ({ name, ttl: f.ttl, type: 'TXT' as const, text: [f.text!] }));
}

export function cname(c: LookupContext, name: string): RR[] {
  const f = lookupServices(c, name, 'CNAME')[0];
  return f && hostType(f) === 'CNAME' ? [{ name, ttl: f.ttl, type: 'CNAME', target: fqdn(f.host) }] : [];
}

/** `4.3.2.1.in-addr.arpa.` → `1.2.3.4`, or undefined for a partial reverse name. */
export function addressFromReverse(name: string): string | undefined {
  const m = name.toLowerCase().match(/^(\d+)\.(\d+)\.(\d+)\.(\d+)\.in-addr\.arpa\.$/);
  return m ? `${m[4]}.${m[3]}.${m[2]}.${m[1]}` : undefined;
}

/** plugin.PTR over kubernetes' Reverse: a ClusterIP first, else every endpoint with that IP. */
export function ptr(c: LookupContext, name: string): RR[] {
  const ip = addressFromReverse(name);
  if (!ip) {
    // Not a full reverse name: it exists only if the forward name does.
    if (name.toLowerCase().endsWith('.arpa.')) throw new NameError('partial reverse');
    records(c.d, c.o, name.toLowerCase(), c.zone);
    return [];
  }
  const primary = c.o.zones[0]!;
  const svc = c.d.byClusterIP.get(ip);
  const hosts: string[] = [];
  if (svc && c.d.namespaceExists(svc.namespace)) hosts.push(`${svc.name}.${svc.namespace}.svc.${primary}`);
  else {
    for (const e of c.d.byEndpointIP.get(ip) ?? []) {
      if (!c.d.namespaceExists(e.namespace)) continue;
      hosts.push(`${endpointHostname(e.addr, c.o.endpointPodNames)}.${e.svc}.${e.namespace}.svc.${primary}`);
    }
  }
  if (!hosts.length) throw new NameError('no items');
  return [...new Set(hosts)].map((target) => ({ name, ttl: c.o.ttl, type: 'PTR' as const, target }));
}
