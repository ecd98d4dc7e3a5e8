import { describe, expect, it } from 'vitest';
import { iptablesList } from '../../../../sandbox/net/iptables/list.js';
import { iptablesRestore } from '../../../../sandbox/net/iptables/restore.js';

const rs = iptablesRestore(`*nat
:PREROUTING ACCEPT [0:0]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [0:0]
:KUBE-MARK-MASQ - [0:0]
:KUBE-SEP-PXJ2U7QYT2QW5545 - [0:0]
:KUBE-SERVICES - [0:0]
:KUBE-SVC-LOLE4ISW44XBNF3G - [0:0]
-A PREROUTING -m comment --comment "kubernetes service portals" -j KUBE-SERVICES
-A KUBE-MARK-MASQ -j MARK --set-xmark 0x4000/0x4000
-A KUBE-SEP-PXJ2U7QYT2QW5545 -s 10.244.1.2/32 -m comment --comment "default/web" -j KUBE-MARK-MASQ
-A KUBE-SEP-PXJ2U7QYT2QW5545 -p tcp -m comment --comment "default/web" -m tcp -j DNAT --to-destination 10.244.1.2:8080
-A KUBE-SERVICES -d 10.96.120.15/32 -p tcp -m comment --comment "default/web cluster IP" -m tcp --dport 80 -j KUBE-SVC-LOLE4ISW44XBNF3G
-A KUBE-SVC-LOLE4ISW44XBNF3G ! -s 10.244.0.0/16 -d 10.96.120.15/32 -p tcp -m comment --comment "default/web cluster IP" -m tcp --dport 80 -j KUBE-MARK-MASQ
-A KUBE-SVC-LOLE4ISW44XBNF3G -m comment --comment "default/web -> 10.244.1.2:8080" -j KUBE-SEP-PXJ2U7QYT2QW5545
COMMIT
`);
const nat = rs.tables.get('nat')!;

describe('iptables -t nat -L', () => {
  it('-n -v prints counters, interfaces and numeric addresses', () => {
    expect(iptablesList(nat, { numeric: true, verbose: true, chain: 'PREROUTING' })).toBe(
      'Chain PREROUTING (policy ACCEPT 0 packets, 0 bytes)\n' +
        ' pkts bytes target     prot opt in     out     source               destination         \n' +
        '    0     0 KUBE-SERVICES  all  --  *      *       0.0.0.0/0            0.0.0.0/0            /* kubernetes service portals */\n',
    );
  });

  it('-n prints user chains with their reference counts, /32 without its prefix', () => {
    expect(iptablesList(nat, { numeric: true, chain: 'KUBE-SVC-LOLE4ISW44XBNF3G' })).toBe(
      'Chain KUBE-SVC-LOLE4ISW44XBNF3G (1 references)\n' +
        'target     prot opt source               destination         \n' +
        'KUBE-MARK-MASQ  tcp  -- !10.244.0.0/16        10.96.120.15         /* default/web cluster IP */ tcp dpt:80\n' +
        'KUBE-SEP-PXJ2U7QYT2QW5545  all  --  0.0.0.0/0            0.0.0.0/0            /* default/web -> 10.244.1.2:8080 */\n',
    );
  });

  it('prints target options: DNAT to:, MARK or', () => {
    const text = iptablesList(nat, {})!;
    expect(text).toContain('DNAT       tcp  --  anywhere             anywhere             /* default/web */ tcp to:10.244.1.2:8080\n');
    expect(text).toContain('MARK       all  --  anywhere             anywhere             MARK or 0x4000\n');
    expect(text.split('\n\n')).toHaveLength(8);
  });

  it('an unknown chain lists nothing', () => {
    expect(iptablesList(nat, { chain: 'NOPE' })).toBeUndefined();
  });
});
