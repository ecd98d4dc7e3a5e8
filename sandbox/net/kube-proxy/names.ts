// kube-proxy's chain names: sha256 → base32 → first 16 characters (pkg/proxy/iptables/proxier.go).
// Memoized, because a full sync of 1,000 Services hashes thousands of names.

import { base32, sha256 } from '../../util/hash.js';

const memo = new Map<string, string>();

export function hash16(s: string): string {
  let h = memo.get(s);
  if (h === undefined) {
    h = base32(sha256(s)).slice(0, 16);
    if (memo.size > 200_000) memo.clear();
    memo.set(s, h);
  }
  return h;
}

/** `<ns>/<svc>` plus `:<port name>` when the port is named. */
export function servicePortName(namespace: string, name: string, portName?: string): string {
  return `${namespace}/${name}${portName ? `:${portName}` : ''}`;
}

export interface ServiceChains {
  svc: string;
  svl: string;
  ext: string;
  fw: string;
}

export function serviceChains(spn: string, protocol: string): ServiceChains {
  const h = hash16(spn + protocol);
  return { svc: `KUBE-SVC-${h}`, svl: `KUBE-SVL-${h}`, ext: `KUBE-EXT-${h}`, fw: `KUBE-FW-${h}` };
}

export function endpointChain(spn: string, protocol: string, endpoint: string): string {
  return `KUBE-SEP-${hash16(spn + protocol + endpoint)}`;
}
