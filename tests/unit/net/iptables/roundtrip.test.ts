import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chainOrder, newTable, type Match, type Rule, type Ruleset, type Target } from '../../../../sandbox/net/iptables/model.js';
import { iptablesRestore } from '../../../../sandbox/net/iptables/restore.js';
import { formatProbability, iptablesSave, saveString } from '../../../../sandbox/net/iptables/save.js';
import { buildProxyRules } from '../../../../sandbox/net/kube-proxy/proxier.js';
import { service, slice } from '../fixtures.js';

const NOW = Date.UTC(2026, 0, 5, 8, 3, 9);
const ip = fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255), fc.integer({ min: 8, max: 32 })).map(([a, b, c, d, p]) => `${a}.${b}.${c}.${d}/${p}`);
const neg = <T>(a: fc.Arbitrary<T>) => fc.record({ value: a, neg: fc.boolean() }).map((v) => (v.neg ? v : { value: v.value }));
const port = fc.integer({ min: 1, max: 65535 }).map(String);
const chainName = fc.stringMatching(/^[A-Z][A-Z0-9_-]{0,27}$/).filter((s) => !['INPUT', 'OUTPUT', 'FORWARD', 'PREROUTING', 'POSTROUTING', 'ACCEPT', 'DROP', 'RETURN'].includes(s));

const match: fc.Arbitrary<Match> = fc.oneof(
  fc.string({ maxLength: 30 }).map((comment) => ({ m: 'comment' as const, comment })),
  fc.record({ m: fc.constantFrom('tcp' as const, 'udp' as const), sport: neg(port), dport: neg(port) }, { requiredKeys: ['m'] }),
  fc.integer({ min: 1, max: 0x80000000 }).map((probability) => ({ m: 'statistic' as const, mode: 'random' as const, probability })),
  fc.record({ m: fc.constant('recent' as const), op: fc.constantFrom('set' as const, 'rcheck' as const), seconds: fc.nat(100000), reap: fc.constant(true), name: chainName, mask: fc.constant('255.255.255.255'), side: fc.constant('rsource' as const) }, { requiredKeys: ['m', 'op', 'name', 'mask', 'side'] }),
  fc.record({ m: fc.constant('addrtype' as const), srcType: neg(fc.constantFrom('LOCAL', 'UNICAST')), dstType: neg(fc.constant('LOCAL')) }, { requiredKeys: ['m'] }),
  fc.record({ m: fc.constant('mark' as const), mark: fc.nat(0xffff), mask: fc.nat(0xffff), neg: fc.constant(true) }, { requiredKeys: ['m', 'mark', 'mask'] }),
  fc.record({ m: fc.constant('conntrack' as const), ctstate: fc.subarray(['NEW', 'RELATED', 'ESTABLISHED', 'INVALID', 'DNAT'], { minLength: 1 }), neg: fc.constant(true) }, { requiredKeys: ['m', 'ctstate'] }),
);

const target: fc.Arbitrary<Target> = fc.oneof(
  fc.constantFrom('ACCEPT', 'DROP', 'RETURN').map((name) => ({ name })),
  fc.tuple(ip, port).map(([a, p]) => ({ name: 'DNAT', toDestination: `${a.split('/')[0]}:${p}` })),
  fc.constant({ name: 'MASQUERADE', randomFully: true }),
  fc.record({ value: fc.nat(0xffff), mask: fc.nat(0xffff) }).map((xmark) => ({ name: 'MARK', xmark })),
  fc.constantFrom('icmp-port-unreachable', 'tcp-reset').map((rejectWith) => ({ name: 'REJECT', rejectWith })),
);

const ruleArb: fc.Arbitrary<Rule> = fc.record(
  { src: neg(ip), dst: neg(ip), inIface: neg(fc.constantFrom('eth0', 'veth1234')), proto: neg(fc.constantFrom('tcp', 'udp')), matches: fc.array(match, { maxLength: 4 }), target },
  { requiredKeys: ['matches'] },
);

const ruleset = fc.record({ chains: fc.uniqueArray(chainName, { maxLength: 4 }), rules: fc.array(fc.tuple(fc.nat(10), ruleArb), { maxLength: 12 }) }).map(({ chains, rules }) => {
  const t = newTable('nat');
  for (const c of chains) t.chains.set(c, { name: c, rules: [] });
  const all = [...t.chains.values()];
  for (const [i, r] of rules) all[i % all.length]!.rules.push(r);
  const rs: Ruleset = { tables: new Map([['nat', t]]) };
  return rs;
});

describe('iptables-save ↔ iptables-restore', () => {
  it('parse(print(x)) equals x, and prints the same text again', () => {
    fc.assert(
      fc.property(ruleset, (rs) => {
        const text = iptablesSave(rs, { now: NOW });
        const back = iptablesRestore(text);
        expect(iptablesSave(back, { now: NOW })).toBe(text);
        const rulesOf = (x: Ruleset) => chainOrder(x.tables.get('nat')!).map((c) => [c.name, c.rules]);
        expect(rulesOf(back)).toEqual(rulesOf(rs));
      }),
      { numRuns: 300 },
    );
  });

  it('round-trips a whole kind node dump', () => {
    const rs = buildProxyRules({
      services: [service('web', { type: 'NodePort', ports: [{ port: 80, nodePort: 30080 }], spec: { sessionAffinity: 'ClientIP' } })],
      endpointSlices: [slice('web', [{ ip: '10.244.1.2' }, { ip: '10.244.2.3' }, { ip: '10.244.2.4' }])],
      node: 'kind-worker',
      kind: { podSubnet: '10.244.0.0/16', dockerGateway: '172.18.0.1', dnsPorts: { tcp: 41395, udp: 56188 } },
    });
    const text = iptablesSave(rs, { now: NOW });
    expect(iptablesSave(iptablesRestore(text), { now: NOW })).toBe(text);
  });

  it('quotes strings as xtables_save_string does', () => {
    expect(saveString('abc-1_X')).toBe('abc-1_X');
    expect(saveString('default/web')).toBe('"default/web"');
    expect(saveString('')).toBe('""');
    expect(saveString('say "hi"')).toBe('"say \\"hi\\""');
  });

  it('prints probabilities with %.11f of the kernel value, ties to even', () => {
    expect(formatProbability(715827883)).toBe('0.33333333349');
    expect(formatProbability(0x40000000)).toBe('0.50000000000');
    expect(formatProbability(0x80000000)).toBe('1.00000000000');
    expect(formatProbability(524288)).toBe('0.00024414062'); // exactly 1/4096: glibc rounds the tie to even
  });
});
