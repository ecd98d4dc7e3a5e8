// ServiceAccounts: nothing to default; secrets and image pull secrets must name objects.

import { field, type FieldCause } from '../errors.js';
import type { KindHandler } from '../kind.js';
import { V1ServiceAccount } from '../schema/generated/core.js';

export const serviceAccount: KindHandler = {
  kind: 'ServiceAccount',
  schema: V1ServiceAccount,
  generation: false,
  validate(obj) {
    const out: FieldCause[] = [];
    (obj.secrets ?? []).forEach((s: { name?: string }, i: number) => {
      if (!s?.name) out.push(field.required(`secrets[${i}].name`, ''));
    });
    return out;
  },
};
