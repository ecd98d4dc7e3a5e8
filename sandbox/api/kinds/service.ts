// Services: defaulting (SetDefaults_Service and the REST layer's IP-family fields), the
// update strategy's carry-over of allocated values, validation and allocation.

import type { KindHandler } from '../kind.js';
import type { KubeObject } from '../types.js';
import { isHeadless, needsHealthCheckPort, validateServiceSpec, validateServiceUpdate } from '../validation/service.js';
import { allocateService } from './service-alloc.js';
import { V1Service } from '../schema/generated/core.js';

type Obj = Record<string, any>;

export const service: KindHandler = {
  kind: 'Service',
  schema: V1Service,
  generation: false,
  defaults(obj) {
    const spec = obj.spec;
    if (!spec || typeof spec !== 'object') return;
    spec.type ??= 'ClusterIP';
    spec.sessionAffinity ??= 'None';
    if (spec.sessionAffinity === 'ClientIP') {
      spec.sessionAffinityConfig ??= {};
      spec.sessionAffinityConfig.clientIP ??= {};
      spec.sessionAffinityConfig.clientIP.timeoutSeconds ??= 10800;
    }
    for (const p of Array.isArray(spec.ports) ? spec.ports : []) {
      if (!p || typeof p !== 'object') continue;
      p.protocol ??= 'TCP';
      if (p.targetPort === undefined || p.targetPort === 0 || p.targetPort === '') p.targetPort = p.port;
    }
    if ((spec.type === 'NodePort' || spec.type === 'LoadBalancer') && !spec.externalTrafficPolicy) spec.externalTrafficPolicy = 'Cluster';
    if (spec.type !== 'ExternalName') spec.internalTrafficPolicy ??= 'Cluster';
    if (spec.type === 'LoadBalancer') spec.allocateLoadBalancerNodePorts ??= true;
    // A create that names only the singular clusterIP gets the plural too (NormalizeClusterIPs).
    if (spec.clusterIP && !spec.clusterIPs) spec.clusterIPs = [spec.clusterIP];
    if (!spec.clusterIP && spec.clusterIPs?.length) spec.clusterIP = spec.clusterIPs[0];
    if (spec.type !== 'ExternalName') {
      // Headless Services without a selector may serve either family (initIPFamilyFields).
      const dual = isHeadless(spec) && Object.keys(spec.selector ?? {}).length === 0;
      spec.ipFamilyPolicy ??= dual ? 'RequireDualStack' : 'SingleStack';
      spec.ipFamilies ??= ['IPv4'];
    }
  },
  validate(obj, old) {
    if (old) prepareForUpdate(obj, old);
    const out = validateServiceSpec(obj.spec);
    if (old && !out.length) out.push(...validateServiceUpdate(obj.spec, old.spec));
    return out;
  },
  prepareCreate(obj, ctx) {
    const errs = allocateService(obj, ctx);
    obj.status = { loadBalancer: {} };
    return errs;
  },
  prepareUpdate(obj, old, ctx) {
    obj.status = old.status ?? { loadBalancer: {} };
    return allocateService(obj, ctx, old);
  },
};

const needsClusterIP = (s: Obj): boolean => s.type !== 'ExternalName';
const needsNodePort = (s: Obj): boolean => s.type === 'NodePort' || s.type === 'LoadBalancer';
const same = (a: unknown, b: unknown): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * svcStrategy.PrepareForUpdate: values the server allocated are kept when the new object leaves
 * them out (patchAllocatedValues), a changed singular clusterIP is mirrored into clusterIPs
 * (NormalizeClusterIPs), and fields the new type no longer uses are wiped (dropTypeDependentFields).
 */
function prepareForUpdate(obj: KubeObject, old: KubeObject): void {
  const n: Obj = obj.spec ?? (obj.spec = {});
  const o: Obj = old.spec ?? {};
  if (needsClusterIP(o) && needsClusterIP(n)) {
    if (!n.clusterIP) n.clusterIP = o.clusterIP;
    if (!n.clusterIPs?.length && o.clusterIPs?.length) n.clusterIPs = [...o.clusterIPs];
    if (n.clusterIP !== o.clusterIP && same(n.clusterIPs, o.clusterIPs) && n.clusterIPs?.length) n.clusterIPs[0] = n.clusterIP;
  }
  if (needsNodePort(o) && needsNodePort(n)) {
    const used = new Set<number>((n.ports ?? []).map((p: Obj) => p.nodePort).filter(Boolean));
    const byName = new Map<string, number>((o.ports ?? []).map((p: Obj) => [p.name ?? '', p.nodePort]));
    for (const p of n.ports ?? []) {
      if (p.nodePort) continue;
      const v = byName.get(p.name ?? '');
      if (v && !used.has(v)) p.nodePort = v;
    }
  }
  if (needsHealthCheckPort(o) && needsHealthCheckPort(n) && !n.healthCheckNodePort) n.healthCheckNodePort = o.healthCheckNodePort;
  if (needsClusterIP(o) && !needsClusterIP(n)) {
    if (same(n.clusterIPs, o.clusterIPs) && n.clusterIP === o.clusterIP) {
      delete n.clusterIP;
      delete n.clusterIPs;
    }
    if (same(n.ipFamilies, o.ipFamilies)) delete n.ipFamilies;
    if (n.ipFamilyPolicy === o.ipFamilyPolicy) delete n.ipFamilyPolicy;
    if (n.internalTrafficPolicy === o.internalTrafficPolicy) delete n.internalTrafficPolicy;
  }
  if (needsNodePort(o) && !needsNodePort(n)) {
    const oldPorts = (o.ports ?? []).map((p: Obj) => p.nodePort ?? 0);
    const newPorts = (n.ports ?? []).map((p: Obj) => p.nodePort ?? 0);
    if (newPorts.every((v: number) => v === 0 || oldPorts.includes(v))) for (const p of n.ports ?? []) delete p.nodePort;
  }
  if (needsHealthCheckPort(o) && !needsHealthCheckPort(n) && n.healthCheckNodePort === o.healthCheckNodePort) delete n.healthCheckNodePort;
  if (o.type === 'LoadBalancer' && n.type !== 'LoadBalancer' && n.allocateLoadBalancerNodePorts === o.allocateLoadBalancerNodePorts)
    delete n.allocateLoadBalancerNodePorts;
  const external = n.type === 'NodePort' || n.type === 'LoadBalancer' || (n.externalIPs ?? []).length > 0;
  if (!external && n.externalTrafficPolicy === o.externalTrafficPolicy) delete n.externalTrafficPolicy;
}
