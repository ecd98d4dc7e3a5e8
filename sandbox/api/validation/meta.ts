// ObjectMeta validation shared by every kind: name format, labels, annotations.

import { field, type FieldCause } from '../errors.js';
import type { ResourceType } from '../resources.js';
import type { KubeObject } from '../types.js';
import { dns1035Label, dns1123Label, dns1123Subdomain, labelValue, qualifiedName } from './names.js';

/** Which name rule each kind's name follows (apiserver's ValidateObjectMeta nameFn). */
const NAME_RULE: Record<string, (v: string) => string[]> = {
  Service: dns1035Label,
  Namespace: dns1123Label,
};

export function validateObjectMeta(obj: KubeObject, rt: ResourceType): FieldCause[] {
  const out: FieldCause[] = [];
  const m = obj.metadata;
  if (!m.name && !m.generateName) out.push(field.required('metadata.name', 'name or generateName is required'));
  else if (m.name) {
    const rule = NAME_RULE[rt.kind] ?? dns1123Subdomain;
    for (const msg of rule(m.name)) out.push(field.invalid('metadata.name', m.name, msg));
  }
  if (rt.namespaced && m.namespace) for (const msg of dns1123Label(m.namespace)) out.push(field.invalid('metadata.namespace', m.namespace, msg));
  for (const [k, v] of Object.entries(m.labels ?? {})) {
    for (const msg of qualifiedName(k)) out.push(field.invalid('metadata.labels', k, msg));
    if (typeof v !== 'string') out.push(field.invalid(`metadata.labels`, v, 'must be a string'));
    else for (const msg of labelValue(v)) out.push(field.invalid('metadata.labels', v, msg));
  }
  let annSize = 0;
  for (const [k, v] of Object.entries(m.annotations ?? {})) {
    for (const msg of qualifiedName(k.toLowerCase())) out.push(field.invalid('metadata.annotations', k, msg));
    annSize += k.length + String(v).length;
  }
  if (annSize > 256 * 1024) out.push(field.tooLong('metadata.annotations', 256 * 1024));
  return out;
}
