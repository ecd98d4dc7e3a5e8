import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { danglingJumps } from '../../../../sandbox/net/iptables/check.js';
import { iptablesRestore } from '../../../../sandbox/net/iptables/restore.js';
import { iptablesSave } from '../../../../sandbox/net/iptables/save.js';
import { buildProxyRules } from '../../../../sandbox/net/kube-proxy/proxier.js';
import { walkPacket } from '../../../../sandbox/net/walk/rules.js';
import { Rng, seedRng } from '../../../../sandbox/util/rng.js';
import { service, slice, type Ep } from '../fixtures.js';

const NODE = 'kind-worker';
const NODE_IP = '172.18.0.3';

const epArb = fc.record({
  node: fc.constantFrom('kind-worker', 'kind-worker2'),
  ready: fc.boolean(),
  serving: fc.boolean(),
  terminating: fc.boolean(),
});
const svcArb = fc.record({
  type: fc.constantFrom('ClusterIP', 'NodePort', 'LoadBalancer'),
  etp: fc.constantFrom('Cluster', 'Local'),
  itp: fc.constantFrom('Cluster', 'Local'),
  affinity: fc.boolean(),
  ranges: fc.boolean(),
  eps: fc.array(epArb, { maxLength: 4 }),
});

describe('kube-proxy invariants over random Services', () => {
  it('every jump resolves, and a pod reaching the ClusterIP lands on an endpoint the policies allow', () => {
    fc.assert(
      fc.property(fc.array(svcArb, { minLength: 1, maxLength: 4 }), fc.nat(), (svcs, seed) => {
        const services = svcs.map((s, i) =>
          service(`s${i}`, {
            type: s.type,
            clusterIP: `10.96.0.${100 + i}`,
            ports: [{ port: 80, targetPort: 8080, ...(s.type !== 'ClusterIP' ? { nodePort: 30100 + i } : {}) }],
            spec: {
              externalTrafficPolicy: s.etp, internalTrafficPolicy: s.itp,
              ...(s.affinity ? { sessionAffinity: 'ClientIP' } : {}),
              ...(s.ranges ? { loadBalancerSourceRanges: ['203.0.113.0/24'] } : {}),
              ...(s.type !== 'ClusterIP' && s.etp === 'Local' ? { healthCheckNodePort: 32100 + i } : {}),
            },
            status: s.type === 'LoadBalancer' ? { loadBalancer: { ingress: [{ ip: `172.18.255.${200 + i}` }] } } : {},
          }),
        );
        const slices = svcs.map((s, i) => slice(`s${i}`, s.eps.map((e, j): Ep => ({ ...e, ip: `10.244.${j + 1}.${i + 10}` }))));
        const rs = iptablesRestore(iptablesSave(buildProxyRules({ services, endpointSlices: slices, node: NODE, nodeIPs: [NODE_IP] }), { now: 0 }));
        expect(danglingJumps(rs)).toEqual([]);

        const rng = new Rng(seedRng(seed));
        svcs.forEach((s, i) => {
          const eps = s.eps.map((e, j) => ({ ...e, ip: `10.244.${j + 1}.${i + 10}` }));
          let usable = eps.filter((e) => e.ready);
          if (!usable.length) usable = eps.filter((e) => e.serving && e.terminating && !e.ready);
          if (s.itp === 'Local') {
            const local = eps.filter((e) => e.node === NODE);
            usable = local.some((e) => e.ready) ? local.filter((e) => e.ready) : local.filter((e) => e.serving && e.terminating && !e.ready);
          }
          const r = walkPacket(rs, { src: '10.244.1.99', dst: `10.96.0.${100 + i}`, proto: 'tcp', dport: 80, sport: 40000 }, 'PREROUTING', {
            random: () => rng.u32(), isLocal: (ip) => ip === NODE_IP, recent: {},
          });
          if (usable.length) {
            expect(usable.map((e) => `${e.ip}:8080`)).toContain(r.dnat);
            expect(r.verdict).toBe('ACCEPT');
          } else {
            const anyEndpoint = eps.some((e) => e.ready || (e.serving && e.terminating));
            expect(r.verdict).toBe(anyEndpoint && s.itp === 'Local' ? 'DROP' : 'REJECT');
          }
        });
      }),
      { numRuns: 200 },
    );
  });
});
