// kube-proxy in iptables mode for one node: Services + EndpointSlices → the node's tables.
// Per-Service fragments are cached by a fingerprint of the Service and its slices, so a sync
// after one endpoint change rebuilds one Service and re-assembles the rest.

import type { KubeObject } from '../../api/types.js';
import { ensureChain, type Ruleset } from '../iptables/model.js';
import { baseRuleset, nodePortsTail } from './base.js';
import { portEndpoints, servicePorts, type EndpointInfo, type ServicePortInfo } from './endpoints.js';
import { addKindChains, type KindNatOptions } from './kind.js';
import { emptyFragment, writeServicePort, type Fragment } from './service.js';

/** Past this many endpoints kube-proxy drops per-endpoint comments (largeClusterEndpointsThreshold). */
export const LARGE_CLUSTER_ENDPOINTS = 1000;

export interface ProxierConfig {
  nodeName: string;
  /** kube-proxy's clusterCIDR (kind: the pod subnet), used by the "not from a pod" masquerade. */
  clusterCIDR: string;
  nodeIPs: string[];
  mode?: 'iptables';
  /** Add kind's own nat chains, so the node's iptables-save looks like a kind node's. */
  kind?: KindNatOptions;
}

interface Entry {
  fp: string;
  ports: { sp: ServicePortInfo; eps: EndpointInfo[] }[];
  endpointCount: number;
  large?: boolean;
  frag?: Fragment;
}

const SERVICE_NAME_LABEL = 'kubernetes.io/service-name';

function version(o: KubeObject): string {
  const rv = o.metadata.resourceVersion;
  return rv ? `${o.metadata.uid ?? ''}@${rv}` : JSON.stringify(o);
}

export class Proxier {
  private cache = new Map<string, Entry>();

  constructor(readonly config: ProxierConfig) {}

  /** One syncProxyRules: the full ruleset for the given API state. */
  sync(services: KubeObject[], endpointSlices: KubeObject[]): Ruleset {
    const slicesBy = new Map<string, KubeObject[]>();
    for (const s of endpointSlices) {
      const svc = s.metadata.labels?.[SERVICE_NAME_LABEL];
      if (!svc) continue;
      const key = `${s.metadata.namespace ?? 'default'}/${svc}`;
      const list = slicesBy.get(key);
      if (list) list.push(s);
      else slicesBy.set(key, [s]);
    }
    const live: [string, Entry][] = [];
    let total = 0;
    for (const svc of services) {
      const key = `${svc.metadata.namespace ?? 'default'}/${svc.metadata.name}`;
      const slices = slicesBy.get(key) ?? [];
      let fp = version(svc);
      for (const s of slices) fp += `|${version(s)}`;
      let e = this.cache.get(key);
      if (!e || e.fp !== fp) {
        const ports = servicePorts(svc).map((sp) => ({ sp, eps: portEndpoints(sp, slices) }));
        e = { fp, ports, endpointCount: ports.reduce((n, p) => n + p.eps.length, 0) };
        this.cache.set(key, e);
      }
      total += e.endpointCount;
      live.push([key, e]);
    }
    if (this.cache.size > live.length) {
      const keep = new Set(live.map(([k]) => k));
      for (const k of this.cache.keys()) if (!keep.has(k)) this.cache.delete(k);
    }
    const large = total > LARGE_CLUSTER_ENDPOINTS;
    live.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    return this.assemble(live.map(([, e]) => this.fragment(e, large)));
  }

  private fragment(e: Entry, large: boolean): Fragment {
    if (e.frag && e.large === large) return e.frag;
    const f = emptyFragment();
    const ctx = { nodeName: this.config.nodeName, clusterCIDR: this.config.clusterCIDR, nodeIPs: this.config.nodeIPs, largeClusterMode: large };
    const ports = [...e.ports].sort((a, b) => (a.sp.spn < b.sp.spn ? -1 : a.sp.spn > b.sp.spn ? 1 : 0));
    for (const { sp, eps } of ports) writeServicePort(f, sp, eps, ctx);
    e.frag = f;
    e.large = large;
    return f;
  }

  private assemble(frags: Fragment[]): Ruleset {
    const rs = baseRuleset();
    const nat = rs.tables.get('nat')!;
    const filter = rs.tables.get('filter')!;
    const natServices = ensureChain(nat, 'KUBE-SERVICES').rules;
    const natNodePorts = ensureChain(nat, 'KUBE-NODEPORTS').rules;
    const fServices = ensureChain(filter, 'KUBE-SERVICES').rules;
    const fExternal = ensureChain(filter, 'KUBE-EXTERNAL-SERVICES').rules;
    const fNodePorts = ensureChain(filter, 'KUBE-NODEPORTS').rules;
    const fFirewall = ensureChain(filter, 'KUBE-PROXY-FIREWALL').rules;
    for (const f of frags) {
      for (const r of f.natServices) natServices.push(r);
      for (const r of f.natNodePorts) natNodePorts.push(r);
      for (const c of f.chains) nat.chains.set(c.name, c);
      for (const r of f.filterServices) fServices.push(r);
      for (const r of f.filterExternal) fExternal.push(r);
      for (const r of f.filterNodePorts) fNodePorts.push(r);
      for (const r of f.filterFirewall) fFirewall.push(r);
    }
    natServices.push(nodePortsTail());
    if (this.config.kind) addKindChains(rs, this.config.kind);
    return rs;
  }
}

export interface BuildProxyRulesInput {
  services: KubeObject[];
  endpointSlices: KubeObject[];
  /** The node object or its name. */
  node: KubeObject | string;
  clusterCIDR?: string;
  nodeIPs?: string[];
  mode?: 'iptables';
  kind?: KindNatOptions;
}

/** One-shot sync for a node (no cache kept). */
export function buildProxyRules(input: BuildProxyRulesInput): Ruleset {
  const node = input.node;
  const nodeName = typeof node === 'string' ? node : node.metadata.name!;
  const nodeIPs =
    input.nodeIPs ??
    (typeof node === 'string' ? [] : (node.status?.addresses ?? []).filter((a: any) => a.type === 'InternalIP').map((a: any) => a.address as string));
  const cfg: ProxierConfig = { nodeName, clusterCIDR: input.clusterCIDR ?? '10.244.0.0/16', nodeIPs, mode: 'iptables' };
  if (input.kind) cfg.kind = input.kind;
  return new Proxier(cfg).sync(input.services, input.endpointSlices);
}
