// ClusterIP and NodePort allocation: uniqueness, ranges, requested values, errors, and what
// happens to allocations on update and on type changes.

import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { resolveResource } from '../../../sandbox/api/resources.js';
import { errorOf, newCluster, svc } from './helpers.js';

const ipNum = (ip: string) => ip.split('.').reduce((a, o) => a * 256 + Number(o), 0);
const SERVICES = resolveResource('services')!;

describe('ClusterIP allocation', () => {
  test('dynamic IPs are unique, inside 10.96.0.0/16, and taken from above the static band first', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 1, max: 40 }), (seed, n) => {
        const c = newCluster(seed);
        const ips = new Set<string>();
        for (let i = 0; i < n; i++) {
          const s = c.api.create(svc(`s${i}`));
          const ip = s.spec.clusterIP as string;
          expect(s.spec.clusterIPs).toEqual([ip]);
          expect(ips.has(ip)).toBe(false);
          ips.add(ip);
          const off = ipNum(ip) - ipNum('10.96.0.0');
          // ServiceIPStaticSubrange: the first 256 addresses are left for static requests.
          expect(off).toBeGreaterThan(256);
          expect(off).toBeLessThan(65535);
        }
      }),
      { numRuns: 25 },
    );
  });

  test('the same seed gives the same IPs', () => {
    const a = newCluster(7).api.create(svc('web')).spec.clusterIP;
    const b = newCluster(7).api.create(svc('web')).spec.clusterIP;
    expect(a).toBe(b);
  });

  test('a requested IP is honoured; taken, outside the range, or the network address is refused', () => {
    const c = newCluster();
    expect(c.api.create(svc('dns', { clusterIP: '10.96.0.10' })).spec.clusterIPs).toEqual(['10.96.0.10']);
    expect(errorOf(() => c.api.create(svc('dns2', { clusterIP: '10.96.0.10' }))).message).toBe(
      'Service "dns2" is invalid: spec.clusterIPs: Invalid value: ["10.96.0.10"]: failed to allocate IP 10.96.0.10: provided IP is already allocated',
    );
    expect(errorOf(() => c.api.create(svc('x', { clusterIP: '10.0.0.5' }))).message).toBe(
      'Service "x" is invalid: spec.clusterIPs: Invalid value: ["10.0.0.5"]: failed to allocate IP 10.0.0.5: the provided IP (10.0.0.5) is not in the valid range. The range of valid IPs is 10.96.0.0/16',
    );
    expect(errorOf(() => c.api.create(svc('y', { clusterIP: '10.96.0.0' }))).message).toContain('is not in the valid range');
    // A failed create leaves nothing behind.
    expect(c.api.tryGet(SERVICES, 'default', 'dns2')).toBeUndefined();
  });

  test('a deleted Service frees its IP', () => {
    const c = newCluster();
    c.api.create(svc('a', { clusterIP: '10.96.5.5' }));
    c.api.delete(SERVICES, 'default', 'a');
    expect(c.api.create(svc('b', { clusterIP: '10.96.5.5' })).spec.clusterIP).toBe('10.96.5.5');
  });

  test('ClusterIP → ExternalName releases the IP; back to ClusterIP allocates a new one', () => {
    const c = newCluster();
    const s = c.api.create(svc('web', { clusterIP: '10.96.7.7' }));
    const ext = structuredClone(s);
    ext.spec.type = 'ExternalName';
    ext.spec.externalName = 'example.com';
    const e = c.api.update(ext);
    expect(e.spec.clusterIP).toBeUndefined();
    expect(e.spec.clusterIPs).toBeUndefined();
    expect(c.api.create(svc('other', { clusterIP: '10.96.7.7' })).spec.clusterIP).toBe('10.96.7.7');
    const back = structuredClone(e);
    back.spec.type = 'ClusterIP';
    delete back.spec.externalName;
    const b = c.api.update(back);
    expect(b.spec.clusterIP).toMatch(/^10\.96\./);
    expect(b.spec.clusterIP).not.toBe('10.96.7.7');
  });
});

describe('NodePort allocation', () => {
  test('node ports are unique and inside 30000-32767', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 1, max: 30 }), (seed, n) => {
        const c = newCluster(seed);
        const seen = new Set<number>();
        for (let i = 0; i < n; i++) {
          const s = c.api.create(svc(`s${i}`, { type: 'NodePort', ports: [{ name: 'a', port: 80 }, { name: 'b', port: 443 }] }));
          for (const p of s.spec.ports) {
            expect(p.nodePort).toBeGreaterThanOrEqual(30000);
            expect(p.nodePort).toBeLessThanOrEqual(32767);
            expect(seen.has(p.nodePort)).toBe(false);
            seen.add(p.nodePort);
          }
        }
      }),
      { numRuns: 25 },
    );
  });

  test('requested ports: out of range and already allocated', () => {
    const c = newCluster();
    expect(c.api.create(svc('a', { type: 'NodePort', ports: [{ port: 80, nodePort: 30080 }] })).spec.ports[0].nodePort).toBe(30080);
    expect(errorOf(() => c.api.create(svc('b', { type: 'NodePort', ports: [{ port: 80, nodePort: 30080 }] }))).message).toBe(
      'Service "b" is invalid: spec.ports[0].nodePort: Invalid value: 30080: provided port is already allocated',
    );
    expect(errorOf(() => c.api.create(svc('b', { type: 'NodePort', ports: [{ port: 80, nodePort: 40000 }] }))).message).toBe(
      'Service "b" is invalid: spec.ports[0].nodePort: Invalid value: 40000: provided port is not in the valid range. The range of valid ports is 30000-32767',
    );
  });

  test('updates keep node ports; ClusterIP → NodePort allocates; NodePort → ClusterIP releases', () => {
    const c = newCluster();
    const s = c.api.create(svc('web'));
    expect(s.spec.ports[0].nodePort).toBeUndefined();
    const np = structuredClone(s);
    np.spec.type = 'NodePort';
    const n = c.api.update(np);
    const port = n.spec.ports[0].nodePort;
    expect(port).toBeGreaterThanOrEqual(30000);
    expect(n.spec.externalTrafficPolicy).toBe('Cluster');
    expect(n.spec.clusterIP).toBe(s.spec.clusterIP);
    const again = structuredClone(n);
    again.spec.ports[0].targetPort = 8080;
    expect(c.api.update(again).spec.ports[0].nodePort).toBe(port);
    const back = structuredClone(c.api.get(SERVICES, 'default', 'web'));
    back.spec.type = 'ClusterIP';
    const b = c.api.update(back);
    expect(b.spec.ports[0].nodePort).toBeUndefined();
    expect(b.spec.externalTrafficPolicy).toBeUndefined();
    expect(c.api.create(svc('taker', { type: 'NodePort', ports: [{ port: 80, nodePort: port }] })).spec.ports[0].nodePort).toBe(port);
  });

  test('a LoadBalancer with externalTrafficPolicy Local gets a health-check node port', () => {
    const c = newCluster();
    const s = c.api.create(svc('lb', { type: 'LoadBalancer', externalTrafficPolicy: 'Local' }));
    expect(s.spec.healthCheckNodePort).toBeGreaterThanOrEqual(30000);
    expect(s.spec.healthCheckNodePort).not.toBe(s.spec.ports[0].nodePort);
    expect(s.status).toEqual({ loadBalancer: {} });
  });

  test('allocateLoadBalancerNodePorts: false leaves the ports without node ports', () => {
    const c = newCluster();
    const s = c.api.create(svc('lb', { type: 'LoadBalancer', allocateLoadBalancerNodePorts: false }));
    expect(s.spec.ports[0].nodePort).toBeUndefined();
  });

  test('dry-run creates allocate but store nothing', () => {
    const c = newCluster();
    const s = c.api.create(svc('web', { clusterIP: '10.96.1.1' }), { dryRun: true });
    expect(s.spec.clusterIP).toBe('10.96.1.1');
    expect(c.api.create(svc('web', { clusterIP: '10.96.1.1' })).spec.clusterIP).toBe('10.96.1.1');
  });
});
