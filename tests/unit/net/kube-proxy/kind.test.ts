import { describe, expect, it } from 'vitest';
import { iptablesSave } from '../../../../sandbox/net/iptables/save.js';
import { buildProxyRules } from '../../../../sandbox/net/kube-proxy/proxier.js';

describe("a kind node's own nat chains", () => {
  const rs = buildProxyRules({
    services: [], endpointSlices: [], node: 'kind-worker', nodeIPs: ['172.18.0.3'],
    kind: { podSubnet: '10.244.0.0/16', dockerGateway: '172.18.0.1', dnsPorts: { tcp: 41395, udp: 56188 } },
  });
  const lines = iptablesSave(rs, { now: 0, table: 'nat' }).split('\n');

  it('declares DOCKER_* and KIND-MASQ-AGENT among the user chains, alphabetically', () => {
    expect(lines.filter((l) => l.startsWith(':') && !l.includes('ACCEPT'))).toEqual([
      ':DOCKER_OUTPUT - [0:0]', ':DOCKER_POSTROUTING - [0:0]', ':KIND-MASQ-AGENT - [0:0]', ':KUBE-KUBELET-CANARY - [0:0]',
      ':KUBE-MARK-MASQ - [0:0]', ':KUBE-NODEPORTS - [0:0]', ':KUBE-POSTROUTING - [0:0]', ':KUBE-PROXY-CANARY - [0:0]', ':KUBE-SERVICES - [0:0]',
    ]);
  });

  it("puts kube-proxy's prepended jumps before Docker's and kindnetd's", () => {
    expect(lines.filter((l) => /^-A (PREROUTING|OUTPUT|POSTROUTING|DOCKER|KIND)/.test(l))).toEqual([
      '-A PREROUTING -m comment --comment "kubernetes service portals" -j KUBE-SERVICES',
      '-A PREROUTING -d 172.18.0.1/32 -j DOCKER_OUTPUT',
      '-A OUTPUT -m comment --comment "kubernetes service portals" -j KUBE-SERVICES',
      '-A OUTPUT -d 172.18.0.1/32 -j DOCKER_OUTPUT',
      '-A POSTROUTING -m comment --comment "kubernetes postrouting rules" -j KUBE-POSTROUTING',
      '-A POSTROUTING -d 172.18.0.1/32 -j DOCKER_POSTROUTING',
      '-A POSTROUTING -m addrtype ! --dst-type LOCAL -m comment --comment "kind-masq-agent: ensure nat POSTROUTING directs all non-LOCAL destination traffic to our custom KIND-MASQ-AGENT chain" -j KIND-MASQ-AGENT',
      '-A DOCKER_OUTPUT -d 172.18.0.1/32 -p tcp -m tcp --dport 53 -j DNAT --to-destination 127.0.0.11:41395',
      '-A DOCKER_OUTPUT -d 172.18.0.1/32 -p udp -m udp --dport 53 -j DNAT --to-destination 127.0.0.11:56188',
      '-A DOCKER_POSTROUTING -s 127.0.0.11/32 -p tcp -m tcp --sport 41395 -j SNAT --to-source 172.18.0.1:53',
      '-A DOCKER_POSTROUTING -s 127.0.0.11/32 -p udp -m udp --sport 56188 -j SNAT --to-source 172.18.0.1:53',
      '-A KIND-MASQ-AGENT -d 10.244.0.0/16 -m comment --comment "kind-masq-agent: local traffic is not subject to MASQUERADE" -j RETURN',
      '-A KIND-MASQ-AGENT -m comment --comment "kind-masq-agent: outbound traffic is subject to MASQUERADE (must be last in chain)" -j MASQUERADE',
    ]);
  });
});
