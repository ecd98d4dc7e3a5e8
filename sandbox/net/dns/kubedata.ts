// What CoreDNS's kubernetes plugin watches, indexed: Services by namespace/name, ready endpoint
// addresses from EndpointSlices (object.EndpointSliceToEndpoints), reverse maps, namespaces.

import type { KubeObject } from '../../api/types.js';

export interface EndpointAddress {
  ip: string;
  /** The slice endpoint's `hostname` ('' if unset). */
  hostname: string;
  targetRefName?: string;
  ports: { name: string; port: number; protocol: string }[];
}

/** endpointHostname: the hostname, else the pod name (endpoint_pod_names), else the dashed IP. */
export function endpointHostname(a: EndpointAddress, podNames: boolean): string {
  if (a.hostname) return a.hostname;
  if (podNames && a.targetRefName) return a.targetRefName;
  return a.ip.replace(/[.:]/g, '-');
}

export interface ServiceRecord {
  namespace: string;
  name: string;
  type: string;
  clusterIPs: string[];
  headless: boolean;
  externalName?: string;
  ports: { name: string; port: number; protocol: string }[];
}

export interface KubeDataInput {
  services: KubeObject[];
  endpointSlices: KubeObject[];
  /** Namespace names; names in other namespaces get NXDOMAIN. Omitted: every namespace exists. */
  namespaces?: string[];
  /** SOA serial (CoreDNS uses the time of the last API change, in Unix seconds). */
  serial?: number;
  /** Pods, for `pods verified` (a pod name is answered only if a pod in that namespace has the IP). */
  pods?: KubeObject[];
}

export class KubeData {
  readonly services = new Map<string, ServiceRecord>();
  readonly endpoints = new Map<string, EndpointAddress[]>();
  readonly byClusterIP = new Map<string, ServiceRecord>();
  readonly byEndpointIP = new Map<string, { svc: string; namespace: string; addr: EndpointAddress }[]>();
  readonly namespaces?: Set<string>;
  readonly serial: number;
  /** Pod IP → namespaces of the pods that have it (undefined when no pods were given). */
  readonly podIPs?: Map<string, Set<string>>;

  constructor(input: KubeDataInput) {
    this.serial = input.serial ?? 0;
    if (input.namespaces) this.namespaces = new Set(input.namespaces);
    if (input.pods) {
      this.podIPs = new Map();
      for (const p of input.pods) {
        for (const ip of [p.status?.podIP, ...(p.status?.podIPs ?? []).map((x: any) => x.ip)]) {
          if (!ip) continue;
          const set = this.podIPs.get(ip) ?? new Set<string>();
          set.add(p.metadata.namespace ?? 'default');
          this.podIPs.set(ip, set);
        }
      }
    }
    for (const s of input.services) {
      const spec = s.spec ?? {};
      const rec: ServiceRecord = {
        namespace: s.metadata.namespace ?? 'default',
        name: s.metadata.name!,
        type: spec.type ?? 'ClusterIP',
        clusterIPs: ((spec.clusterIPs ?? [spec.clusterIP]) as (string | undefined)[]).filter((ip): ip is string => !!ip && ip !== 'None'),
        headless: spec.clusterIP === 'None',
        ports: (spec.ports ?? []).map((p: any) => ({ name: p.name ?? '', port: p.port, protocol: p.protocol ?? 'TCP' })),
      };
      if (rec.type === 'ExternalName') {
        rec.externalName = spec.externalName;
        rec.clusterIPs = [];
      }
      const key = `${rec.namespace}/${rec.name}`;
      this.services.set(key, rec);
      for (const ip of rec.clusterIPs) this.byClusterIP.set(ip, rec);
    }
    for (const slice of input.endpointSlices) {
      const svc = slice.metadata.labels?.['kubernetes.io/service-name'];
      if (!svc) continue;
      const ns = slice.metadata.namespace ?? 'default';
      const key = `${ns}/${svc}`;
      const list = this.endpoints.get(key) ?? [];
      let ports = (slice.ports ?? []).map((p: any) => ({ name: p.name ?? '', port: p.port ?? -1, protocol: p.protocol ?? 'TCP' }));
      // A sentinel port, so a portless headless Service still gets its A records (but no SRV).
      if (!ports.length) ports = [{ name: '', port: -1, protocol: '' }];
      for (const ep of slice.endpoints ?? []) {
        // Only ready addresses are published (publishNotReadyAddresses makes the controller mark them ready).
        if (ep.conditions?.ready === false) continue;
        for (const ip of ep.addresses ?? []) {
          const addr: EndpointAddress = { ip, hostname: ep.hostname ?? '', ports };
          if (ep.targetRef?.name) addr.targetRefName = ep.targetRef.name;
          list.push(addr);
          const rev = this.byEndpointIP.get(ip) ?? [];
          rev.push({ svc, namespace: ns, addr });
          this.byEndpointIP.set(ip, rev);
        }
      }
      this.endpoints.set(key, list);
    }
  }

  namespaceExists(ns: string): boolean {
    return !this.namespaces || this.namespaces.has(ns);
  }

  service(ns: string, name: string): ServiceRecord | undefined {
    return this.services.get(`${ns}/${name}`) ?? this.services.get(`${ns.toLowerCase()}/${name.toLowerCase()}`);
  }

  endpointsOf(ns: string, name: string): EndpointAddress[] {
    return this.endpoints.get(`${ns}/${name}`) ?? [];
  }
}
