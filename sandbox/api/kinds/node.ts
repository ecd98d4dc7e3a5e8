// Nodes: taints and pod CIDRs are checked; everything else is written by the kubelet.

import { field, type FieldCause } from '../errors.js';
import type { KindHandler } from '../kind.js';
import { validCIDR } from '../validation/common.js';
import { qualifiedName } from '../validation/names.js';
import { V1Node } from '../schema/generated/core.js';

type Obj = Record<string, any>;

const EFFECTS = ['NoExecute', 'NoSchedule', 'PreferNoSchedule'];

export const node: KindHandler = {
  kind: 'Node',
  schema: V1Node,
  generation: false,
  validate(obj, old) {
    const spec: Obj = obj.spec ?? {};
    const out: FieldCause[] = [];
    (spec.taints ?? []).forEach((t: Obj, i: number) => {
      const tp = `spec.taints[${i}]`;
      for (const m of qualifiedName(t?.key ?? '')) out.push(field.invalid(`${tp}.key`, t?.key ?? '', m));
      if (!t?.effect) out.push(field.required(`${tp}.effect`, ''));
      else if (!EFFECTS.includes(t.effect)) out.push(field.unsupported(`${tp}.effect`, t.effect, EFFECTS));
    });
    if (spec.podCIDR) out.push(...validCIDR('spec.podCIDR', spec.podCIDR));
    (spec.podCIDRs ?? []).forEach((c: string, i: number) => out.push(...validCIDR(`spec.podCIDRs[${i}]`, c)));
    // Once allocated, pod CIDRs do not change (ValidateNodeUpdate).
    if (old?.spec?.podCIDRs?.length && JSON.stringify(old.spec.podCIDRs) !== JSON.stringify(spec.podCIDRs ?? []))
      out.push(field.forbidden('spec.podCIDRs', 'node updates may not change podCIDR except from "" to valid'));
    return out;
  },
};
