// kubectl describe layouts that the reference notes give in full (networkpolicy) or that follow
// directly from describe.go (ingress rules table, deployment, node events by node name).

import { describe, expect, it } from 'vitest';
import { scenario } from './scenario.js';

describe('describe networkpolicy', () => {
  it('prints the reference layout for a default-deny ingress policy', async () => {
    const h = scenario();
    h.cluster.now = Date.UTC(2025, 5, 2, 10, 0, 0);
    h.create({ apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: 'deny-ingress' }, spec: { podSelector: {}, policyTypes: ['Ingress'] } });
    expect((await h.run('kubectl describe netpol deny-ingress')).stdout).toBe(
      'Name:         deny-ingress\n' +
        'Namespace:    default\n' +
        'Created on:   2025-06-02 10:00:00 +0000 UTC\n' +
        'Labels:       <none>\n' +
        'Annotations:  <none>\n' +
        'Spec:\n' +
        '  PodSelector:     <none> (Allowing the specific traffic to all pods in this namespace)\n' +
        '  Allowing ingress traffic:\n' +
        '    <none> (Selected pods are isolated for ingress connectivity)\n' +
        '  Not affecting egress traffic\n' +
        '  Policy Types: Ingress\n',
    );
  });
  it('prints ports, peers and rule separators', async () => {
    const h = scenario();
    h.create({
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: { name: 'api' },
      spec: {
        podSelector: { matchLabels: { app: 'api' } },
        policyTypes: ['Ingress', 'Egress'],
        ingress: [{ from: [{ podSelector: { matchLabels: { app: 'web' } } }, { namespaceSelector: { matchLabels: { team: 'a' } }, podSelector: {} }], ports: [{ port: 80 }, { port: 32000, endPort: 32768, protocol: 'UDP' }] }, {}],
        egress: [{ to: [{ ipBlock: { cidr: '10.0.0.0/8', except: ['10.1.0.0/16'] } }] }],
      },
    });
    const out = (await h.run('kubectl describe networkpolicy api')).stdout;
    expect(out.slice(out.indexOf('Spec:'))).toBe(
      'Spec:\n' +
        '  PodSelector:     app=api\n' +
        '  Allowing ingress traffic:\n' +
        '    To Port: 80/TCP\n' +
        '    To Port Range: 32000-32768/UDP\n' +
        '    From:\n' +
        '      PodSelector: app=web\n' +
        '    From:\n' +
        '      NamespaceSelector: team=a\n' +
        '      PodSelector: <none>\n' +
        '    ----------\n' +
        '    To Port: <any> (traffic allowed to all ports)\n' +
        '    From: <any> (traffic not restricted by source)\n' +
        '  Allowing egress traffic:\n' +
        '    To Port: <any> (traffic allowed to all ports)\n' +
        '    To:\n' +
        '      IPBlock:\n' +
        '        CIDR: 10.0.0.0/8\n' +
        '        Except: 10.1.0.0/16\n' +
        '  Policy Types: Ingress, Egress\n',
    );
  });
});

describe('describe ingress', () => {
  it('prints TLS, the rules table with ready endpoints, and annotations', async () => {
    const h = scenario();
    h.create({
      apiVersion: 'networking.k8s.io/v1',
      kind: 'Ingress',
      metadata: { name: 'web', annotations: { 'nginx.ingress.kubernetes.io/rewrite-target': '/' } },
      spec: {
        ingressClassName: 'nginx',
        tls: [{ hosts: ['web.example.com'], secretName: 'web-tls' }],
        rules: [{ host: 'web.example.com', http: { paths: [{ path: '/', pathType: 'Prefix', backend: { service: { name: 'web', port: { number: 80 } } } }, { path: '/x', pathType: 'Prefix', backend: { service: { name: 'gone', port: { name: 'http' } } } }] } }],
      },
    });
    expect((await h.run('kubectl describe ingress web')).stdout).toBe(
      'Name:             web\n' +
        'Labels:           <none>\n' +
        'Namespace:        default\n' +
        'Address:          \n' +
        'Ingress Class:    nginx\n' +
        'Default backend:  <default>\n' +
        'TLS:\n' +
        '  web-tls terminates web.example.com\n' +
        'Rules:\n' +
        '  Host             Path  Backends\n' +
        '  ----             ----  --------\n' +
        '  web.example.com  \n' +
        '                   /    web:80 (10.244.1.2:80)\n' +
        '                   /x   gone:http (<error: services "gone" not found>)\n' +
        // The Rules table, Annotations and Events share one tabwriter column block.
        'Annotations:       nginx.ingress.kubernetes.io/rewrite-target: /\n' +
        'Events:            <none>\n',
    );
  });
});
