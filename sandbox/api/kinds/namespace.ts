// Namespaces: the `kubernetes.io/metadata.name` label, the `kubernetes` finalizer, phase Active.

import { field, type FieldCause } from '../errors.js';
import type { KindHandler } from '../kind.js';
import { qualifiedName } from '../validation/names.js';
import { V1Namespace } from '../schema/generated/core.js';

export const namespace: KindHandler = {
  kind: 'Namespace',
  schema: V1Namespace,
  generation: false,
  defaults(obj) {
    // SetDefaults_Namespace: the label always equals the name, so it cannot be edited away.
    if (obj.metadata.name) obj.metadata.labels = { ...(obj.metadata.labels ?? {}), 'kubernetes.io/metadata.name': obj.metadata.name };
  },
  validate(obj) {
    const out: FieldCause[] = [];
    (obj.spec?.finalizers ?? []).forEach((f: string, i: number) => {
      const msgs = qualifiedName(f);
      for (const m of msgs) out.push(field.invalid(`spec.finalizers[${i}]`, f, m));
      if (!msgs.length && !f.includes('/') && f !== 'kubernetes')
        out.push(field.invalid(`spec.finalizers[${i}]`, f, 'name is neither a standard finalizer name nor is it fully qualified'));
    });
    return out;
  },
  prepareCreate(obj) {
    // PrepareForCreate: the `kubernetes` finalizer is required; the client's own ones are kept.
    const fin: string[] = obj.spec?.finalizers ?? [];
    obj.spec = { ...(obj.spec ?? {}), finalizers: fin.includes('kubernetes') ? fin : [...fin, 'kubernetes'] };
    obj.status = { phase: 'Active' };
  },
  prepareUpdate(obj, old) {
    // Finalizers and status change only through their subresources.
    obj.spec = { ...(obj.spec ?? {}), finalizers: old.spec?.finalizers ?? ['kubernetes'] };
    if (old.status !== undefined) obj.status = old.status;
  },
};
