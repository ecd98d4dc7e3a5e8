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

const chainsMemo = new Map<string, ServiceChains>();

export function serviceChains(spn: string, protocol: string): ServiceChains {
  const key = spn + protocol;
  let c = chainsMemo.get(key);
  if (!c) {
    const h = hash16(key);
    c = { svc: `KUBE-SVC-${h}`, svl: `KUBE-SVL-${h}`, ext: `KUBE-EXT-${h}`, fw: `KUBE-FW-${h}` };
    if (chainsMemo.size > 100_000) chainsMemo.clear();
    chainsMemo.set(key, c);
  }
  return c;
}

const sepMemo = new Map<string, string>();

export function endpointChain(spn: string, protocol: string, endpoint: string): string {
  const key = spn + protocol + endpoint;
  let name = sepMemo.get(key);
  if (name === undefined) {
    name = `KUBE-SEP-${hash16(key)}`;
    if (sepMemo.size > 200_000) sepMemo.clear();
    sepMemo.set(key, name);
  }
  return name;
}
