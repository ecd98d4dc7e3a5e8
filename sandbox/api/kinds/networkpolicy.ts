// NetworkPolicies (networking.k8s.io/v1): policyTypes and protocol defaulting,
// ValidateNetworkPolicySpec (ports, endPort, peers, ipBlock).

import { field, type FieldCause } from '../errors.js';
import type { KindHandler } from '../kind.js';
import { cidrContains, parseCIDR, portNum, validateLabelSelector, validCIDR } from '../validation/common.js';
import { ianaSvcName } from '../validation/names.js';
import { V1NetworkPolicy } from '../schema/generated/networking.js';

type Obj = Record<string, any>;

export const networkPolicy: KindHandler = {
  kind: 'NetworkPolicy',
  schema: V1NetworkPolicy,
  defaults(obj) {
    const spec = (obj.spec ??= {});
    if (typeof spec !== 'object') return;
    spec.podSelector ??= {};
    for (const dir of ['ingress', 'egress'] as const)
      for (const rule of Array.isArray(spec[dir]) ? spec[dir] : []) for (const p of rule?.ports ?? []) if (p && typeof p === 'object') p.protocol ??= 'TCP';
    // Ingress is implied; Egress only when there are egress rules.
    if (!spec.policyTypes || spec.policyTypes.length === 0) {
      spec.policyTypes = ['Ingress'];
      if (Array.isArray(spec.egress) && spec.egress.length > 0) spec.policyTypes.push('Egress');
    }
  },
  validate(obj) {
    const spec: Obj = obj.spec ?? {};
    const out = validateLabelSelector(spec.podSelector, 'spec.podSelector');
    for (const [dir, peers] of [['ingress', 'from'], ['egress', 'to']] as const) {
      (spec[dir] ?? []).forEach((rule: Obj, i: number) => {
        const rp = `spec.${dir}[${i}]`;
        (rule?.ports ?? []).forEach((p: Obj, j: number) => out.push(...validatePort(p, `${rp}.ports[${j}]`)));
        (rule?.[peers] ?? []).forEach((peer: Obj, j: number) => out.push(...validatePeer(peer, `${rp}.${peers}[${j}]`)));
      });
    }
    const types: string[] = spec.policyTypes ?? [];
    if (types.length > 2) out.push(field.invalid('spec.policyTypes', types, 'may not specify more than two policyTypes'));
    else
      types.forEach((t, i) => {
        if (t !== 'Ingress' && t !== 'Egress') out.push(field.unsupported(`spec.policyTypes[${i}]`, t, ['Ingress', 'Egress']));
      });
    return out;
  },
  prepareUpdate(obj, old) {
    if (old.status !== undefined) obj.status = old.status;
  },
};

function validatePort(p: Obj, f: string): FieldCause[] {
  const out: FieldCause[] = [];
  if (p.protocol !== undefined && !['TCP', 'UDP', 'SCTP'].includes(p.protocol)) out.push(field.unsupported(`${f}.protocol`, p.protocol, ['TCP', 'UDP', 'SCTP']));
  if (p.port !== undefined && p.port !== null) {
    if (typeof p.port === 'number') {
      for (const m of portNum(p.port)) out.push(field.invalid(`${f}.port`, p.port, m));
      if (p.endPort !== undefined) {
        if (p.endPort < p.port) out.push(field.invalid(`${f}.endPort`, p.port, 'must be greater than or equal to `port`'));
        for (const m of portNum(p.endPort)) out.push(field.invalid(`${f}.endPort`, p.endPort, m));
      }
    } else {
      if (p.endPort !== undefined) out.push(field.invalid(`${f}.endPort`, p.endPort, 'may not be specified when `port` is non-numeric'));
      for (const m of ianaSvcName(String(p.port))) out.push(field.invalid(`${f}.port`, p.port, m));
    }
  } else if (p.endPort !== undefined) out.push(field.invalid(`${f}.endPort`, p.endPort, 'may not be specified when `port` is not specified'));
  return out;
}

function validatePeer(peer: Obj, f: string): FieldCause[] {
  const out: FieldCause[] = [];
  let n = 0;
  if (peer?.podSelector) {
    n++;
    out.push(...validateLabelSelector(peer.podSelector, `${f}.podSelector`));
  }
  if (peer?.namespaceSelector) {
    n++;
    out.push(...validateLabelSelector(peer.namespaceSelector, `${f}.namespaceSelector`));
  }
  if (peer?.ipBlock) {
    n++;
    out.push(...validateIPBlock(peer.ipBlock, `${f}.ipBlock`));
  }
  if (n === 0) out.push(field.required(f, 'must specify a peer'));
  else if (n > 1 && peer.ipBlock) out.push(field.forbidden(f, 'may not specify both ipBlock and another peer'));
  return out;
}

function validateIPBlock(b: Obj, f: string): FieldCause[] {
  if (!b.cidr) return [field.required(`${f}.cidr`, '')];
  const out = validCIDR(`${f}.cidr`, b.cidr);
  const outer = parseCIDR(b.cidr);
  if (!outer) return out;
  (b.except ?? []).forEach((e: string, i: number) => {
    const ep = `${f}.except[${i}]`;
    const errs = validCIDR(ep, e);
    out.push(...errs);
    const inner = parseCIDR(e);
    if (!inner) return;
    if (inner.v4 !== outer.v4 || inner.prefix <= outer.prefix || !cidrContains(b.cidr, e)) out.push(field.invalid(ep, e, 'must be a strict subset of `cidr`'));
  });
  return out;
}
