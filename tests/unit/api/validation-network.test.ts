// NetworkPolicy, Ingress, IngressClass and EndpointSlice: defaulting and validation wording.

import { describe, expect, test } from 'vitest';
import type { KubeObject } from '../../../sandbox/api/types.js';
import { createError, newCluster } from './helpers.js';

const np = (spec: Record<string, unknown>): KubeObject => ({ apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: 'np' }, spec });
const ing = (spec: Record<string, unknown>, name = 'web'): KubeObject => ({ apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', metadata: { name }, spec });
const rule = (path: Record<string, unknown>) => ({ rules: [{ host: 'shop.example.com', http: { paths: [path] } }] });
const backend = { service: { name: 'web', port: { number: 80 } } };

describe('NetworkPolicy', () => {
  test('policyTypes: Ingress always, Egress only with egress rules; protocols default to TCP', () => {
    const c = newCluster();
    expect(c.api.create(np({ podSelector: {} })).spec.policyTypes).toEqual(['Ingress']);
    const both = c.api.create({ ...np({ egress: [{ ports: [{ port: 53 }] }] }), metadata: { name: 'dns' } });
    expect(both.spec.policyTypes).toEqual(['Ingress', 'Egress']);
    expect(both.spec.podSelector).toEqual({});
    expect(both.spec.egress[0].ports[0]).toEqual({ port: 53, protocol: 'TCP' });
    const denyEgress = c.api.create({ ...np({ podSelector: {}, policyTypes: ['Egress'] }), metadata: { name: 'deny' } });
    expect(denyEgress.spec.policyTypes).toEqual(['Egress']);
    expect(denyEgress.metadata.generation).toBe(1);
  });

  test('ports: endPort needs a numeric port at or below it; names are IANA service names', () => {
    const c = newCluster();
    const p = (port: Record<string, unknown>) => createError(c, np({ ingress: [{ ports: [port] }] }));
    expect(p({ port: 32000, endPort: 31000 })).toBe('NetworkPolicy "np" is invalid: spec.ingress[0].ports[0].endPort: Invalid value: 32000: must be greater than or equal to `port`');
    expect(p({ port: 'http', endPort: 90 })).toBe('NetworkPolicy "np" is invalid: spec.ingress[0].ports[0].endPort: Invalid value: 90: may not be specified when `port` is non-numeric');
    expect(p({ endPort: 90 })).toBe('NetworkPolicy "np" is invalid: spec.ingress[0].ports[0].endPort: Invalid value: 90: may not be specified when `port` is not specified');
    expect(p({ port: 0 })).toBe('NetworkPolicy "np" is invalid: spec.ingress[0].ports[0].port: Invalid value: 0: must be between 1 and 65535, inclusive');
    expect(p({ port: 80, protocol: 'ICMP' })).toBe('NetworkPolicy "np" is invalid: spec.ingress[0].ports[0].protocol: Unsupported value: "ICMP": supported values: "TCP", "UDP", "SCTP"');
  });

  test('peers: one kind at a time for ipBlock, except inside cidr, a peer must say something', () => {
    const c = newCluster();
    const from = (peer: Record<string, unknown>) => createError(c, np({ ingress: [{ from: [peer] }] }));
    expect(from({})).toBe('NetworkPolicy "np" is invalid: spec.ingress[0].from[0]: Required value: must specify a peer');
    expect(from({ ipBlock: { cidr: '10.0.0.0/8' }, podSelector: {} })).toBe(
      'NetworkPolicy "np" is invalid: spec.ingress[0].from[0]: Forbidden: may not specify both ipBlock and another peer',
    );
    expect(from({ ipBlock: { cidr: '10.0.0.0/33' } })).toBe(
      'NetworkPolicy "np" is invalid: spec.ingress[0].from[0].ipBlock.cidr: Invalid value: "10.0.0.0/33": must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)',
    );
    expect(from({ ipBlock: { cidr: '10.0.0.0/16', except: ['10.1.0.0/24'] } })).toBe(
      'NetworkPolicy "np" is invalid: spec.ingress[0].from[0].ipBlock.except[0]: Invalid value: "10.1.0.0/24": must be a strict subset of `cidr`',
    );
    expect(from({ ipBlock: { cidr: '10.0.0.0/16', except: ['10.0.0.0/16'] } })).toContain('must be a strict subset of `cidr`');
    expect(from({ ipBlock: {} })).toBe('NetworkPolicy "np" is invalid: spec.ingress[0].from[0].ipBlock.cidr: Required value');
    expect(createError(c, np({ policyTypes: ['Ingress', 'Both'] }))).toBe(
      'NetworkPolicy "np" is invalid: spec.policyTypes[1]: Unsupported value: "Both": supported values: "Ingress", "Egress"',
    );
  });
});

describe('Ingress', () => {
  test('pathType is required and an enumeration; Exact and Prefix paths are absolute', () => {
    const c = newCluster();
    expect(createError(c, ing(rule({ path: '/', backend })))).toBe('Ingress "web" is invalid: spec.rules[0].http.paths[0].pathType: Required value: pathType must be specified');
    expect(createError(c, ing(rule({ path: '/', pathType: 'Regex', backend })))).toBe(
      'Ingress "web" is invalid: spec.rules[0].http.paths[0].pathType: Unsupported value: "Regex": supported values: "Exact", "ImplementationSpecific", "Prefix"',
    );
    expect(createError(c, ing(rule({ path: 'shop', pathType: 'Prefix', backend })))).toBe(
      'Ingress "web" is invalid: spec.rules[0].http.paths[0].path: Invalid value: "shop": must be an absolute path',
    );
  });

  test('backends: service xor resource, a port name or number', () => {
    const c = newCluster();
    const b = (bk: Record<string, unknown>) => createError(c, ing(rule({ path: '/', pathType: 'Prefix', backend: bk })));
    expect(b({ ...backend, resource: { kind: 'Bucket', name: 'b' } })).toBe(
      'Ingress "web" is invalid: spec.rules[0].http.paths[0].backend: Invalid value: "": cannot set both resource and service backends',
    );
    expect(b({})).toBe('Ingress "web" is invalid: spec.rules[0].http.paths[0].backend: Invalid value: "": resource or service backend is required');
    expect(b({ service: { name: 'web', port: {} } })).toBe('Ingress "web" is invalid: spec.rules[0].http.paths[0].backend: Required value: port name or number is required');
    expect(b({ service: { name: 'web', port: { name: 'http', number: 80 } } })).toBe(
      'Ingress "web" is invalid: spec.rules[0].http.paths[0].backend: Invalid value: "": cannot set both port name & port number',
    );
  });

  test('rules or a default backend; hosts are DNS names', () => {
    const c = newCluster();
    expect(createError(c, ing({}))).toBe('Ingress "web" is invalid: spec: Invalid value: null: either `defaultBackend` or `rules` must be specified');
    expect(createError(c, ing({ rules: [{ host: '10.0.0.1', http: { paths: [{ path: '/', pathType: 'Prefix', backend }] } }] }))).toBe(
      'Ingress "web" is invalid: spec.rules[0].host: Invalid value: "10.0.0.1": must be a DNS name, not an IP address',
    );
    expect(c.api.create(ing({ rules: [{ host: '*.example.com', http: { paths: [{ path: '/', pathType: 'Prefix', backend }] } }] })).spec.rules[0].host).toBe(
      '*.example.com',
    );
  });

  test('the default IngressClass is filled in by admission; the newest wins when there are several', () => {
    const c = newCluster();
    const cls = (name: string, dflt: boolean) =>
      c.api.create({
        apiVersion: 'networking.k8s.io/v1',
        kind: 'IngressClass',
        metadata: { name, annotations: dflt ? { 'ingressclass.kubernetes.io/is-default-class': 'true' } : {} },
        spec: { controller: 'k8s.io/ingress-nginx' },
      });
    cls('other', false);
    expect(c.api.create(ing({ defaultBackend: backend }, 'a')).spec.ingressClassName).toBeUndefined();
    cls('nginx', true);
    expect(c.api.create(ing({ defaultBackend: backend }, 'b')).spec.ingressClassName).toBe('nginx');
    c.advance(1000);
    cls('traefik', true);
    expect(c.api.create(ing({ defaultBackend: backend }, 'c')).spec.ingressClassName).toBe('traefik');
    expect(c.api.create(ing({ defaultBackend: backend, ingressClassName: 'other' }, 'd')).spec.ingressClassName).toBe('other');
  });

  test('IngressClass controller is a domain-prefixed path and immutable', () => {
    const c = newCluster();
    const ic = (controller: string) => ({ apiVersion: 'networking.k8s.io/v1', kind: 'IngressClass', metadata: { name: 'x' }, spec: { controller } });
    expect(createError(c, ic('nginx'))).toBe('IngressClass "x" is invalid: spec.controller: Invalid value: "nginx": must be a domain-prefixed path (such as "acme.io/foo")');
    const made = c.api.create(ic('k8s.io/ingress-nginx'));
    made.spec.controller = 'traefik.io/ingress-controller';
    expect(() => c.api.update(made)).toThrow('IngressClass "x" is invalid: spec.controller: Invalid value: "traefik.io/ingress-controller": field is immutable');
  });
});

describe('EndpointSlice', () => {
  test('addressType is required and an enumeration; addresses match it', () => {
    const c = newCluster();
    const es = (body: Record<string, unknown>): KubeObject => ({ apiVersion: 'discovery.k8s.io/v1', kind: 'EndpointSlice', metadata: { name: 'web-x1' }, ...body });
    expect(createError(c, es({ endpoints: [] }))).toBe('EndpointSlice "web-x1" is invalid: addressType: Required value');
    expect(createError(c, es({ addressType: 'IPv5' }))).toBe('EndpointSlice "web-x1" is invalid: addressType: Unsupported value: "IPv5": supported values: "FQDN", "IPv4", "IPv6"');
    expect(createError(c, es({ addressType: 'IPv4', endpoints: [{ addresses: ['fd00::1'] }] }))).toBe(
      'EndpointSlice "web-x1" is invalid: endpoints[0].addresses[0]: Invalid value: "fd00::1": must be a valid IPv4 address',
    );
  });
});

describe('Endpoints', () => {
  test('port names are DNS labels like Service port names (`80-80` is fine)', () => {
    const c = newCluster();
    const ep = (ports: unknown[]): KubeObject => ({ apiVersion: 'v1', kind: 'Endpoints', metadata: { name: 'web' }, subsets: [{ addresses: [{ ip: '10.244.1.2' }], ports }] });
    expect(c.api.create(ep([{ name: '80-80', port: 80 }])).subsets[0].ports).toEqual([{ name: '80-80', port: 80, protocol: 'TCP' }]);
    expect(createError(c, { ...ep([{ port: 80 }, { name: 'b', port: 81 }]), metadata: { name: 'two' } })).toBe('Endpoints "two" is invalid: subsets[0].ports[0].name: Required value');
  });
});
