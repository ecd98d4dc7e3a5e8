// Service validation with the wording of pkg/apis/core/validation (ValidateService and
// ValidateServiceUpdate): ports, types, policies, cluster IPs.

import { field, type FieldCause } from '../errors.js';
import { IP_MSG, goString, goStringSlice, invalidGo, isIP, portNum, validateLabels, validIP, validCIDR } from './common.js';
import { dns1123Label, dns1123Subdomain, ianaSvcName } from './names.js';

type Obj = Record<string, any>;

const TYPES = ['ClusterIP', 'ExternalName', 'LoadBalancer', 'NodePort'];

export const isHeadless = (spec: Obj): boolean => spec.clusterIP === 'None';
export const needsNodePorts = (spec: Obj): boolean =>
  spec.type === 'NodePort' || (spec.type === 'LoadBalancer' && spec.allocateLoadBalancerNodePorts !== false);
export const needsHealthCheckPort = (spec: Obj): boolean => spec.type === 'LoadBalancer' && spec.externalTrafficPolicy === 'Local';

/** The internal core.ServicePort key of duplicate-port errors, as JSON (the type has no json tags). */
function goServicePortKey(protocol: string, port: number, nodePort: number): string {
  return `{"Name":"","Protocol":${goString(protocol)},"AppProtocol":null,"Port":${port},"TargetPort":0,"NodePort":${nodePort}}`;
}

export function validateServiceSpec(spec: Obj | undefined): FieldCause[] {
  const out: FieldCause[] = [];
  if (!spec || typeof spec !== 'object') return [field.required('spec.ports', '')];
  const type = spec.type;
  if (!TYPES.includes(type)) out.push(field.unsupported('spec.type', type ?? '', TYPES));
  const ports: Obj[] = Array.isArray(spec.ports) ? spec.ports : [];
  if (ports.length === 0 && !isHeadless(spec) && type !== 'ExternalName') out.push(field.required('spec.ports', ''));
  if (type === 'ExternalName') {
    if (!spec.externalName) out.push(field.required('spec.externalName', ''));
    else for (const m of dns1123Subdomain(spec.externalName.replace(/\.$/, ''))) out.push(field.invalid('spec.externalName', spec.externalName, m));
    if (spec.clusterIP) out.push(field.forbidden('spec.clusterIP', 'may not be set for ExternalName services'));
  }
  const names = new Set<string>();
  ports.forEach((p, i) => {
    const pp = `spec.ports[${i}]`;
    if (ports.length > 1 && !p.name) out.push(field.required(`${pp}.name`, ''));
    else if (p.name) {
      for (const m of dns1123Label(p.name)) out.push(field.invalid(`${pp}.name`, p.name, m));
      if (names.has(p.name)) out.push(field.duplicate(`${pp}.name`, p.name));
    }
    names.add(p.name);
    for (const m of portNum(p.port)) out.push(field.invalid(`${pp}.port`, p.port ?? 0, m));
    if (!p.protocol) out.push(field.required(`${pp}.protocol`, ''));
    else if (!['SCTP', 'TCP', 'UDP'].includes(p.protocol)) out.push(field.unsupported(`${pp}.protocol`, p.protocol, ['SCTP', 'TCP', 'UDP']));
    const tp = p.targetPort;
    if (typeof tp === 'number') for (const m of portNum(tp)) out.push(field.invalid(`${pp}.targetPort`, tp, m));
    else if (typeof tp === 'string') for (const m of ianaSvcName(tp)) out.push(field.invalid(`${pp}.targetPort`, tp, m));
    if (p.nodePort) {
      if (type === 'ClusterIP') out.push(field.forbidden(`${pp}.nodePort`, "may not be used when `type` is 'ClusterIP'"));
      else if (type === 'ExternalName') out.push(field.forbidden(`${pp}.nodePort`, "may not be used when `type` is 'ExternalName'"));
      else for (const m of portNum(p.nodePort)) out.push(field.invalid(`${pp}.nodePort`, p.nodePort, m));
    }
  });
  // Duplicate (protocol, port) and (protocol, nodePort) pairs.
  const seen = new Set<string>();
  ports.forEach((p, i) => {
    const k = `${p.protocol}/${p.port}`;
    if (seen.has(k)) out.push({ type: 'FieldValueDuplicate', field: `spec.ports[${i}]`, message: `Duplicate value: ${goServicePortKey(p.protocol, p.port, 0)}` });
    seen.add(k);
  });
  const seenNode = new Set<string>();
  ports.forEach((p, i) => {
    if (!p.nodePort) return;
    const k = `${p.protocol}/${p.nodePort}`;
    if (seenNode.has(k))
      out.push({ type: 'FieldValueDuplicate', field: `spec.ports[${i}].nodePort`, message: `Duplicate value: ${goServicePortKey(p.protocol, 0, p.nodePort)}` });
    seenNode.add(k);
  });
  out.push(...validateLabels(spec.selector, 'spec.selector'));
  if (spec.sessionAffinity !== undefined && !['ClientIP', 'None'].includes(spec.sessionAffinity))
    out.push(field.unsupported('spec.sessionAffinity', spec.sessionAffinity, ['ClientIP', 'None']));
  const timeout = spec.sessionAffinityConfig?.clientIP?.timeoutSeconds;
  if (spec.sessionAffinity === 'ClientIP' && typeof timeout === 'number' && (timeout <= 0 || timeout > 86400))
    out.push(field.invalid('spec.sessionAffinityConfig.clientIP.timeoutSeconds', timeout, 'must be greater than 0 and less than 86400'));
  if (spec.sessionAffinity === 'None' && spec.sessionAffinityConfig)
    out.push(field.forbidden('spec.sessionAffinityConfig', 'must not be set when session affinity is None'));
  out.push(...validateTrafficPolicies(spec));
  out.push(...validateIPFamilies(spec));
  out.push(...validateClusterIPs(spec));
  (spec.externalIPs ?? []).forEach((ip: string, i: number) => out.push(...validIP(`spec.externalIPs[${i}]`, ip)));
  (spec.loadBalancerSourceRanges ?? []).forEach((c: string, i: number) => out.push(...validCIDR(`spec.loadBalancerSourceRanges[${i}]`, c)));
  if (spec.allocateLoadBalancerNodePorts !== undefined && type !== 'LoadBalancer')
    out.push(field.forbidden('spec.allocateLoadBalancerNodePorts', "may only be used when `type` is 'LoadBalancer'"));
  if (spec.healthCheckNodePort && !needsHealthCheckPort(spec))
    out.push(field.invalid('spec.healthCheckNodePort', spec.healthCheckNodePort, 'may only be set when `type` is \'LoadBalancer\' and `externalTrafficPolicy` is \'Local\''));
  return out;
}

function validateTrafficPolicies(spec: Obj): FieldCause[] {
  const out: FieldCause[] = [];
  const etp = spec.externalTrafficPolicy;
  const external = spec.type === 'NodePort' || spec.type === 'LoadBalancer' || (spec.externalIPs ?? []).length > 0;
  if (etp !== undefined && etp !== '') {
    if (!external) out.push(field.invalid('spec.externalTrafficPolicy', etp, "may only be set for externally-accessible services"));
    else if (!['Cluster', 'Local'].includes(etp)) out.push(field.unsupported('spec.externalTrafficPolicy', etp, ['Cluster', 'Local']));
  } else if (spec.type === 'NodePort' || spec.type === 'LoadBalancer') out.push(field.required('spec.externalTrafficPolicy', ''));
  const itp = spec.internalTrafficPolicy;
  if (spec.type !== 'ExternalName') {
    if (itp === undefined) out.push(field.required('spec.internalTrafficPolicy', ''));
    else if (!['Cluster', 'Local'].includes(itp)) out.push(field.unsupported('spec.internalTrafficPolicy', itp, ['Cluster', 'Local']));
  }
  return out;
}

function validateClusterIPs(spec: Obj): FieldCause[] {
  const out: FieldCause[] = [];
  if (spec.type === 'ExternalName') return out;
  const ips: string[] = spec.clusterIPs ?? [];
  if (spec.clusterIP && ips.length && spec.clusterIP !== ips[0])
    out.push(field.invalid('spec.clusterIPs[0]', ips[0], 'must match `clusterIP` (if specified)'));
  ips.forEach((ip, i) => {
    const f = `spec.clusterIPs[${i}]`;
    if (ip === 'None') {
      if (i !== 0 || ips.length > 1) out.push(field.invalid(f, ip, "may not contain 'None' as a non-primary IP"));
      else if (spec.type !== 'ClusterIP') out.push(field.invalid(f, ip, `may not be set to 'None' for ${spec.type} services`));
      return;
    }
    if (!isIP(ip)) out.push(field.invalid(f, ip, IP_MSG));
  });
  if (ips.length > 2) out.push(invalidGo('spec.clusterIPs', goStringSlice(ips), 'may only hold up to 2 values'));
  return out;
}

/** validateUpgradeDowngradeClusterIPs and the other immutable fields of a Service. */
export function validateServiceUpdate(spec: Obj, old: Obj): FieldCause[] {
  const out: FieldCause[] = [];
  if (spec.type === 'ExternalName' || old.type === 'ExternalName') return out;
  if (isHeadless(spec) && isHeadless(old)) return out;
  const now: string[] = spec.clusterIPs ?? [];
  const was: string[] = old.clusterIPs ?? [];
  if (now.length === was.length || now.length > 0) {
    was.forEach((ip, i) => {
      if (i < now.length && now[i] !== ip) out.push(invalidGo(`spec.clusterIPs[${i}]`, goStringSlice(now), 'may not change once set'));
    });
  }
  return out;
}

/** ipFamilyPolicy and ipFamilies, on kind's single-stack (IPv4) cluster. */
function validateIPFamilies(spec: Obj): FieldCause[] {
  const out: FieldCause[] = [];
  if (spec.type === 'ExternalName') return out;
  const policy = spec.ipFamilyPolicy;
  const policies = ['PreferDualStack', 'RequireDualStack', 'SingleStack'];
  if (policy !== undefined && !policies.includes(policy)) out.push(field.unsupported('spec.ipFamilyPolicy', policy, policies));
  const fams: string[] = spec.ipFamilies ?? [];
  fams.forEach((f, i) => {
    if (f !== 'IPv4' && f !== 'IPv6') out.push(field.unsupported(`spec.ipFamilies[${i}]`, f, ['IPv4', 'IPv6']));
    else if (f === 'IPv6') out.push(field.invalid(`spec.ipFamilies[${i}]`, f, 'not configured on this cluster'));
  });
  // Headless Services without a selector allocate nothing, so they may ask for both families.
  const selectorless = isHeadless(spec) && Object.keys(spec.selector ?? {}).length === 0;
  if (policy === 'RequireDualStack' && !selectorless)
    out.push(field.invalid('spec.ipFamilyPolicy', policy, 'this cluster is not configured for dual-stack services'));
  return out;
}
