// kube-proxy in iptables mode for one node: Services + EndpointSlices → the node's tables.
// Per-Service fragments are cached by a fingerprint of the Service and its slices, so a sync
// after one endpoint change rebuilds one Service and re-assembles the rest.

import type { KubeObject } from '../../api/types.js';
import { ensureChain, type Rule, type Ruleset } from '../iptables/model.js';
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
  /** The objects this entry was built from and their resourceVersions, for a cheap recheck. */
  refs: KubeObject[];
  rvs: (string | undefined)[];
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

/** Same objects at the same resourceVersions (objects without one are always re-fingerprinted). */
function unchanged(e: Entry, svc: KubeObject, slices: KubeObject[]): boolean {
  if (e.refs.length !== slices.length + 1 || e.refs[0] !== svc || !e.rvs[0] || e.rvs[0] !== svc.metadata.resourceVersion) return false;
  for (let i = 0; i < slices.length; i++) {
    const s = slices[i]!;
    if (e.refs[i + 1] !== s || !e.rvs[i + 1] || e.rvs[i + 1] !== s.metadata.resourceVersion) return false;
  }
  return true;
}

export class Proxier {
  private cache = new Map<string, Entry>();
  /** The live tables: fragment chains are swapped in and out as Services change. */
  private rs: Ruleset | undefined;
  /** The fragment of each Service currently spliced into `rs`. */
  private applied = new Map<string, Fragment>();

  constructor(readonly config: ProxierConfig) {}

  /**
   * One syncProxyRules: the node's ruleset for the given API state. Like the kernel's tables,
   * the returned Ruleset is live: the next sync updates it in place.
   */
  sync(services: KubeObject[], endpointSlices: KubeObject[]): Ruleset {
    const slicesBy = new Map<string, KubeObject[]>();
    for (const s of endpointSlices) {
      const key = this.keyOf(s, true);
      if (!key) continue;
      const list = slicesBy.get(key);
      if (list) list.push(s);
      else slicesBy.set(key, [s]);
    }
    const keys: string[] = new Array(services.length);
    const entries: Entry[] = new Array(services.length);
    let total = 0;
    for (let i = 0; i < services.length; i++) {
      const svc = services[i]!;
      const key = this.keyOf(svc, false)!;
      const slices = slicesBy.get(key) ?? [];
      let e = this.cache.get(key);
      if (!e || !unchanged(e, svc, slices)) {
        let fp = version(svc);
        for (const s of slices) fp += `|${version(s)}`;
        if (!e || e.fp !== fp) {
          const ports = servicePorts(svc).map((sp) => ({ sp, eps: portEndpoints(sp, slices) }));
          e = { refs: [], rvs: [], fp, ports, endpointCount: ports.reduce((n, p) => n + p.eps.length, 0) };
          this.cache.set(key, e);
        }
        e.refs = [svc, ...slices];
        e.rvs = e.refs.map((o) => o.metadata.resourceVersion);
      }
      total += e.endpointCount;
      keys[i] = key;
      entries[i] = e;
    }
    if (this.cache.size > services.length) {
      const keep = new Set(keys);
      for (const k of this.cache.keys()) if (!keep.has(k)) this.cache.delete(k);
    }
    const large = total > LARGE_CLUSTER_ENDPOINTS;
    const order = this.sortedOrder(services, keys);
    return this.apply(order.map((i) => [keys[i]!, this.fragment(entries[i]!, large)]));
  }

  private keys = new WeakMap<KubeObject, { rv: string | undefined; key: string | undefined }>();

  /** `<ns>/<service>` of a Service, or of the Service an EndpointSlice belongs to; cached per object version. */
  private keyOf(o: KubeObject, isSlice: boolean): string | undefined {
    const rv = o.metadata.resourceVersion;
    const hit = rv ? this.keys.get(o) : undefined;
    if (hit && hit.rv === rv) return hit.key;
    const name = isSlice ? o.metadata.labels?.[SERVICE_NAME_LABEL] : o.metadata.name;
    const key = name ? `${o.metadata.namespace ?? 'default'}/${name}` : undefined;
    if (rv) this.keys.set(o, { rv, key });
    return key;
  }

  private lastOrder: { refs: KubeObject[]; keys: string[]; order: number[] } | undefined;

  /** Indices of `services` sorted by key; reused while the same objects come in the same order. */
  private sortedOrder(services: KubeObject[], keys: string[]): number[] {
    const last = this.lastOrder;
    if (last && last.refs.length === services.length && services.every((s, i) => s === last.refs[i] && keys[i] === last.keys[i])) return last.order;
    const order = keys.map((_, i) => i).sort((a, b) => (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : 0));
    this.lastOrder = { refs: [...services], keys, order };
    return order;
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

  /** Swaps changed fragments' chains into the live nat table and rebuilds the shared chains. */
  private apply(frags: [string, Fragment][]): Ruleset {
    const first = !this.rs;
    const rs = (this.rs ??= baseRuleset());
    const nat = rs.tables.get('nat')!;
    const filter = rs.tables.get('filter')!;
    let changed = first || frags.length !== this.applied.size;
    const seen = new Set<string>();
    for (const [key, f] of frags) {
      seen.add(key);
      const old = this.applied.get(key);
      if (old === f) continue;
      changed = true;
      if (old) for (const c of old.chains) nat.chains.delete(c.name);
      for (const c of f.chains) nat.chains.set(c.name, c);
      this.applied.set(key, f);
    }
    for (const [key, old] of this.applied) {
      if (seen.has(key)) continue;
      for (const c of old.chains) nat.chains.delete(c.name);
      this.applied.delete(key);
    }
    if (!changed) return rs;
    const natServices: Rule[] = [], natNodePorts: Rule[] = [];
    const fServices: Rule[] = [], fExternal: Rule[] = [], fNodePorts: Rule[] = [], fFirewall: Rule[] = [];
    for (const [, f] of frags) {
      for (const r of f.natServices) natServices.push(r);
      for (const r of f.natNodePorts) natNodePorts.push(r);
      for (const r of f.filterServices) fServices.push(r);
      for (const r of f.filterExternal) fExternal.push(r);
      for (const r of f.filterNodePorts) fNodePorts.push(r);
      for (const r of f.filterFirewall) fFirewall.push(r);
    }
    natServices.push(nodePortsTail());
    ensureChain(nat, 'KUBE-SERVICES').rules = natServices;
    ensureChain(nat, 'KUBE-NODEPORTS').rules = natNodePorts;
    ensureChain(filter, 'KUBE-SERVICES').rules = fServices;
    ensureChain(filter, 'KUBE-EXTERNAL-SERVICES').rules = fExternal;
    ensureChain(filter, 'KUBE-NODEPORTS').rules = fNodePorts;
    ensureChain(filter, 'KUBE-PROXY-FIREWALL').rules = fFirewall;
    if (first && this.config.kind) addKindChains(rs, this.config.kind);
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
