// Endpoints (v1, deprecated since 1.33): port protocol defaulting and address/port checks.

import { field, type FieldCause } from '../errors.js';
import type { KindHandler } from '../kind.js';
import { portNum, validIP } from '../validation/common.js';
import { dns1123Label } from '../validation/names.js';
import { V1Endpoints } from '../schema/generated/core.js';

type Obj = Record<string, any>;

export const endpoints: KindHandler = {
  kind: 'Endpoints',
  schema: V1Endpoints,
  generation: false,
  defaults(obj) {
    for (const s of Array.isArray(obj.subsets) ? obj.subsets : []) for (const p of s?.ports ?? []) if (p && typeof p === 'object') p.protocol ??= 'TCP';
  },
  validate(obj) {
    const out: FieldCause[] = [];
    (obj.subsets ?? []).forEach((s: Obj, i: number) => {
      const sp = `subsets[${i}]`;
      if (!(s?.addresses?.length || s?.notReadyAddresses?.length))
        out.push(field.required(sp, 'must specify `addresses` or `notReadyAddresses`'));
      for (const bag of ['addresses', 'notReadyAddresses'])
        (s?.[bag] ?? []).forEach((a: Obj, j: number) => {
          out.push(...validIP(`${sp}.${bag}[${j}].ip`, a?.ip ?? ''));
          if (a?.hostname) for (const m of dns1123Label(a.hostname)) out.push(field.invalid(`${sp}.${bag}[${j}].hostname`, a.hostname, m));
        });
      (s?.ports ?? []).forEach((p: Obj, j: number) => {
        const pp = `${sp}.ports[${j}]`;
        // Named like Service ports: DNS-1123 labels, required when there are several.
        if (s.ports.length > 1 && !p.name) out.push(field.required(`${pp}.name`, ''));
        else if (p.name) for (const m of dns1123Label(p.name)) out.push(field.invalid(`${pp}.name`, p.name, m));
        for (const m of portNum(p.port)) out.push(field.invalid(`${pp}.port`, p.port ?? 0, m));
        if (!['SCTP', 'TCP', 'UDP'].includes(p.protocol)) out.push(field.unsupported(`${pp}.protocol`, p.protocol ?? '', ['SCTP', 'TCP', 'UDP']));
      });
    });
    return out;
  },
};
