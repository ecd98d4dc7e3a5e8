import { describe, expect, it } from 'vitest';
import { ask, env, SERIAL } from './cluster.js';

const SOA = `cluster.local. 30 IN SOA ns.dns.cluster.local. hostmaster.cluster.local. ${SERIAL} 7200 1800 86400 30`;

describe('CoreDNS kubernetes plugin (kind Corefile)', () => {
  const e = env();

  it.each([
    ['web.default.svc.cluster.local.', 'A', ['web.default.svc.cluster.local. 30 IN A 10.96.120.15']],
    ['WEB.Default.svc.cluster.local.', 'A', ['WEB.Default.svc.cluster.local. 30 IN A 10.96.120.15']],
    ['kube-dns.kube-system.svc.cluster.local.', 'A', ['kube-dns.kube-system.svc.cluster.local. 30 IN A 10.96.0.10']],
    ['db.default.svc.cluster.local.', 'A', ['db.default.svc.cluster.local. 30 IN A 10.244.1.5', 'db.default.svc.cluster.local. 30 IN A 10.244.2.6']],
    ['db-1.db.default.svc.cluster.local.', 'A', ['db-1.db.default.svc.cluster.local. 30 IN A 10.244.2.6']],
    ['10-244-1-5.default.pod.cluster.local.', 'A', ['10-244-1-5.default.pod.cluster.local. 30 IN A 10.244.1.5']],
    ['10-99-99-99.default.pod.cluster.local.', 'A', ['10-99-99-99.default.pod.cluster.local. 30 IN A 10.99.99.99']],
    ['dns-version.cluster.local.', 'TXT', ['dns-version.cluster.local. 28800 IN TXT "1.1.0"']],
    ['15.120.96.10.in-addr.arpa.', 'PTR', ['15.120.96.10.in-addr.arpa. 30 IN PTR web.default.svc.cluster.local.']],
    ['5.1.244.10.in-addr.arpa.', 'PTR', ['5.1.244.10.in-addr.arpa. 30 IN PTR db-0.db.default.svc.cluster.local.']],
    ['2.1.244.10.in-addr.arpa.', 'PTR', ['2.1.244.10.in-addr.arpa. 30 IN PTR 10-244-1-2.web.default.svc.cluster.local.']],
    ['ns.dns.cluster.local.', 'A', ['ns.dns.cluster.local. 30 IN A 10.96.0.10']],
    ['portless.default.svc.cluster.local.', 'A', ['portless.default.svc.cluster.local. 30 IN A 10.244.3.20', 'portless.default.svc.cluster.local. 30 IN A 10.244.3.21', 'portless.default.svc.cluster.local. 30 IN A 10.244.3.22']],
    ['10-244-3-20.portless.default.svc.cluster.local.', 'A', ['10-244-3-20.portless.default.svc.cluster.local. 30 IN A 10.244.3.20']],
    ['twin.portless.default.svc.cluster.local.', 'A', ['twin.portless.default.svc.cluster.local. 30 IN A 10.244.3.21', 'twin.portless.default.svc.cluster.local. 30 IN A 10.244.3.22']],
  ] as const)('%s %s', (name, type, answer) => {
    const r = ask(e, name, type);
    expect(r).toMatchObject({ rcode: 'NOERROR', aa: true, ns: [] });
    expect(r.answer).toEqual(answer);
  });

  it('named-port SRV, with the target address in the additional section', () => {
    expect(ask(e, '_http._tcp.web.default.svc.cluster.local.', 'SRV')).toEqual({
      rcode: 'NOERROR', aa: true, ns: [],
      answer: ['_http._tcp.web.default.svc.cluster.local. 30 IN SRV 0 100 80 web.default.svc.cluster.local.'],
      extra: ['web.default.svc.cluster.local. 30 IN A 10.96.120.15'],
    });
  });

  it('headless SRV: one record per ready endpoint, weight 100/N, hostname targets', () => {
    const r = ask(e, '_pg._tcp.db.default.svc.cluster.local.', 'SRV');
    expect(r.answer).toEqual([
      '_pg._tcp.db.default.svc.cluster.local. 30 IN SRV 0 50 5432 db-0.db.default.svc.cluster.local.',
      '_pg._tcp.db.default.svc.cluster.local. 30 IN SRV 0 50 5432 db-1.db.default.svc.cluster.local.',
    ]);
    expect(r.extra).toEqual(['db-0.db.default.svc.cluster.local. 30 IN A 10.244.1.5', 'db-1.db.default.svc.cluster.local. 30 IN A 10.244.2.6']);
  });

  it('SRV weights count every item found, duplicates included (as in CoreDNS handler_test)', () => {
    // Three addresses, two behind one hostname: one SRV per target, weight floor(100/3), every address in extra.
    expect(ask(e, '_http._tcp.twins.default.svc.cluster.local.', 'SRV')).toMatchObject({
      answer: [
        '_http._tcp.twins.default.svc.cluster.local. 30 IN SRV 0 33 80 a.twins.default.svc.cluster.local.',
        '_http._tcp.twins.default.svc.cluster.local. 30 IN SRV 0 33 80 dup.twins.default.svc.cluster.local.',
      ],
      extra: [
        'a.twins.default.svc.cluster.local. 30 IN A 10.244.4.1',
        'dup.twins.default.svc.cluster.local. 30 IN A 10.244.4.2',
        'dup.twins.default.svc.cluster.local. 30 IN A 10.244.4.3',
      ],
    });
    // A portless headless Service has A records but no SRV.
    expect(ask(e, 'portless.default.svc.cluster.local.', 'SRV')).toMatchObject({ rcode: 'NOERROR', answer: [] });
  });

  it('SRV on the Service name lists every port, named or not', () => {
    expect(ask(e, 'web.default.svc.cluster.local.', 'SRV').answer).toEqual([
      'web.default.svc.cluster.local. 30 IN SRV 0 50 80 web.default.svc.cluster.local.',
      'web.default.svc.cluster.local. 30 IN SRV 0 50 8443 web.default.svc.cluster.local.',
    ]);
  });

  it.each([
    ['nosuch.default.svc.cluster.local.', 'A'],
    ['web.nosuchns.svc.cluster.local.', 'A'],
    ['_https._tcp.web.default.svc.cluster.local.', 'SRV'],
    ['_http._udp.web.default.svc.cluster.local.', 'SRV'],
    ['lonely.default.svc.cluster.local.', 'A'],
    ['db-2.db.default.svc.cluster.local.', 'A'],
    ['web.default.cluster.local.', 'A'],
    ['a.b.c.web.default.svc.cluster.local.', 'A'],
    ['nosuch.cluster.local.', 'TXT'],
    ['not-an-ip.default.pod.cluster.local.', 'A'],
  ] as const)('NXDOMAIN with the zone SOA: %s %s', (name, type) => {
    expect(ask(e, name, type)).toEqual({ rcode: 'NXDOMAIN', aa: true, answer: [], ns: [SOA], extra: [] });
  });

  it.each([
    ['web.default.svc.cluster.local.', 'AAAA'],
    ['web.default.svc.cluster.local.', 'TXT'],
    ['web.default.svc.cluster.local.', 'MX'],
    ['default.svc.cluster.local.', 'A'],
    ['svc.cluster.local.', 'A'],
    ['cluster.local.', 'A'],
  ] as const)('NODATA (NOERROR, no answer, SOA): %s %s', (name, type) => {
    expect(ask(e, name, type)).toEqual({ rcode: 'NOERROR', aa: true, answer: [], ns: [SOA], extra: [] });
  });

  it('the zone SOA and NS', () => {
    expect(ask(e, 'cluster.local.', 'SOA').answer).toEqual([SOA]);
    expect(ask(e, 'web.default.svc.cluster.local.', 'SOA')).toMatchObject({ rcode: 'NOERROR', answer: [], ns: [SOA] });
    expect(ask(e, 'cluster.local.', 'NS')).toMatchObject({ answer: ['cluster.local. 30 IN NS ns.dns.cluster.local.'], extra: ['ns.dns.cluster.local. 30 IN A 10.96.0.10'] });
    expect(ask(e, 'svc.cluster.local.', 'NS')).toMatchObject({ rcode: 'NOERROR', answer: [], ns: [SOA] });
    expect(ask(e, 'foo.cluster.local.', 'NS')).toMatchObject({ rcode: 'NXDOMAIN', ns: [SOA] });
  });

  it('ExternalName: a CNAME, then the upstream answer', () => {
    expect(ask(e, 'ext.default.svc.cluster.local.', 'A')).toMatchObject({
      rcode: 'NOERROR', aa: true,
      answer: ['ext.default.svc.cluster.local. 30 IN CNAME example.com.', 'example.com. 300 IN A 93.184.215.14'],
    });
    expect(ask(e, 'ext.default.svc.cluster.local.', 'CNAME').answer).toEqual(['ext.default.svc.cluster.local. 30 IN CNAME example.com.']);
  });

  it('unknown reverse names fall through to forward (not authoritative)', () => {
    const r = ask(e, '9.9.9.10.in-addr.arpa.', 'PTR');
    expect(r.rcode).toBe('NXDOMAIN');
    expect(r.aa).toBe(false);
    expect(r.ns[0]).toMatch(/^\. 86400 IN SOA a\.root-servers\.net\./);
  });
});
