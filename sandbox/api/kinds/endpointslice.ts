// EndpointSlices (discovery.k8s.io/v1): port defaults, addressType and address checks.

import { field, type FieldCause } from '../errors.js';
import type { KindHandler } from '../kind.js';
import { isIPv4, isIPv6, portNum } from '../validation/common.js';
import { dns1123Label, dns1123Subdomain } from '../validation/names.js';
import { V1EndpointSlice } from '../schema/generated/discovery.js';

type Obj = Record<string, any>;

const ADDRESS_TYPES = ['FQDN', 'IPv4', 'IPv6'];

/** JSON with keys sorted, so equal objects compare equal whatever order their keys were written in. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object')
    return `{${Object.keys(v)
      .filter((k) => (v as Obj)[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((v as Obj)[k])}`)
      .join(',')}}`;
  return JSON.stringify(v) ?? 'null';
}

export const endpointSlice: KindHandler = {
  kind: 'EndpointSlice',
  schema: V1EndpointSlice,
  defaults(obj) {
    for (const p of Array.isArray(obj.ports) ? obj.ports : []) {
      if (!p || typeof p !== 'object') continue;
      p.name ??= '';
      p.protocol ??= 'TCP';
    }
  },
  validate(obj, old) {
    const out: FieldCause[] = [];
    const at = obj.addressType;
    if (!at) out.push(field.required('addressType', ''));
    else if (!ADDRESS_TYPES.includes(at)) out.push(field.unsupported('addressType', at, ADDRESS_TYPES));
    (obj.endpoints ?? []).forEach((e: Obj, i: number) => {
      const ep = `endpoints[${i}]`;
      const addrs: string[] = e?.addresses ?? [];
      if (addrs.length === 0) out.push(field.required(`${ep}.addresses`, 'must contain at least 1 address'));
      else if (addrs.length > 100) out.push(field.tooLong(`${ep}.addresses`, 100));
      addrs.forEach((a, j) => {
        const f = `${ep}.addresses[${j}]`;
        if (at === 'IPv4' && !isIPv4(a)) out.push(field.invalid(f, a, 'must be a valid IPv4 address'));
        if (at === 'IPv6' && !isIPv6(a)) out.push(field.invalid(f, a, 'must be a valid IPv6 address'));
        if (at === 'FQDN') for (const m of dns1123Subdomain(a)) out.push(field.invalid(f, a, m));
      });
      if (e?.hostname) for (const m of dns1123Label(e.hostname)) out.push(field.invalid(`${ep}.hostname`, e.hostname, m));
      if (e?.nodeName) for (const m of dns1123Subdomain(e.nodeName)) out.push(field.invalid(`${ep}.nodeName`, e.nodeName, m));
    });
    const names = new Set<string>();
    (obj.ports ?? []).forEach((p: Obj, i: number) => {
      const pp = `ports[${i}]`;
      if (p?.name) for (const m of dns1123Label(p.name)) out.push(field.invalid(`${pp}.name`, p.name, m));
      if (names.has(p?.name ?? '')) out.push(field.duplicate(`${pp}.name`, p?.name ?? ''));
      names.add(p?.name ?? '');
      if (p?.port !== undefined && p.port !== null) for (const m of portNum(p.port)) out.push(field.invalid(`${pp}.port`, p.port, m));
      if (!['SCTP', 'TCP', 'UDP'].includes(p?.protocol)) out.push(field.unsupported(`${pp}.protocol`, p?.protocol ?? '', ['SCTP', 'TCP', 'UDP']));
    });
    if (old && old.addressType !== at) out.push(field.invalid('addressType', at, 'field is immutable'));
    return out;
  },
  // EndpointSlices have no spec: the registry bumps generation when anything but metadata changes, or the labels.
  specChanged(obj, old) {
    const { metadata: a, ...restNew } = obj;
    const { metadata: b, ...restOld } = old;
    return canonical(restNew) !== canonical(restOld) || canonical(a.labels ?? {}) !== canonical(b.labels ?? {});
  },
};
