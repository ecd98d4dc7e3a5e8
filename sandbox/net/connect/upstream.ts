// The world beyond the docker network, as DNS sees it. The simulation has no internet yet: every
// resolver outside the cluster (Docker's embedded DNS, the workstation's stub, 8.8.8.8) gets no
// answer upstream and says SERVFAIL, as a kind cluster on an offline laptop does.

import { fqdn, reply, type Msg, type Question } from '../dns/types.js';

/** What a recursive resolver outside the cluster answers; undefined would mean no reply at all. */
export function externalDns(q: Question): Msg | undefined {
  const m = reply({ ...q, name: fqdn(q.name) }, 'SERVFAIL');
  m.recursionAvailable = true;
  return m;
}
