// The payload of ConfigMaps and Secrets: key names, immutability, and base64 for []byte fields.

import { StatusError, field, type FieldCause } from '../errors.js';
import type { KubeObject } from '../types.js';
import { configMapKey } from './common.js';

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

/** []byte fields are base64 in JSON; the decoder rejects anything else before validation runs. */
export function checkBase64(bag: unknown, kind: string): void {
  for (const v of Object.values((bag ?? {}) as Record<string, unknown>)) {
    if (typeof v !== 'string') continue;
    const at = base64ErrorOffset(v);
    if (at >= 0) throw new StatusError('BadRequest', `${kind} in version "v1" cannot be handled as a ${kind}: illegal base64 data at input byte ${at}`, { kind });
  }
}
