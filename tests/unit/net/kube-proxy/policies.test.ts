import { describe, expect, it } from 'vitest';
import type { Ruleset } from '../../../../sandbox/net/iptables/model.js';
import { iptablesSave } from '../../../../sandbox/net/iptables/save.js';
import { buildProxyRules } from '../../../../sandbox/net/kube-proxy/proxier.js';
import { service, slice, type Ep } from '../fixtures.js';

const NOW = Date.UTC(2025, 5, 2, 10, 0, 0);

function rules(svc: ReturnType<typeof service>, eps: Ep[], node = 'kind-worker'): string[] {
  const rs: Ruleset = buildProxyRules({ services: [svc], endpointSlices: [slice(svc.metadata.name!, eps)], node, nodeIPs: ['172.18.0.3'] });
  return iptablesSave(rs, { now: NOW }).split('\n').filter((l) => l.includes('default/web') || l.includes('KUBE-SVL') || l.includes('KUBE-FW'));
}

describe('kube-proxy: traffic policies and special cases', () => {
  it('no endpoints: only a filter REJECT, no nat chains', () => {
    expect(rules(service('web'), [])).toEqual([
      '-A KUBE-SERVICES -d 10.96.120.15/32 -p tcp -m comment --comment "default/web has no endpoints" -m tcp --dport 80 -j REJECT --reject-with icmp-port-unreachable',
    ]);
  });

  it('NodePort with no endpoints rejects the nodePort too', () => {
    const l = rules(service('web', { type: 'NodePort', ports: [{ port: 80, nodePort: 30080 }] }), []);
    expect(l).toContain('-A KUBE-EXTERNAL-SERVICES -p tcp -m comment --comment "default/web has no endpoints" -m addrtype --dst-type LOCAL -m tcp --dport 30080 -j REJECT --reject-with icmp-port-unreachable');
  });

  it('headless and ExternalName Services get nothing', () => {
    expect(rules(service('web', { clusterIP: 'None' }), [{ ip: '10.244.1.2' }])).toEqual([]);
    expect(rules(service('web', { type: 'ExternalName', clusterIP: '', spec: { externalName: 'example.com' } }), [])).toEqual([]);
  });

  it('skips Services that belong to another service proxy', () => {
    const svc = service('web');
    svc.metadata.labels = { 'service.kubernetes.io/service-proxy-name': 'other-proxy' };
    expect(rules(svc, [{ ip: '10.244.1.2' }])).toEqual([]);
  });

  it('uses serving terminating endpoints when none is ready', () => {
    const l = rules(service('web'), [{ ip: '10.244.1.2', ready: false, serving: true, terminating: true }, { ip: '10.244.1.3', ready: false, serving: false, terminating: true }]);
    expect(l.filter((x) => x.includes('DNAT'))).toEqual([
      '-A KUBE-SEP-PXJ2U7QYT2QW5545 -p tcp -m comment --comment "default/web" -m tcp -j DNAT --to-destination 10.244.1.2:8080',
    ]);
  });

  it('three endpoints: kernel-rounded probabilities, sorted by IP:port string', () => {
    const l = rules(service('web'), [{ ip: '10.244.1.2' }, { ip: '10.244.1.10' }, { ip: '10.244.2.3' }]);
    const svc = l.filter((x) => x.startsWith('-A KUBE-SVC') && x.includes('->'));
    expect(svc.map((x) => x.match(/-> (\S+)"/)![1])).toEqual(['10.244.1.10:8080', '10.244.1.2:8080', '10.244.2.3:8080']);
    expect(svc.map((x) => x.match(/--probability (\S+)/)?.[1])).toEqual(['0.33333333349', '0.50000000000', undefined]);
  });

  it('sessionAffinity ClientIP adds recent checks and sets', () => {
    const l = rules(service('web', { spec: { sessionAffinity: 'ClientIP', sessionAffinityConfig: { clientIP: { timeoutSeconds: 10800 } } } }), [{ ip: '10.244.1.2' }]);
    expect(l).toContain('-A KUBE-SVC-LOLE4ISW44XBNF3G -m comment --comment "default/web -> 10.244.1.2:8080" -m recent --rcheck --seconds 10800 --reap --name KUBE-SEP-PXJ2U7QYT2QW5545 --mask 255.255.255.255 --rsource -j KUBE-SEP-PXJ2U7QYT2QW5545');
    expect(l).toContain('-A KUBE-SEP-PXJ2U7QYT2QW5545 -p tcp -m comment --comment "default/web" -m recent --set --name KUBE-SEP-PXJ2U7QYT2QW5545 --mask 255.255.255.255 --rsource -m tcp -j DNAT --to-destination 10.244.1.2:8080');
  });

  const local = service('web', { type: 'NodePort', ports: [{ port: 80, nodePort: 30080 }], spec: { externalTrafficPolicy: 'Local', healthCheckNodePort: 31234 } });
  const eps: Ep[] = [{ ip: '10.244.1.2', node: 'kind-worker' }, { ip: '10.244.2.3', node: 'kind-worker2' }];

  it('eTP Local on a node with a local endpoint: EXT → SVL, client IP kept', () => {
    const l = rules(local, eps, 'kind-worker');
    expect(l.filter((x) => x.startsWith('-A KUBE-EXT'))).toEqual([
      '-A KUBE-EXT-LOLE4ISW44XBNF3G -s 10.244.0.0/16 -m comment --comment "pod traffic for default/web external destinations" -j KUBE-SVC-LOLE4ISW44XBNF3G',
      '-A KUBE-EXT-LOLE4ISW44XBNF3G -m comment --comment "masquerade LOCAL traffic for default/web external destinations" -m addrtype --src-type LOCAL -j KUBE-MARK-MASQ',
      '-A KUBE-EXT-LOLE4ISW44XBNF3G -m comment --comment "route LOCAL traffic for default/web external destinations" -m addrtype --src-type LOCAL -j KUBE-SVC-LOLE4ISW44XBNF3G',
      '-A KUBE-EXT-LOLE4ISW44XBNF3G -j KUBE-SVL-LOLE4ISW44XBNF3G',
    ]);
    expect(l).toContain('-A KUBE-SVL-LOLE4ISW44XBNF3G -m comment --comment "default/web -> 10.244.1.2:8080" -j KUBE-SEP-PXJ2U7QYT2QW5545');
    expect(l).toContain('-A KUBE-NODEPORTS -p tcp -m comment --comment "default/web health check node port" -m tcp --dport 31234 -j ACCEPT');
    expect(l.some((x) => x.includes('has no local endpoints'))).toBe(false);
  });

  it('eTP Local on a node without one: DROP in KUBE-EXTERNAL-SERVICES, no SVL', () => {
    const l = rules(local, eps, 'kind-control-plane');
    expect(l).toContain('-A KUBE-EXTERNAL-SERVICES -p tcp -m comment --comment "default/web has no local endpoints" -m addrtype --dst-type LOCAL -m tcp --dport 30080 -j DROP');
    expect(l.some((x) => x.startsWith(':KUBE-SVL'))).toBe(false);
    expect(l.filter((x) => x.startsWith('-A KUBE-EXT')).at(-1)).toContain('route LOCAL traffic');
  });

  it('eTP Local + iTP Local: the EXT short-circuit still has a KUBE-SVC chain to jump to', () => {
    const both = service('web', { type: 'NodePort', ports: [{ port: 80, nodePort: 30080 }], spec: { externalTrafficPolicy: 'Local', internalTrafficPolicy: 'Local' } });
    const l = rules(both, eps, 'kind-worker');
    expect(l).toContain('-A KUBE-EXT-LOLE4ISW44XBNF3G -s 10.244.0.0/16 -m comment --comment "pod traffic for default/web external destinations" -j KUBE-SVC-LOLE4ISW44XBNF3G');
    expect(l.filter((x) => x.startsWith('-A KUBE-SVC-') && x.includes('->'))).toHaveLength(2);
    expect(l).toContain('-A KUBE-SERVICES -d 10.96.120.15/32 -p tcp -m comment --comment "default/web cluster IP" -m tcp --dport 80 -j KUBE-SVL-LOLE4ISW44XBNF3G');
  });

  it('iTP Local: the ClusterIP jumps to SVL, or is dropped without a local endpoint', () => {
    const svc = service('web', { spec: { internalTrafficPolicy: 'Local' } });
    expect(rules(svc, eps, 'kind-worker')).toContain('-A KUBE-SERVICES -d 10.96.120.15/32 -p tcp -m comment --comment "default/web cluster IP" -m tcp --dport 80 -j KUBE-SVL-LOLE4ISW44XBNF3G');
    expect(rules(svc, eps, 'kind-control-plane')).toEqual([
      '-A KUBE-SERVICES -d 10.96.120.15/32 -p tcp -m comment --comment "default/web has no local endpoints" -m tcp --dport 80 -j DROP',
    ]);
  });

  it('LoadBalancer with source ranges and externalIPs', () => {
    const svc = service('web', {
      type: 'LoadBalancer',
      ports: [{ port: 80, nodePort: 30080 }],
      spec: { externalIPs: ['192.0.2.10'], loadBalancerSourceRanges: ['203.0.113.0/24'] },
      status: { loadBalancer: { ingress: [{ ip: '172.18.255.200', ipMode: 'VIP' }] } },
    });
    const l = rules(svc, eps);
    expect(l).toContain('-A KUBE-SERVICES -d 192.0.2.10/32 -p tcp -m comment --comment "default/web external IP" -m tcp --dport 80 -j KUBE-EXT-LOLE4ISW44XBNF3G');
    expect(l).toContain('-A KUBE-SERVICES -d 172.18.255.200/32 -p tcp -m comment --comment "default/web loadbalancer IP" -m tcp --dport 80 -j KUBE-FW-LOLE4ISW44XBNF3G');
    expect(l).toContain('-A KUBE-FW-LOLE4ISW44XBNF3G -s 203.0.113.0/24 -m comment --comment "default/web loadbalancer IP" -j KUBE-EXT-LOLE4ISW44XBNF3G');
    expect(l).toContain('-A KUBE-PROXY-FIREWALL -d 172.18.255.200/32 -p tcp -m comment --comment "default/web traffic not accepted by KUBE-FW-LOLE4ISW44XBNF3G" -m tcp --dport 80 -j DROP');
  });

  it('named ports hash with the port name; UDP uses -m udp', () => {
    const svc = service('kube-dns', { ns: 'kube-system', clusterIP: '10.96.0.10', ports: [{ name: 'dns', port: 53, protocol: 'UDP' }] });
    const rs = buildProxyRules({ services: [svc], endpointSlices: [slice('kube-dns', [{ ip: '10.244.0.3' }], [{ name: 'dns', port: 53, protocol: 'UDP' }], 'kube-system')], node: 'kind-worker' });
    expect(iptablesSave(rs, { now: NOW })).toContain('-A KUBE-SERVICES -d 10.96.0.10/32 -p udp -m comment --comment "kube-system/kube-dns:dns cluster IP" -m udp --dport 53 -j KUBE-SVC-TCOU7JCQXEZGVUNU');
  });

  it('large cluster mode (> 1000 endpoints) drops per-endpoint comments', () => {
    const big = Array.from({ length: 1001 }, (_, i) => ({ ip: `10.244.${i >> 8}.${i & 255}` }));
    const l = rules(service('web'), big);
    expect(l.some((x) => x.startsWith('-A KUBE-SEP') || (x.startsWith('-A KUBE-SVC') && x.includes('->')))).toBe(false);
    const all = iptablesSave(buildProxyRules({ services: [service('web')], endpointSlices: [slice('web', big)], node: 'n' }), { now: NOW });
    expect(all).toMatch(/^-A KUBE-SEP-\w+ -p tcp -m tcp -j DNAT --to-destination 10\.244\.0\.0:8080$/m);
    expect(all).toMatch(/^-A KUBE-SVC-LOLE4ISW44XBNF3G -m statistic --mode random --probability 0\.00099900085 -j KUBE-SEP-\w+$/m);
    expect(l).toContain('-A KUBE-SERVICES -d 10.96.120.15/32 -p tcp -m comment --comment "default/web cluster IP" -m tcp --dport 80 -j KUBE-SVC-LOLE4ISW44XBNF3G');
  });
});
