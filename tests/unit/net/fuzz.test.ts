import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCorefile } from '../../../sandbox/net/dns/config.js';
import { CorefileError, KIND_COREFILE } from '../../../sandbox/net/dns/corefile.js';
import { iptablesRestore, RestoreError } from '../../../sandbox/net/iptables/restore.js';
import { iptablesSave } from '../../../sandbox/net/iptables/save.js';
import { buildProxyRules } from '../../../sandbox/net/kube-proxy/proxier.js';
import { service, slice } from './fixtures.js';

/** Either parses or fails with the parser's own error type — never a TypeError or a hang. */
function onlyTyped(fn: () => unknown, type: new (...a: any[]) => Error): void {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(type);
  }
}

const mutate = (text: string) =>
  fc.tuple(fc.nat(text.length), fc.nat(40), fc.string({ maxLength: 12, unit: fc.constantFrom(...' {}\n"#\\!-:/.abcAZ09'.split('')) })).map(
    ([at, cut, ins]) => text.slice(0, at) + ins + text.slice(Math.min(text.length, at + cut)),
  );

describe('parsers under fuzzing', () => {
  it('Corefile: edits of the kind Corefile parse or raise CorefileError', () => {
    fc.assert(fc.property(mutate(KIND_COREFILE), (src) => onlyTyped(() => loadCorefile(src), CorefileError)), { numRuns: 500 });
  });

  it('iptables-restore: edits of a real dump parse or raise RestoreError', () => {
    const dump = iptablesSave(
      buildProxyRules({ services: [service('web', { spec: { sessionAffinity: 'ClientIP' } })], endpointSlices: [slice('web', [{ ip: '10.244.1.2' }])], node: 'n' }),
      { now: 0 },
    );
    fc.assert(fc.property(mutate(dump), (src) => onlyTyped(() => iptablesRestore(src), RestoreError)), { numRuns: 500 });
  });
});
