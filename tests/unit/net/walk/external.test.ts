import { describe, expect, it } from 'vitest';
import { iptablesRestore } from '../../../../sandbox/net/iptables/restore.js';
import { iptablesSave } from '../../../../sandbox/net/iptables/save.js';
import { buildProxyRules } from '../../../../sandbox/net/kube-proxy/proxier.js';
import { walkPacket, type Packet } from '../../../../sandbox/net/walk/rules.js';
import { Rng, seedRng } from '../../../../sandbox/util/rng.js';
import { service, slice } from '../fixtures.js';

// Truth table: client × node × Service policy → where the connection lands, as on a kind cluster.
const NODES: Record<string, string> = { 'kind-worker': '172.18.0.3', 'kind-worker2': '172.18.0.4' };
const LB = '172.18.255.200';

function node(name: string, etp: 'Cluster' | 'Local') {
  const rs = buildProxyRules({
    services: [service('web', {
      type: 'LoadBalancer',
      ports: [{ port: 80, targetPort: 8080, nodePort: 30080 }],
      spec: { externalTrafficPolicy: etp, loadBalancerSourceRanges: ['198.51.100.0/24', '172.18.0.0/16'], ...(etp === 'Local' ? { healthCheckNodePort: 31000 } : {}) },
      status: { loadBalancer: { ingress: [{ ip: LB, ipMode: 'VIP' }] } },
    })],
    endpointSlices: [slice('web', [{ ip: '10.244.1.2', node: 'kind-worker' }, { ip: '10.244.1.3', node: 'kind-worker' }])],
    node: name,
    nodeIPs: [NODES[name]!],
    kind: { podSubnet: '10.244.0.0/16', dockerGateway: '172.18.0.1', dnsPorts: { tcp: 40000, udp: 40001 } },
  });
  return iptablesRestore(iptablesSave(rs, { now: 0 }));
}

function go(name: string, etp: 'Cluster' | 'Local', p: Packet) {
  const rng = new Rng(seedRng(3));
  const ip = NODES[name]!;
  return walkPacket(node(name, etp), p, 'PREROUTING', { random: () => rng.u32(), isLocal: (a) => a === ip || a === LB, masqueradeAddress: ip });
}

const from = (src: string, dst: string, dport: number): Packet => ({ src, dst, proto: 'tcp', dport, sport: 51000, inIface: 'eth0' });

describe('external traffic through the node rules', () => {
  it.each([
    // client        node            eTP        dst        port    verdict   lands on        client IP kept
    ['198.51.100.7', 'kind-worker', 'Cluster', '172.18.0.3', 30080, 'ACCEPT', /10\.244\.1\.[23]:8080/, false],
    ['198.51.100.7', 'kind-worker2', 'Cluster', '172.18.0.4', 30080, 'ACCEPT', /10\.244\.1\.[23]:8080/, false],
    ['198.51.100.7', 'kind-worker', 'Local', '172.18.0.3', 30080, 'ACCEPT', /10\.244\.1\.[23]:8080/, true],
    ['198.51.100.7', 'kind-worker2', 'Local', '172.18.0.4', 30080, 'DROP', undefined, true],
    ['198.51.100.7', 'kind-worker', 'Cluster', LB, 80, 'ACCEPT', /10\.244\.1\.[23]:8080/, false],
    ['203.0.113.9', 'kind-worker', 'Cluster', LB, 80, 'DROP', undefined, true],
    ['198.51.100.7', 'kind-worker', 'Local', LB, 80, 'ACCEPT', /10\.244\.1\.[23]:8080/, true],
  ] as const)('%s → %s (%s) %s:%i: %s', (src, name, etp, dst, port, verdict, lands, keepsClient) => {
    const r = go(name, etp, from(src, dst, port));
    expect(r.verdict).toBe(verdict);
    if (lands) expect(r.dnat).toMatch(lands);
    else expect(r.dnat).toBeUndefined();
    if (verdict === 'ACCEPT') expect(r.packet.src === src).toBe(keepsClient);
  });

  it('a pod reaching an eTP=Local NodePort on a node without endpoints is short-circuited to all endpoints', () => {
    const r = go('kind-worker2', 'Local', { src: '10.244.2.9', dst: '172.18.0.4', proto: 'tcp', dport: 30080, sport: 5000 });
    expect(r.verdict).toBe('ACCEPT');
    expect(r.dnat).toMatch(/10\.244\.1\.[23]:8080/);
  });
});
