// ConfigMaps: key names, duplicate keys across data/binaryData, and immutability.

import { field } from '../errors.js';
import type { KindHandler } from '../kind.js';
import { checkBase64, validateImmutable, validateKeys } from '../validation/data.js';
import { V1ConfigMap } from '../schema/generated/core.js';

export const configMap: KindHandler = {
  kind: 'ConfigMap',
  schema: V1ConfigMap,
  generation: false,
  defaults(obj) {
    checkBase64(obj.binaryData, 'ConfigMap');
  },
  validate(obj, old) {
    const out = [...validateKeys(obj, 'data', 'binaryData'), ...validateKeys(obj, 'binaryData')];
    const size = Object.values(obj.data ?? {}).reduce((n: number, v) => n + String(v).length, 0);
    if (size > 1024 * 1024) out.push(field.tooLong('', 1024 * 1024));
    if (old) out.push(...validateImmutable(obj, old, ['data', 'binaryData']));
    return out;
  },
};
