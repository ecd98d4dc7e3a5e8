import { describe, expect, it } from 'vitest';
import { base32, sha256 } from '../../../sandbox/util/hash.js';

const chain = (s: string) => base32(sha256(s)).slice(0, 16);

describe('kube-proxy chain-name hash', () => {
  // Vectors from ../shared/reference/kube-proxy-iptables.md §2 (real cluster and upstream unit tests).
  it.each([
    ['kube-system/kube-dns:dnsudp', 'TCOU7JCQXEZGVUNU'],
    ['kube-system/kube-dns:dns-tcptcp', 'ERIFXISQEP7F7OF4'],
    ['kube-system/kube-dns:metricstcp', 'JD5MR3NA4I4DYORP'],
    ['default/kubernetes:httpstcp', 'NPX46M4PTMTKRN6Y'],
    ['default/my-nginxtcp10.244.3.3:80', 'MEZP33SDGZXSPSO5'],
    ['ns1/svc1:p80tcp10.180.0.1:80', 'SXIVWICOYRO3J4NJ'],
  ])('%s → %s', (input, want) => {
    expect(chain(input)).toBe(want);
  });

  it('matches the sha256 test vector for "abc"', () => {
    const hex = [...sha256('abc')].map((b) => b.toString(16).padStart(2, '0')).join('');
    expect(hex).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
