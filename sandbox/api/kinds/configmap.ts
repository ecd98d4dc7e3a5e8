// ConfigMaps: key names, duplicate keys across data/binaryData, and immutability.

import { field, type FieldCause } from '../errors.js';
import type { KindHandler } from '../kind.js';
import type { KubeObject } from '../types.js';
import { configMapKey } from '../validation/common.js';
import { V1ConfigMap } from '../schema/generated/core.js';

/** Keys of `data` (and of `binaryData` / a Secret's `data`), as ValidateConfigMap checks them. */
export function validateKeys(obj: KubeObject, bag: string, other?: string): FieldCause[] {
  const out: FieldCause[] = [];
  for (const key of Object.keys(obj[bag] ?? {})) {
    for (const m of configMapKey(key)) out.push(field.invalid(`${bag}[${key}]`, key, m));
    if (other && obj[other] && key in obj[other]) out.push(field.invalid(`${bag}[${key}]`, key, `duplicate of key present in ${other}`));
  }
  return out;
}

/** `immutable: true` freezes the payload and the flag itself. */
export function validateImmutable(obj: KubeObject, old: KubeObject, bags: string[]): FieldCause[] {
  if (old.immutable !== true) return [];
  const out: FieldCause[] = [];
  if (obj.immutable !== true) out.push(field.forbidden('immutable', 'field is immutable when `immutable` is set'));
  for (const b of bags)
    if (JSON.stringify(obj[b] ?? {}) !== JSON.stringify(old[b] ?? {})) out.push(field.forbidden(b, 'field is immutable when `immutable` is set'));
  return out;
}

export const configMap: KindHandler = {
  kind: 'ConfigMap',
  schema: V1ConfigMap,
  generation: false,
  validate(obj, old) {
    const out = [...validateKeys(obj, 'data', 'binaryData'), ...validateKeys(obj, 'binaryData')];
    const size = Object.values(obj.data ?? {}).reduce((n: number, v) => n + String(v).length, 0);
    if (size > 1024 * 1024) out.push(field.tooLong('', 1024 * 1024));
    if (old) out.push(...validateImmutable(obj, old, ['data', 'binaryData']));
    return out;
  },
};
