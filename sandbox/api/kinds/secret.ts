// Secrets: type Opaque by default, stringData folded into base64 data, key and type checks.

import { StatusError, field, type FieldCause } from '../errors.js';
import type { KindHandler } from '../kind.js';
import { validateImmutable, validateKeys } from './configmap.js';
import { V1Secret } from '../schema/generated/core.js';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function base64Encode(s: string): string {
  const bytes = new TextEncoder().encode(s);
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += B64[(n >> 18) & 63]! + B64[(n >> 12) & 63]!;
    out += i + 1 < bytes.length ? B64[(n >> 6) & 63]! : '=';
    out += i + 2 < bytes.length ? B64[n & 63]! : '=';
  }
  return out;
}

/** The byte offset Go's base64 decoder reports for malformed input, or -1 when valid. */
export function base64ErrorOffset(s: string): number {
  let i = 0;
  for (; i < s.length; i++) {
    const c = s[i]!;
    if (c === '=') break;
    if (c === '\r' || c === '\n') continue;
    if (!B64.includes(c)) return i;
  }
  const data = s.slice(0, i).replace(/[\r\n]/g, '').length;
  const pad = s.slice(i).replace(/[\r\n]/g, '');
  if (pad && !/^=+$/.test(pad)) return i + pad.search(/[^=]/);
  if ((data + pad.length) % 4 !== 0) {
    if (data % 4 === 1) return s.length - pad.length - 1;
    return s.length;
  }
  return -1;
}

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
    for (const [k, v] of Object.entries((obj.data ?? {}) as Record<string, unknown>)) {
      if (typeof v !== 'string') continue;
      const at = base64ErrorOffset(v);
      if (at >= 0)
        throw new StatusError('BadRequest', `Secret in version "v1" cannot be handled as a Secret: illegal base64 data at input byte ${at}`, { kind: 'Secret' });
      void k;
    }
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
