import { describe, expect, it } from 'vitest';
import { resolve, type ClientKind } from '../../../../sandbox/net/dns/resolver.js';
import { serveDns } from '../../../../sandbox/net/dns/server.js';
import { parseResolvConf } from '../../../../sandbox/net/dns/resolvconf.js';
import { env } from './cluster.js';

const RC = parseResolvConf('search default.svc.cluster.local svc.cluster.local cluster.local\nnameserver 10.96.0.10\noptions ndots:5\n');
const e = env();
const send = (_server: string, name: string, type: Parameters<typeof serveDns>[1]['type']) => serveDns(e, { name, type });
const run = (name: string, kind: ClientKind) => resolve(name, RC, kind, send);
const sent = (r: ReturnType<typeof run>) => r.queries.map((q) => `${q.type} ${q.name} ${q.reply?.rcode ?? 'timeout'}${q.reply && q.reply.rcode === 'NOERROR' && !q.reply.answer.length ? ' (NODATA)' : ''}`);

describe('client-side search expansion', () => {
  it('glibc `curl web`: the first search domain answers', () => {
    const r = run('web', 'glibc');
    expect(r.outcome).toBe('found');
    expect(r.name).toBe('web.default.svc.cluster.local.');
    expect(sent(r)).toEqual(['A web.default.svc.cluster.local. NOERROR', 'AAAA web.default.svc.cluster.local. NOERROR (NODATA)']);
  });

  it('glibc `curl example.com`: three cluster NXDOMAINs, then the name as typed, forwarded', () => {
    const r = run('example.com', 'glibc');
    expect(sent(r).filter((q) => q.startsWith('A '))).toEqual([
      'A example.com.default.svc.cluster.local. NXDOMAIN',
      'A example.com.svc.cluster.local. NXDOMAIN',
      'A example.com.cluster.local. NXDOMAIN',
      'A example.com. NOERROR',
    ]);
    expect(r.outcome).toBe('found');
  });

  it('a name with ≥ ndots dots: glibc tries it first then searches; musl never searches', () => {
    const name = 'a.b.c.d.e.nosuch';
    expect(run(name, 'glibc').queries.filter((q) => q.type === 'A').map((q) => q.name)).toEqual([
      'a.b.c.d.e.nosuch.', 'a.b.c.d.e.nosuch.default.svc.cluster.local.', 'a.b.c.d.e.nosuch.svc.cluster.local.', 'a.b.c.d.e.nosuch.cluster.local.',
    ]);
    expect(run(name, 'musl').queries.map((q) => q.name)).toEqual(['a.b.c.d.e.nosuch.', 'a.b.c.d.e.nosuch.']);
  });

  it('`web.default` resolves through svc.cluster.local', () => {
    const r = run('web.default', 'musl');
    expect(r.name).toBe('web.default.svc.cluster.local.');
    expect(r.queries.map((q) => q.name)).toEqual(['web.default.default.svc.cluster.local.', 'web.default.default.svc.cluster.local.', 'web.default.svc.cluster.local.', 'web.default.svc.cluster.local.']);
  });

  it('an absolute name is tried alone', () => {
    expect(run('web.', 'glibc').queries.map((q) => q.name)).toEqual(['web.', 'web.']);
  });

  it('busybox nslookup: no dot → every search domain, A then AAAA, all sent', () => {
    expect(sent(run('web', 'busybox-nslookup'))).toEqual([
      'A web.default.svc.cluster.local. NOERROR',
      'A web.svc.cluster.local. NXDOMAIN',
      'A web.cluster.local. NXDOMAIN',
      'AAAA web.default.svc.cluster.local. NOERROR (NODATA)',
      'AAAA web.svc.cluster.local. NXDOMAIN',
      'AAAA web.cluster.local. NXDOMAIN',
    ]);
  });

  it('busybox nslookup: any dot → as typed only, so `kubernetes.default` is NXDOMAIN', () => {
    const r = run('kubernetes.default', 'busybox-nslookup');
    expect(r.queries.map((q) => q.name)).toEqual(['kubernetes.default.', 'kubernetes.default.']);
    expect(r.outcome).toBe('NXDOMAIN');
  });

  it('BIND nslookup follows the search list; dig does not', () => {
    const ns = run('kubernetes.default', 'bind-nslookup');
    expect(ns.outcome).toBe('found');
    expect(ns.name).toBe('kubernetes.default.svc.cluster.local.');
    const dig = run('web', 'dig');
    expect(dig.queries.map((q) => q.name)).toEqual(['web.']);
    expect(dig.outcome).toBe('NXDOMAIN');
    expect(run('web', 'dig+search').name).toBe('web.default.svc.cluster.local.');
  });

  it('no server reachable → timeout, each nameserver tried', () => {
    const rc = { ...RC, nameservers: ['10.96.0.10', '10.96.0.11'] };
    const r = resolve('web', rc, 'glibc', () => undefined);
    expect(r.outcome).toBe('timeout');
    // A and AAAA go out together, each trying both servers.
    expect(r.queries.map((q) => `${q.type} ${q.server}`)).toEqual(['A 10.96.0.10', 'A 10.96.0.11', 'AAAA 10.96.0.10', 'AAAA 10.96.0.11']);
  });
});
