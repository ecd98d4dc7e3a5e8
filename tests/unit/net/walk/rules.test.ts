import { describe, expect, it } from 'vitest';
import { danglingJumps } from '../../../../sandbox/net/iptables/check.js';
import { iptablesRestore } from '../../../../sandbox/net/iptables/restore.js';
import { iptablesSave } from '../../../../sandbox/net/iptables/save.js';
import { buildProxyRules } from '../../../../sandbox/net/kube-proxy/proxier.js';
import { walkPacket, type Packet } from '../../../../sandbox/net/walk/rules.js';
import { Rng, seedRng } from '../../../../sandbox/util/rng.js';
import { service, slice } from '../fixtures.js';

const NODE_IP = '172.18.0.3';
const KIND = { podSubnet: '10.244.0.0/16', dockerGateway: '172.18.0.1', dnsPorts: { tcp: 41395, udp: 56188 } };

function node(affinity = false) {
  const services = [
    service('web', { type: 'NodePort', ports: [{ port: 80, targetPort: 8080, nodePort: 30080 }], ...(affinity ? { spec: { sessionAffinity: 'ClientIP' } } : {}) }),
    service('empty', { clusterIP: '10.96.5.5' }),
    service('only-local', { clusterIP: '10.96.6.6', spec: { internalTrafficPolicy: 'Local' } }),
    service('db', { clusterIP: '10.96.7.7', ports: [{ name: 'pg', port: 5432, targetPort: 5432 }] }),
  ];
  const endpointSlices = [
    slice('web', [{ ip: '10.244.1.2', node: 'kind-worker' }, { ip: '10.244.2.3', node: 'kind-worker2' }, { ip: '10.244.2.4', node: 'kind-worker2' }]),
    slice('only-local', [{ ip: '10.244.2.9', node: 'kind-worker2' }]),
    slice('db', [{ ip: '10.244.1.7', node: 'kind-worker' }], [{ name: 'pg', port: 5432 }]),
  ];
  const rs = buildProxyRules({ services, endpointSlices, node: 'kind-worker', nodeIPs: [NODE_IP], kind: KIND });
  // Walk the rules as printed and parsed back: what iptables-save shows is what decides.
  return iptablesRestore(iptablesSave(rs, { now: 0 }));
}

const opts = (seed = 1) => {
  const rng = new Rng(seedRng(seed));
  return { random: () => rng.u32(), isLocal: (ip: string) => ip === NODE_IP || ip.startsWith('127.'), recent: {}, masqueradeAddress: NODE_IP };
};
const pkt = (dst: string, dport: number, src = '10.244.1.5'): Packet => ({ src, dst, proto: 'tcp', dport, sport: 40000, inIface: 'veth1' });

describe('packet walk over parsed kube-proxy rules', () => {
  const rs = node();

  it('every -j target exists', () => {
    expect(danglingJumps(rs)).toEqual([]);
  });

  it('packets pushed through the parsed rules land where the Service says', () => {
    const r = walkPacket(rs, pkt('10.96.120.15', 80), 'PREROUTING', opts());
    expect(r.verdict).toBe('ACCEPT');
    expect(['10.244.1.2:8080', '10.244.2.3:8080', '10.244.2.4:8080']).toContain(r.dnat);
    expect(r.masquerade).toBeUndefined(); // pod source: no SNAT, the backend sees the pod IP
    expect(r.hits.map((h) => h.chain).slice(0, 3)).toEqual(['PREROUTING', 'KUBE-SERVICES', 'KUBE-SVC-LOLE4ISW44XBNF3G']);

    const db = walkPacket(rs, pkt('10.96.7.7', 5432), 'PREROUTING', opts());
    expect(db.dnat).toBe('10.244.1.7:5432');
    expect(walkPacket(rs, pkt('10.96.7.7', 5433), 'PREROUTING', opts()).dnat).toBeUndefined();
  });

  it('NodePort from outside: DNAT and masquerade to the node IP', () => {
    const r = walkPacket(rs, { src: '172.18.0.1', dst: NODE_IP, proto: 'tcp', dport: 30080, sport: 5555, inIface: 'eth0' }, 'PREROUTING', opts());
    expect(r.dnat).toMatch(/^10\.244\.\d\.\d:8080$/);
    expect(r.masquerade).toBe(true);
    expect(r.packet.src).toBe(NODE_IP);
  });

  it('the node itself reaching a ClusterIP goes through OUTPUT and is masqueraded', () => {
    const r = walkPacket(rs, { src: NODE_IP, dst: '10.96.120.15', proto: 'tcp', dport: 80, sport: 5555 }, 'OUTPUT', opts());
    expect(r.dnat).toBeDefined();
    expect(r.masquerade).toBe(true);
  });

  it('no endpoints → REJECT; iTP Local without a local endpoint → DROP', () => {
    const rej = walkPacket(rs, pkt('10.96.5.5', 80), 'PREROUTING', opts());
    expect(rej.verdict).toBe('REJECT');
    expect(rej.rejectWith).toBe('icmp-port-unreachable');
    expect(walkPacket(rs, pkt('10.96.6.6', 80), 'PREROUTING', opts()).verdict).toBe('DROP');
  });

  it('pod to the outside world is masqueraded by kindnetd, pod to pod is not', () => {
    const out = walkPacket(rs, pkt('93.184.216.34', 443), 'PREROUTING', opts());
    expect(out.hits.at(-1)!.chain).toBe('KIND-MASQ-AGENT');
    expect(out.masquerade).toBe(true);
    const p2p = walkPacket(rs, pkt('10.244.2.3', 8080), 'PREROUTING', opts());
    expect(p2p.masquerade).toBeUndefined();
  });

  it('3,000 connections to a 3-endpoint Service spread evenly', () => {
    const o = opts(42);
    const counts = new Map<string, number>();
    for (let i = 0; i < 3000; i++) {
      const r = walkPacket(rs, { ...pkt('10.96.120.15', 80), sport: 10000 + i }, 'PREROUTING', o);
      counts.set(r.dnat!, (counts.get(r.dnat!) ?? 0) + 1);
    }
    expect(counts.size).toBe(3);
    // Binomial(3000, 1/3): σ ≈ 25.8; ±5σ.
    for (const n of counts.values()) expect(Math.abs(n - 1000)).toBeLessThan(130);
  });

  it('with ClientIP affinity every connection from one client lands on one endpoint', () => {
    const aff = node(true);
    const o = { ...opts(7), now: 1_000 };
    const seen = new Set<string>();
    for (let i = 0; i < 3000; i++) seen.add(walkPacket(aff, { ...pkt('10.96.120.15', 80), sport: 10000 + i }, 'PREROUTING', o).dnat!);
    expect(seen.size).toBe(1);
    // Another client still gets spread over all three.
    const others = new Set<string>();
    for (let i = 0; i < 200; i++) others.add(walkPacket(aff, pkt('10.96.120.15', 80, `10.244.3.${i}`), 'PREROUTING', o).dnat!);
    expect(others.size).toBe(3);
  });

  it('affinity expires after timeoutSeconds', () => {
    const aff = node(true);
    const o = { ...opts(9), now: 0 };
    const first = walkPacket(aff, pkt('10.96.120.15', 80), 'PREROUTING', o).dnat;
    const later = new Set<string>();
    for (let i = 0; i < 50; i++) {
      o.now = 10_801_000 * (i + 1);
      later.add(walkPacket(aff, pkt('10.96.120.15', 80), 'PREROUTING', o).dnat!);
    }
    expect(first).toBeDefined();
    expect(later.size).toBeGreaterThan(1);
  });
});
