// The Service-independent chains of a node: kube-proxy's jump rules (prepended, hence their
// order), KUBE-POSTROUTING, KUBE-MARK-MASQ, KUBE-FORWARD, and kubelet's KUBE-FIREWALL and canaries.

import { comment, ctstate, jump, rule } from '../iptables/build.js';
import { ensureChain, newTable, type Ruleset, type Table } from '../iptables/model.js';

export const MASQ_MARK = 0x4000;

const NEW = () => ctstate('NEW');

function mangle(): Table {
  const t = newTable('mangle');
  for (const c of ['KUBE-IPTABLES-HINT', 'KUBE-KUBELET-CANARY', 'KUBE-PROXY-CANARY']) ensureChain(t, c);
  return t;
}

function filter(): Table {
  const t = newTable('filter');
  const c = (name: string) => ensureChain(t, name).rules;
  for (const n of ['KUBE-EXTERNAL-SERVICES', 'KUBE-FIREWALL', 'KUBE-FORWARD', 'KUBE-KUBELET-CANARY', 'KUBE-NODEPORTS', 'KUBE-PROXY-CANARY', 'KUBE-PROXY-FIREWALL', 'KUBE-SERVICES']) c(n);
  const lbfw = rule({ m: [NEW(), comment('kubernetes load balancer firewall')], j: 'KUBE-PROXY-FIREWALL' });
  const ext = rule({ m: [NEW(), comment('kubernetes externally-visible service portals')], j: 'KUBE-EXTERNAL-SERVICES' });
  const svc = rule({ m: [NEW(), comment('kubernetes service portals')], j: 'KUBE-SERVICES' });
  c('INPUT').push(
    lbfw,
    rule({ m: [comment('kubernetes health check service ports')], j: 'KUBE-NODEPORTS' }),
    ext,
    rule({ j: 'KUBE-FIREWALL' }),
  );
  c('FORWARD').push(lbfw, rule({ m: [comment('kubernetes forwarding rules')], j: 'KUBE-FORWARD' }), svc, ext);
  c('OUTPUT').push(lbfw, svc, rule({ j: 'KUBE-FIREWALL' }));
  c('KUBE-FIREWALL').push(rule({
    notS: '127.0.0.0/8', d: '127.0.0.0/8',
    m: [comment('block incoming localnet connections'), ctstate('RELATED,ESTABLISHED,DNAT', true)],
    j: 'DROP',
  }));
  c('KUBE-FORWARD').push(
    // Drop INVALID so a late packet is not forwarded un-NATed and reset the connection (k/k#74839).
    rule({ m: [ctstate('INVALID')], j: 'DROP' }),
    rule({ m: [comment('kubernetes forwarding rules'), { m: 'mark', mark: MASQ_MARK, mask: MASQ_MARK }], j: 'ACCEPT' }),
    rule({ m: [comment('kubernetes forwarding conntrack rule'), ctstate('RELATED,ESTABLISHED')], j: 'ACCEPT' }),
  );
  return t;
}

function nat(): Table {
  const t = newTable('nat');
  const c = (name: string) => ensureChain(t, name).rules;
  for (const n of ['KUBE-KUBELET-CANARY', 'KUBE-MARK-MASQ', 'KUBE-NODEPORTS', 'KUBE-POSTROUTING', 'KUBE-PROXY-CANARY', 'KUBE-SERVICES']) c(n);
  const portals = rule({ m: [comment('kubernetes service portals')], j: 'KUBE-SERVICES' });
  c('PREROUTING').push(portals);
  c('OUTPUT').push(portals);
  c('POSTROUTING').push(rule({ m: [comment('kubernetes postrouting rules')], j: 'KUBE-POSTROUTING' }));
  c('KUBE-MARK-MASQ').push(rule({ j: { name: 'MARK', xmark: { value: MASQ_MARK, mask: MASQ_MARK } } }));
  c('KUBE-POSTROUTING').push(
    rule({ m: [{ m: 'mark', mark: MASQ_MARK, mask: MASQ_MARK, neg: true }], j: 'RETURN' }),
    // Clear the mark so a packet that re-traverses the stack is not masqueraded twice.
    rule({ j: { name: 'MARK', xmark: { value: MASQ_MARK, mask: 0 } } }),
    rule({ m: [comment('kubernetes service traffic requiring SNAT')], j: { name: 'MASQUERADE', randomFully: true } }),
  );
  return t;
}

/** A fresh ruleset holding only the fixed chains; Service rules are spliced in by the proxier. */
export function baseRuleset(): Ruleset {
  return { tables: new Map([['mangle', mangle()], ['filter', filter()], ['nat', nat()]]) };
}

/** The tail rule of nat KUBE-SERVICES (nodePortAddresses unset: every local address). */
export function nodePortsTail() {
  return rule({
    m: [comment('kubernetes service nodeports; NOTE: this must be the last rule in this chain'), { m: 'addrtype', dstType: { value: 'LOCAL' } }],
    j: jump('KUBE-NODEPORTS'),
  });
}
