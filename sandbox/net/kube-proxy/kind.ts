// The nat chains a kind node has besides kube-proxy's: Docker's embedded-DNS rules (rewritten by
// kind's entrypoint to the network gateway) and kindnetd's KIND-MASQ-AGENT.

import { addrtype, comment, l4, rule } from '../iptables/build.js';
import { ensureChain, type Ruleset } from '../iptables/model.js';

export interface KindNatOptions {
  /** kind's pod subnet; traffic to it is not masqueraded. */
  podSubnet: string;
  /** The docker network gateway that stands in for Docker's 127.0.0.11 resolver, e.g. 172.18.0.1. */
  dockerGateway: string;
  /** The random ports Docker's embedded DNS listens on inside the node. */
  dnsPorts: { tcp: number; udp: number };
}

export function addKindChains(rs: Ruleset, o: KindNatOptions): void {
  const nat = rs.tables.get('nat');
  if (!nat) return;
  const c = (name: string) => ensureChain(nat, name).rules;
  const gw = o.dockerGateway;
  c('PREROUTING').push(rule({ d: gw, j: 'DOCKER_OUTPUT' }));
  c('OUTPUT').push(rule({ d: gw, j: 'DOCKER_OUTPUT' }));
  c('POSTROUTING').push(
    rule({ d: gw, j: 'DOCKER_POSTROUTING' }),
    rule({
      m: [addrtype('dst', 'LOCAL', true), comment('kind-masq-agent: ensure nat POSTROUTING directs all non-LOCAL destination traffic to our custom KIND-MASQ-AGENT chain')],
      j: 'KIND-MASQ-AGENT',
    }),
  );
  c('DOCKER_OUTPUT').push(
    rule({ d: gw, p: 'tcp', m: [l4('tcp', 53)], j: { name: 'DNAT', toDestination: `127.0.0.11:${o.dnsPorts.tcp}` } }),
    rule({ d: gw, p: 'udp', m: [l4('udp', 53)], j: { name: 'DNAT', toDestination: `127.0.0.11:${o.dnsPorts.udp}` } }),
  );
  c('DOCKER_POSTROUTING').push(
    rule({ s: '127.0.0.11', p: 'tcp', m: [l4('tcp', undefined, o.dnsPorts.tcp)], j: { name: 'SNAT', toSource: `${gw}:53` } }),
    rule({ s: '127.0.0.11', p: 'udp', m: [l4('udp', undefined, o.dnsPorts.udp)], j: { name: 'SNAT', toSource: `${gw}:53` } }),
  );
  c('KIND-MASQ-AGENT').push(
    rule({ d: o.podSubnet, m: [comment('kind-masq-agent: local traffic is not subject to MASQUERADE')], j: 'RETURN' }),
    rule({ m: [comment('kind-masq-agent: outbound traffic is subject to MASQUERADE (must be last in chain)')], j: 'MASQUERADE' }),
  );
}
