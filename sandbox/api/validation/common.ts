// Validation helpers shared by the kinds: port numbers, IPs and CIDRs, label selectors, and
// Go's %#v formatting of maps and slices as apimachinery prints them in `Invalid value: …`.

import { field, type FieldCause } from '../errors.js';
import type { LabelSelector } from '../types.js';
import { labelValue, qualifiedName } from './names.js';

export const PORT_RANGE_MSG = 'must be between 1 and 65535, inclusive';

/** validation.IsValidPortNum. */
export function portNum(p: unknown): string[] {
  return typeof p === 'number' && Number.isInteger(p) && p >= 1 && p <= 65535 ? [] : [PORT_RANGE_MSG];
}

/** `Invalid value: <rendered>` where the value is already rendered as apimachinery prints it. */
export function invalidGo(f: string, rendered: string, detail: string): FieldCause {
  return { type: 'FieldValueInvalid', field: f, message: `Invalid value: ${rendered}${detail ? `: ${detail}` : ''}` };
}

// Since 1.33, field.Error renders values that are not strings, numbers or bools as JSON
// (encoding/json: map keys sorted, empty omitempty fields dropped), e.g. `{"app":"x"}`.

/** encoding/json of a string (with Go's HTML-safe escapes). */
export function goString(s: string): string {
  return JSON.stringify(s).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** `{"app":"x","tier":"web"}`, or `null` for a missing map. */
export function goStringMap(m: Record<string, string> | undefined | null): string {
  if (m === undefined || m === null) return 'null';
  const keys = Object.keys(m).sort();
  return `{${keys.map((k) => `${goString(k)}:${goString(String(m[k]))}`).join(',')}}`;
}

/** `["a","b"]`, or `null`. */
export function goStringSlice(a: readonly string[] | undefined | null): string {
  if (a === undefined || a === null) return 'null';
  return `[${a.map(goString).join(',')}]`;
}

/** A metav1.LabelSelector as JSON (`{"matchLabels":{"app":"web"}}`), as workload errors print it. */
export function goLabelSelector(s: LabelSelector | undefined | null): string {
  if (!s) return 'null';
  const parts: string[] = [];
  if (s.matchLabels && Object.keys(s.matchLabels).length) parts.push(`"matchLabels":${goStringMap(s.matchLabels as Record<string, string>)}`);
  if (s.matchExpressions && s.matchExpressions.length)
    parts.push(
      `"matchExpressions":[${s.matchExpressions
        .map((e) => `{"key":${goString(e.key ?? '')},"operator":${goString(e.operator ?? '')}${e.values?.length ? `,"values":${goStringSlice(e.values)}` : ''}}`)
        .join(',')}]`,
    );
  return `{${parts.join(',')}}`;
}

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

export function isIPv4(s: string): boolean {
  return IPV4.test(s);
}

export function isIPv6(s: string): boolean {
  if (!s.includes(':') || !/^[0-9a-fA-F:.]+$/.test(s)) return false;
  const dbl = s.split('::');
  if (dbl.length > 2) return false;
  const groups = s.split(':').filter((g) => g !== '');
  if (groups.some((g) => g.length > 4 && !isIPv4(g))) return false;
  return dbl.length === 2 ? groups.length < 8 : groups.length === 8;
}

export function isIP(s: string): boolean {
  return isIPv4(s) || isIPv6(s);
}

export const IP_MSG = 'must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)';
export const CIDR_MSG = 'must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)';

/** validation.IsValidIP. */
export function validIP(f: string, v: string): FieldCause[] {
  return isIP(v) ? [] : [field.invalid(f, v, IP_MSG)];
}

/** A CIDR `a.b.c.d/n` (or IPv6), parsed; undefined when malformed. */
export function parseCIDR(s: string): { v4: boolean; prefix: number; addr: string } | undefined {
  const m = /^([^/]+)\/(\d{1,3})$/.exec(s);
  if (!m) return undefined;
  const prefix = Number(m[2]);
  if (isIPv4(m[1]!) && prefix <= 32) return { v4: true, prefix, addr: m[1]! };
  if (isIPv6(m[1]!) && prefix <= 128) return { v4: false, prefix, addr: m[1]! };
  return undefined;
}

export function validCIDR(f: string, v: string): FieldCause[] {
  return parseCIDR(v) ? [] : [field.invalid(f, v, CIDR_MSG)];
}

export function ipv4ToInt(ip: string): number {
  return ip.split('.').reduce((a, o) => a * 256 + Number(o), 0);
}

export function intToIPv4(n: number): string {
  return [24, 16, 8, 0].map((s) => Math.floor(n / 2 ** s) % 256).join('.');
}

/** Is an IPv4 CIDR `inner` contained in `outer`? (Both already valid.) */
export function cidrContains(outer: string, inner: string): boolean {
  const o = parseCIDR(outer);
  const i = parseCIDR(inner);
  if (!o || !i || !o.v4 || !i.v4) return false;
  if (i.prefix < o.prefix) return false;
  const size = 2 ** (32 - o.prefix);
  return Math.floor(ipv4ToInt(i.addr) / size) === Math.floor(ipv4ToInt(o.addr) / size);
}

/** metav1validation.ValidateLabels: keys are qualified names, values label values. */
export function validateLabels(labels: Record<string, unknown> | undefined, f: string): FieldCause[] {
  const out: FieldCause[] = [];
  for (const [k, v] of Object.entries(labels ?? {})) {
    for (const msg of qualifiedName(k)) out.push(field.invalid(f, k, msg));
    for (const msg of labelValue(String(v))) out.push(field.invalid(f, v, msg));
  }
  return out;
}

/** metav1validation.ValidateLabelSelector. */
export function validateLabelSelector(sel: LabelSelector | undefined | null, f: string): FieldCause[] {
  if (!sel) return [];
  const out: FieldCause[] = [];
  (sel.matchExpressions ?? []).forEach((e, i) => {
    const p = `${f}.matchExpressions[${i}]`;
    switch (e.operator) {
      case 'In':
      case 'NotIn':
        if (!e.values || e.values.length === 0) out.push(field.required(`${p}.values`, "must be specified when `operator` is 'In' or 'NotIn'"));
        break;
      case 'Exists':
      case 'DoesNotExist':
        if (e.values && e.values.length > 0) out.push(field.forbidden(`${p}.values`, "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"));
        break;
      default:
        out.push(field.invalid(`${p}.operator`, e.operator, 'not a valid selector operator'));
    }
    for (const msg of qualifiedName(e.key ?? '')) out.push(field.invalid(`${p}.key`, e.key ?? '', msg));
  });
  out.push(...validateLabels(sel.matchLabels, `${f}.matchLabels`));
  return out;
}

/** `must be greater than or equal to 0` on negative numbers (ValidateNonnegativeField). */
export function nonNegative(v: unknown, f: string): FieldCause[] {
  return typeof v === 'number' && v < 0 ? [field.invalid(f, v, 'must be greater than or equal to 0')] : [];
}

/** Keys of ConfigMaps and Secrets (validation.IsConfigMapKey). */
export function configMapKey(k: string): string[] {
  const errs: string[] = [];
  if (k.length > 253) errs.push('must be no more than 253 characters');
  if (!/^[-._a-zA-Z0-9]+$/.test(k)) errs.push("a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')");
  if (k === '.') errs.push("must not be '.'");
  else if (k === '..') errs.push("must not be '..'");
  else if (k.startsWith('..')) errs.push("must not start with '..'");
  return errs;
}
