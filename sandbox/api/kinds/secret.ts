// Secrets: type Opaque by default, stringData folded into base64 data, key and type checks.

import { field, type FieldCause } from '../errors.js';
import type { KindHandler } from '../kind.js';
import { base64Encode, checkBase64, validateImmutable, validateKeys } from '../validation/data.js';
import { V1Secret } from '../schema/generated/core.js';

const REQUIRED_KEYS: Record<string, string[]> = {
  'kubernetes.io/tls': ['tls.crt', 'tls.key'],
  'kubernetes.io/dockerconfigjson': ['.dockerconfigjson'],
  'kubernetes.io/dockercfg': ['.dockercfg'],
  'kubernetes.io/basic-auth': [],
  'kubernetes.io/ssh-auth': ['ssh-privatekey'],
};

export const secret: KindHandler = {
  kind: 'Secret',
  schema: V1Secret,
  generation: false,
  defaults(obj) {
    obj.type ||= 'Opaque';
    checkBase64(obj.data, 'Secret');
    // stringData is write-only: the server merges it into data (v1 conversion).
    if (obj.stringData && typeof obj.stringData === 'object') {
      obj.data ??= {};
      for (const [k, v] of Object.entries(obj.stringData as Record<string, string>)) obj.data[k] = base64Encode(String(v));
      delete obj.stringData;
    }
  },
  validate(obj, old) {
    const out: FieldCause[] = validateKeys(obj, 'data');
    for (const key of REQUIRED_KEYS[obj.type] ?? []) if (!(key in (obj.data ?? {}))) out.push(field.required(`data[${key}]`, ''));
    if (obj.type === 'kubernetes.io/service-account-token' && !obj.metadata.annotations?.['kubernetes.io/service-account.name'])
      out.push(field.required('metadata.annotations[kubernetes.io/service-account.name]', ''));
    if (old && obj.type !== old.type) out.push(field.invalid('type', obj.type, 'field is immutable'));
    if (old) out.push(...validateImmutable(obj, old, ['data']));
    return out;
  },
};
