// The world beyond the docker network, as DNS sees it. There is no simulated internet yet: the
// resolvers outside the cluster (Docker's embedded DNS, the workstation's stub) know the root
// zone — a name under a TLD that does not exist is NXDOMAIN, as any recursive resolver says —
// but reach no authoritative server below it, so every other name is SERVFAIL.

import { fqdn, reply, type Msg, type Question } from '../dns/types.js';

/** Top-level domains in the root zone (the common ones; enough to tell `kubernetes.default` from `example.com`). */
const TLDS = new Set(
  'com net org edu gov mil int arpa io me dev app ai co info biz xyz online site tech cloud page sh ly to tv fm gg us uk de fr nl eu be ch at it es pt se no dk fi pl cz ru ua cn jp kr in au nz ca br mx ar za ie il tr gr hu ro sk si hr bg lt lv ee is lu sg hk tw th vn id my ph pk ng ke eg'.split(' '),
);

const ROOT_SOA = { name: '.', ttl: 86400, type: 'SOA' as const, ns: 'a.root-servers.net.', mbox: 'nstld.verisign-grs.com.', serial: 2025090100, refresh: 1800, retry: 900, expire: 604800, minttl: 86400 };

/** What a recursive resolver outside the cluster answers; undefined would mean no reply at all. */
export function externalDns(q: Question): Msg | undefined {
  const name = fqdn(q.name).toLowerCase();
  const tld = name.replace(/\.$/, '').split('.').pop() ?? '';
  const known = name === '.' || TLDS.has(tld);
  const m = reply({ ...q, name: fqdn(q.name) }, known ? 'SERVFAIL' : 'NXDOMAIN');
  m.recursionAvailable = true;
  if (!known) m.authority = [ROOT_SOA];
  return m;
}
