// IngressClasses (networking.k8s.io/v1): controller required, domain-prefixed and immutable.

import { field, type FieldCause } from '../errors.js';
import type { KindHandler } from '../kind.js';
import { dns1123Subdomain } from '../validation/names.js';
import { V1IngressClass } from '../schema/generated/networking.js';

/** A domain-prefixed path such as `k8s.io/ingress-nginx` (ValidateIngressClassController). */
function validateController(c: string, f: string): FieldCause[] {
  const slash = c.indexOf('/');
  if (slash <= 0) return [field.invalid(f, c, 'must be a domain-prefixed path (such as "acme.io/foo")')];
  const out: FieldCause[] = [];
  for (const m of dns1123Subdomain(c.slice(0, slash))) out.push(field.invalid(f, c, m));
  if (c.length > 250) out.push(field.tooLong(f, 250));
  return out;
}

export const ingressClass: KindHandler = {
  kind: 'IngressClass',
  schema: V1IngressClass,
  defaults(obj) {
    const p = obj.spec?.parameters;
    if (p && typeof p === 'object') p.scope ??= 'Cluster';
  },
  validate(obj, old) {
    const spec = obj.spec ?? {};
    const out: FieldCause[] = [];
    if (!spec.controller) out.push(field.required('spec.controller', ''));
    else out.push(...validateController(spec.controller, 'spec.controller'));
    const p = spec.parameters;
    if (p) {
      if (!p.kind) out.push(field.required('spec.parameters.kind', ''));
      if (!p.name) out.push(field.required('spec.parameters.name', ''));
      if (!['Cluster', 'Namespace'].includes(p.scope)) out.push(field.unsupported('spec.parameters.scope', p.scope ?? '', ['Cluster', 'Namespace']));
      else if (p.scope === 'Namespace' && !p.namespace) out.push(field.required('spec.parameters.namespace', "`parameters.scope` is set to 'Namespace'"));
      else if (p.scope === 'Cluster' && p.namespace) out.push(field.forbidden('spec.parameters.namespace', "`parameters.scope` is set to 'Cluster'"));
    }
    if (old && spec.controller !== old.spec?.controller) out.push(field.invalid('spec.controller', spec.controller, 'field is immutable'));
    return out;
  },
};
