// The kubernetes plugin's ServeDNS (plugin/kubernetes/handler.go): pick the zone, answer by
// type, and tell NXDOMAIN from NODATA — both carry the zone's SOA and the AA bit.

import { address, cname, ptr, srv, txt, type LookupContext } from './lookup.js';
import type { KubeData } from './kubedata.js';
import { NameError, type KubeOptions } from './services.js';
import { reply, type Msg, type Question, type RR, type RRType } from './types.js';

/** The longest of `zones` that `name` lies in, or undefined. */
export function matchZone(zones: string[], name: string): string | undefined {
  const n = name.toLowerCase();
  let best: string | undefined;
  for (const z of zones) {
    const zl = z.toLowerCase();
    if ((zl === '.' || n === zl || n.endsWith(`.${zl}`)) && (!best || zl.length > best.length)) best = z;
  }
  return best;
}

export function soa(zone: string, o: KubeOptions, serial: number): RR {
  return {
    name: zone, ttl: Math.min(o.ttl, 300), type: 'SOA',
    ns: `ns.dns.${zone}`, mbox: `hostmaster.${zone}`, serial, refresh: 7200, retry: 1800, expire: 86400, minttl: o.ttl,
  };
}

function fallsThrough(o: KubeOptions, name: string): boolean {
  if (!o.fallthrough) return false;
  return o.fallthrough.length === 0 || matchZone(o.fallthrough, name) !== undefined;
}

/** Answers a question, or returns 'next' to hand it to the next plugin. */
export function serveKubernetes(d: KubeData, o: KubeOptions, q: Question, upstream: (name: string, type: RRType) => Msg | undefined): Msg | 'next' {
  const matched = matchZone(o.zones, q.name);
  if (!matched) return 'next';
  const zone = q.name.slice(q.name.length - matched.length); // keep the query's case, as CoreDNS does
  const c: LookupContext = { d, o, zone, upstream };
  const m = reply(q);
  m.authoritative = true;
  try {
    switch (q.type) {
      case 'A':
      case 'AAAA':
        m.answer = address(c, q.name, q.type);
        break;
      case 'TXT':
        m.answer = txt(c, q.name);
        break;
      case 'CNAME':
        m.answer = cname(c, q.name);
        break;
      case 'PTR':
        m.answer = ptr(c, q.name);
        break;
      case 'SRV': {
        const r = srv(c, q.name);
        m.answer = r.answer;
        m.extra = r.extra;
        break;
      }
      case 'SOA':
        if (q.name.toLowerCase() === matched.toLowerCase()) m.answer = [soa(zone, o, d.serial)];
        break;
      case 'NS':
        if (q.name.toLowerCase() === matched.toLowerCase()) {
          // The apex NS is ns.dns.<zone>, with the DNS Service's address as glue.
          m.answer = [{ name: zone, ttl: o.ttl, type: 'NS', target: `ns.dns.${zone}` }];
          m.extra = o.nsAddrs.map((address) => ({ name: `ns.dns.${zone}`, ttl: o.ttl, type: 'A' as const, address }));
        } else address(c, q.name, 'A');
        break;
      default:
        // A fake A lookup, so we can tell NODATA from NXDOMAIN.
        address(c, q.name, 'A');
    }
  } catch (e) {
    if (!(e instanceof NameError)) throw e;
    if (fallsThrough(o, q.name)) return 'next';
    m.rcode = 'NXDOMAIN';
    m.answer = [];
    m.authority = [soa(zone, o, d.serial)];
    return m;
  }
  if (!m.answer.length) m.authority = [soa(zone, o, d.serial)];
  return m;
}
