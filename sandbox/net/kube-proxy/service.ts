// The rules of one Service port, as kube-proxy's syncProxyRules writes them inside its
// per-service loop (pkg/proxy/iptables/proxier.go, 1.28+ shape).

import { addrtype, comment, l4, rule } from '../iptables/build.js';
import type { Chain, Match, Rule } from '../iptables/model.js';
import { kernelProbability } from '../iptables/model.js';
import { categorize, usesClusterEndpoints, usesLocalEndpoints, type EndpointInfo, type ServicePortInfo } from './endpoints.js';
import { endpointChain, serviceChains } from './names.js';

export const MARK_MASQ = 'KUBE-MARK-MASQ';
/** Shared: rules are immutable once built, and every Service marks for masquerade. */
const TO_MARK_MASQ = { name: MARK_MASQ };

/** Rules of one Service, to be spliced into the shared chains; chains of its own in `chains`. */
export interface Fragment {
  natServices: Rule[];
  natNodePorts: Rule[];
  chains: Chain[];
  filterServices: Rule[];
  filterExternal: Rule[];
  filterNodePorts: Rule[];
  filterFirewall: Rule[];
}

export interface PortContext {
  nodeName: string;
  clusterCIDR: string;
  nodeIPs: string[];
  largeClusterMode: boolean;
}

export function emptyFragment(): Fragment {
  return { natServices: [], natNodePorts: [], chains: [], filterServices: [], filterExternal: [], filterNodePorts: [], filterFirewall: [] };
}

function ipToInt(ip: string): number {
  return ip.split('.').reduce((a, o) => a * 256 + Number(o), 0);
}

export function cidrContains(cidr: string, ip: string): boolean {
  const [base, bits = '32'] = cidr.split('/');
  const n = Number(bits);
  if (n === 0) return true;
  const size = 2 ** (32 - n);
  return Math.floor(ipToInt(base!) / size) === Math.floor(ipToInt(ip) / size);
}

/** Writes the rules of one Service port into `f`. */
export function writeServicePort(f: Fragment, sp: ServicePortInfo, eps: EndpointInfo[], ctx: PortContext): void {
  const { spn, protocol: proto } = sp;
  const names = serviceChains(spn, proto);
  const { cluster, local, allReachable, hasAny } = categorize(sp, eps, ctx.nodeName);
  const svcComment = (c: string): Match[] => (ctx.largeClusterMode ? [] : [comment(c)]);

  const usesClusterChain = cluster.length > 0 && usesClusterEndpoints(sp);
  const usesLocalChain = local.length > 0 && usesLocalEndpoints(sp);
  const internalChain = sp.internalLocal ? names.svl : names.svc;
  const hasInternal = sp.internalLocal ? local.length > 0 : hasAny;
  const externalPolicyChain = sp.externalLocal ? names.svl : names.svc;
  const hasExternal = sp.externalLocal ? local.length > 0 : hasAny;
  const usesExtChain = hasAny && sp.externallyAccessible;
  const usesFW = hasAny && sp.lbIPs.length > 0 && sp.lbSourceRanges.length > 0;
  const lbChain = usesFW ? names.fw : names.ext;

  const reject = { name: 'REJECT', rejectWith: 'icmp-port-unreachable' };
  const intFilter = !hasAny ? reject : { name: 'DROP' };
  const intFilterComment = !hasAny ? `${spn} has no endpoints` : `${spn} has no local endpoints`;
  const extFilter = intFilter;
  const extFilterComment = intFilterComment;
  const p = sp.protocol;

  if (hasInternal) {
    f.natServices.push(rule({ d: sp.clusterIP, p, m: [comment(`${spn} cluster IP`), l4(p, sp.port)], j: internalChain }));
  } else {
    f.filterServices.push(rule({ d: sp.clusterIP, p, m: [comment(intFilterComment), l4(p, sp.port)], j: intFilter }));
  }
  for (const ip of sp.externalIPs) {
    if (hasAny) f.natServices.push(rule({ d: ip, p, m: [comment(`${spn} external IP`), l4(p, sp.port)], j: names.ext }));
    if (!hasExternal) f.filterExternal.push(rule({ d: ip, p, m: [comment(extFilterComment), l4(p, sp.port)], j: extFilter }));
  }
  for (const ip of sp.lbIPs) {
    if (hasAny) f.natServices.push(rule({ d: ip, p, m: [comment(`${spn} loadbalancer IP`), l4(p, sp.port)], j: lbChain }));
    if (usesFW) {
      f.filterFirewall.push(rule({ d: ip, p, m: [comment(`${spn} traffic not accepted by ${names.fw}`), l4(p, sp.port)], j: 'DROP' }));
    }
  }
  if (!hasExternal) {
    for (const ip of sp.lbIPs) f.filterExternal.push(rule({ d: ip, p, m: [comment(extFilterComment), l4(p, sp.port)], j: extFilter }));
  }
  if (sp.nodePort) {
    if (hasAny) f.natNodePorts.push(rule({ p, m: [comment(spn), l4(p, sp.nodePort)], j: names.ext }));
    if (!hasExternal) {
      f.filterExternal.push(rule({ p, m: [comment(extFilterComment), addrtype('dst', 'LOCAL'), l4(p, sp.nodePort)], j: extFilter }));
    }
  }
  if (sp.healthCheckNodePort) {
    f.filterNodePorts.push(rule({ p: 'tcp', m: [comment(`${spn} health check node port`), l4('tcp', sp.healthCheckNodePort)], j: 'ACCEPT' }));
  }

  const chains: Chain[] = [];
  if (hasInternal) {
    // Masquerade off-cluster sources (nodes, hostNetwork pods, routed-in clients) so replies come back here.
    const masq = rule({ notS: ctx.clusterCIDR, d: sp.clusterIP, p, m: [comment(`${spn} cluster IP`), l4(p, sp.port)], j: TO_MARK_MASQ });
    chains.push({ name: internalChain, rules: [masq] });
  }
  const chainRules = (name: string): Rule[] => {
    let c = chains.find((x) => x.name === name);
    if (!c) chains.push((c = { name, rules: [] }));
    return c.rules;
  };
  if (usesExtChain) {
    const ext = chainRules(names.ext);
    if (!sp.externalLocal) {
      ext.push(rule({ m: [comment(`masquerade traffic for ${spn} external destinations`)], j: MARK_MASQ }));
    } else {
      // Pods and the node itself reach an eTP=Local Service through all endpoints, as if via the LB.
      if (usesClusterChain) ext.push(rule({ s: ctx.clusterCIDR, m: [comment(`pod traffic for ${spn} external destinations`)], j: names.svc }));
      ext.push(rule({ m: [comment(`masquerade LOCAL traffic for ${spn} external destinations`), addrtype('src', 'LOCAL')], j: MARK_MASQ }));
      if (usesClusterChain) ext.push(rule({ m: [comment(`route LOCAL traffic for ${spn} external destinations`), addrtype('src', 'LOCAL')], j: names.svc }));
    }
    if (hasExternal) ext.push(rule({ j: externalPolicyChain }));
  }
  if (usesFW) {
    const fw = chainRules(names.fw);
    let allowFromNode = false;
    for (const range of sp.lbSourceRanges) {
      fw.push(rule({ s: range, m: [comment(`${spn} loadbalancer IP`)], j: names.ext }));
      if (ctx.nodeIPs.some((ip) => cidrContains(range, ip))) allowFromNode = true;
    }
    if (allowFromNode) for (const ip of sp.lbIPs) fw.push(rule({ s: ip, m: [comment(`${spn} loadbalancer IP`)], j: names.ext }));
  }
  if (usesClusterChain) writeDispatch(chainRules(names.svc), sp, cluster, svcComment);
  if (usesLocalChain) writeDispatch(chainRules(names.svl), sp, local, svcComment);
  const c = svcComment(spn);
  for (const ep of allReachable) {
    const sep = endpointChain(spn, sp.protocol, ep.key);
    const dnat: Match[] = [...c];
    if (sp.affinityClientIP) dnat.push({ m: 'recent', op: 'set', name: sep, mask: '255.255.255.255', side: 'rsource' });
    dnat.push(l4(p));
    chains.push({
      name: sep,
      rules: [
        // Hairpin: a pod reaching itself through its own Service must be masqueraded to get the reply.
        rule({ s: ep.ip, m: c, j: TO_MARK_MASQ }),
        rule({ p, m: dnat, j: { name: 'DNAT', toDestination: ep.key } }),
      ],
    });
  }
  f.chains.push(...chains);
}

/** writeServiceToEndpointRules: affinity checks, then one random-choice rule per endpoint. */
function writeDispatch(out: Rule[], sp: ServicePortInfo, eps: EndpointInfo[], svcComment: (c: string) => Match[]): void {
  const chainOf = (e: EndpointInfo) => endpointChain(sp.spn, sp.protocol, e.key);
  if (sp.affinityClientIP) {
    for (const e of eps) {
      const sep = chainOf(e);
      out.push(rule({
        m: [...svcComment(`${sp.spn} -> ${e.key}`), { m: 'recent', op: 'rcheck', seconds: sp.stickySeconds, reap: true, name: sep, mask: '255.255.255.255', side: 'rsource' }],
        j: sep,
      }));
    }
  }
  const n = eps.length;
  eps.forEach((e, i) => {
    const m = svcComment(`${sp.spn} -> ${e.key}`);
    if (i < n - 1) m.push({ m: 'statistic', mode: 'random', probability: kernelProbability(1 / (n - i)) });
    out.push(rule({ m, j: chainOf(e) }));
  });
}
