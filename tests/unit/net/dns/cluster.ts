// A small cluster's DNS view for the DNS tests: Services, EndpointSlices and a fake internet.

import { loadCorefile } from '../../../../sandbox/net/dns/config.js';
import { KIND_COREFILE } from '../../../../sandbox/net/dns/corefile.js';
import { KubeData } from '../../../../sandbox/net/dns/kubedata.js';
import { serveDns, type DnsEnv } from '../../../../sandbox/net/dns/server.js';
import { reply, zoneLine, type Msg, type Question, type RRType } from '../../../../sandbox/net/dns/types.js';
import { service, slice } from '../fixtures.js';

export const SERIAL = 1717322400;

export function clusterData(): KubeData {
  return new KubeData({
    services: [
      service('kubernetes', { clusterIP: '10.96.0.1', ports: [{ name: 'https', port: 443 }] }),
      service('kube-dns', { ns: 'kube-system', clusterIP: '10.96.0.10', ports: [{ name: 'dns', port: 53, protocol: 'UDP' }, { name: 'dns-tcp', port: 53 }, { name: 'metrics', port: 9153 }] }),
      service('web', { clusterIP: '10.96.120.15', ports: [{ name: 'http', port: 80 }, { port: 8443 }] }),
      service('db', { clusterIP: 'None', ports: [{ name: 'pg', port: 5432 }], spec: { clusterIPs: ['None'] } }),
      service('lonely', { clusterIP: 'None', ports: [{ port: 80 }] }),
      service('portless', { clusterIP: 'None', ports: [] }),
      service('twins', { clusterIP: 'None', ports: [{ name: 'http', port: 80 }] }),
      service('ext', { type: 'ExternalName', clusterIP: '', spec: { externalName: 'example.com' } }),
    ],
    endpointSlices: [
      slice('web', [{ ip: '10.244.1.2' }, { ip: '10.244.2.3' }], [{ name: 'http', port: 8080 }]),
      slice('db', [{ ip: '10.244.1.5', hostname: 'db-0' }, { ip: '10.244.2.6', hostname: 'db-1' }, { ip: '10.244.2.7', hostname: 'db-2', ready: false }], [{ name: 'pg', port: 5432 }]),
      slice('lonely', [], [{ port: 80 }]),
      slice('twins', [{ ip: '10.244.4.1', hostname: 'a' }, { ip: '10.244.4.2', hostname: 'dup' }, { ip: '10.244.4.3', hostname: 'dup' }], [{ name: 'http', port: 80 }]),
      slice('portless', [{ ip: '10.244.3.20' }, { ip: '10.244.3.21', hostname: 'twin' }, { ip: '10.244.3.22', hostname: 'twin' }], []),
    ],
    namespaces: ['default', 'kube-system', 'kube-public'],
    serial: SERIAL,
  });
}

/** The simulated internet's resolvers: example.com exists, nothing else. */
export function internet(log: { server: string; q: Question }[] = []) {
  return (server: string, q: Question): Msg | undefined => {
    log.push({ server, q });
    const m = reply(q);
    m.recursionAvailable = true;
    if (q.name === 'example.com.' && q.type === 'A') m.answer = [{ name: q.name, ttl: 300, type: 'A', address: '93.184.215.14' }];
    else if (q.name === 'foo.example.org.' && server === '1.2.3.4') m.answer = [{ name: q.name, ttl: 60, type: 'A', address: '192.0.2.7' }];
    else if (q.name !== 'example.com.') {
      m.rcode = 'NXDOMAIN';
      m.authority = [{ name: '.', ttl: 86400, type: 'SOA', ns: 'a.root-servers.net.', mbox: 'nstld.verisign-grs.com.', serial: 2025060200, refresh: 1800, retry: 900, expire: 604800, minttl: 86400 }];
    }
    return m;
  };
}

export function env(corefile = KIND_COREFILE, log: { server: string; q: Question }[] = []): DnsEnv {
  return { servers: loadCorefile(corefile), data: clusterData(), resolvConf: { nameservers: ['172.18.0.1'] }, upstream: internet(log) };
}

/** Runs a query and renders it the way CoreDNS's tests compare: rcode, flags and zone lines. */
export function ask(e: DnsEnv, name: string, type: RRType) {
  const m = serveDns(e, { name, type });
  return {
    rcode: m.rcode,
    aa: m.authoritative,
    answer: m.answer.map(zoneLine),
    ns: m.authority.map(zoneLine),
    extra: m.extra.map(zoneLine),
  };
}
