import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../../../sandbox/api/types.js';
import { iptablesSave } from '../../../../sandbox/net/iptables/save.js';
import { Proxier, buildProxyRules } from '../../../../sandbox/net/kube-proxy/proxier.js';
import { service, slice } from '../fixtures.js';

const CFG = { nodeName: 'kind-worker', clusterCIDR: '10.244.0.0/16', nodeIPs: ['172.18.0.3'] };
const save = (rs: Parameters<typeof iptablesSave>[0]) => iptablesSave(rs, { now: 0 });

interface SvcState {
  eps: number;
  ready: boolean[];
  type: 'ClusterIP' | 'NodePort';
}

let rv = 0;
function objects(state: Map<number, SvcState>): { services: KubeObject[]; slices: KubeObject[] } {
  const services: KubeObject[] = [], slices: KubeObject[] = [];
  for (const [i, s] of state) {
    const svc = service(`s${i}`, { type: s.type, clusterIP: `10.96.1.${i}`, ports: [{ port: 80, targetPort: 8080, ...(s.type === 'NodePort' ? { nodePort: 30000 + i } : {}) }] });
    svc.metadata.resourceVersion = String(++rv);
    const sl = slice(`s${i}`, Array.from({ length: s.eps }, (_, j) => ({ ip: `10.244.${j}.${i}`, node: j % 2 ? 'kind-worker' : 'kind-worker2', ready: s.ready[j] ?? true })));
    sl.metadata.resourceVersion = String(++rv);
    services.push(svc);
    slices.push(sl);
  }
  return { services, slices };
}

const svcState = fc.record({ eps: fc.nat(4), ready: fc.array(fc.boolean(), { maxLength: 4 }), type: fc.constantFrom('ClusterIP' as const, 'NodePort' as const) });
const step = fc.tuple(fc.nat(5), fc.option(svcState, { nil: undefined }));

describe('incremental sync', () => {
  it('after any sequence of changes, the live ruleset equals a fresh build', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 12 }), (steps) => {
        const p = new Proxier(CFG);
        const state = new Map<number, SvcState>();
        for (const [i, s] of steps) {
          if (s) state.set(i, s);
          else state.delete(i);
          const { services, slices } = objects(state);
          const live = save(p.sync(services, slices));
          expect(live).toBe(save(buildProxyRules({ services, endpointSlices: slices, node: 'kind-worker', nodeIPs: CFG.nodeIPs })));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('re-syncing unchanged objects keeps the same chains, and crossing 1000 endpoints drops comments everywhere', () => {
    const p = new Proxier(CFG);
    const small = [service('a', { clusterIP: '10.96.0.50' })];
    const smallSlices = [slice('a', [{ ip: '10.244.1.1' }])];
    const rs = p.sync(small, smallSlices);
    const chain = [...rs.tables.get('nat')!.chains.values()].find((c) => c.name.startsWith('KUBE-SVC-'))!;
    expect(p.sync(small, smallSlices).tables.get('nat')!.chains.get(chain.name)).toBe(chain);
    const big = slice('b', Array.from({ length: 1000 }, (_, i) => ({ ip: `10.245.${i >> 8}.${i & 255}` })));
    const text = save(p.sync([...small, service('b', { clusterIP: '10.96.0.51' })], [...smallSlices, big]));
    expect(text).not.toContain('"default/a -> 10.244.1.1:8080"');
    expect(text).toContain('"default/a cluster IP"');
  });
});
