// Strict decoding, as the API server does it by default since 1.27 (server-side field
// validation "Strict"): unknown fields and mistyped values are rejected with Go's wording.
// Type errors follow encoding/json (sigs.k8s.io/json): the innermost struct's name, then the
// full dotted field path without indices, then the Go type (`ServicePort.spec.ports.port of type int32`).

import type { Schema } from './schema/types.js';

export interface DecodeProblems {
  unknown: string[];
  /** `json: cannot unmarshal string into Go struct field ServicePort.spec.ports.port of type int32` */
  typeErrors: string[];
}

export function strictDecode(obj: unknown, schema: Schema, _kind?: string): DecodeProblems {
  const problems: DecodeProblems = { unknown: [], typeErrors: [] };
  walk(obj, schema, '', schema.type === 'object' ? (schema.goType ?? '') : '', '', problems);
  return problems;
}

/** The JSON kind encoding/json names in UnmarshalTypeError.Value. */
function jsonKind(v: unknown): string {
  if (typeof v === 'string') return 'string';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'boolean') return 'bool';
  if (Array.isArray(v)) return 'array';
  return 'object';
}

/** reflect.Type.String() of the Go type a schema node decodes into. */
export function goTypeName(s: Schema): string {
  switch (s.type) {
    case 'object':
      return s.goType ? `v1.${s.goType}` : 'map[string]interface {}';
    case 'array':
      return `[]${goTypeName(s.items)}`;
    case 'map':
      return `map[string]${goTypeName(s.values)}`;
    case 'string':
      return 'string';
    case 'integer':
      return s.format ?? 'int32';
    case 'number':
      return 'float64';
    case 'boolean':
      return 'bool';
    case 'int-or-string':
      return 'intstr.IntOrString';
    case 'quantity':
      return 'resource.Quantity';
    case 'time':
      return 'v1.Time';
    case 'any':
      return 'interface {}';
  }
}

const QUANTITY_FORMAT = /^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$/;
const QUANTITY_FULL = /^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E|[eE][-+]?[0-9]+)?$/;

/** resource.ParseQuantity's error for a value, or undefined when it parses. */
export function quantityError(v: string): string | undefined {
  const s = v.trim();
  if (s === '' || !QUANTITY_FORMAT.test(s)) return "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";
  if (!QUANTITY_FULL.test(s)) return "unable to parse quantity's suffix";
  return undefined;
}

function intFits(v: number, format: string | undefined): boolean {
  if (!Number.isInteger(v)) return false;
  return format === 'int64' ? Number.isSafeInteger(v) : v >= -2147483648 && v <= 2147483647;
}

function walk(v: unknown, s: Schema, path: string, struct: string, goPath: string, p: DecodeProblems): void {
  if (v === null || v === undefined) return;
  const typeError = (value = jsonKind(v)) => {
    if (!p.typeErrors.length) p.typeErrors.push(`json: cannot unmarshal ${value} into Go struct field ${struct}.${goPath} of type ${goTypeName(s)}`);
  };
  // Custom UnmarshalJSON methods report in their own words, as a plain Go value error.
  const valueError = (msg: string) => {
    if (!p.typeErrors.length) p.typeErrors.push(msg);
  };
  switch (s.type) {
    case 'object': {
      if (typeof v !== 'object' || Array.isArray(v)) return typeError();
      for (const [k, child] of Object.entries(v as Record<string, unknown>)) {
        const fs = s.fields[k];
        const fp = path ? `${path}.${k}` : k;
        if (!fs) {
          p.unknown.push(fp);
          continue;
        }
        walk(child, fs, fp, s.goType ?? struct, goPath ? `${goPath}.${k}` : k, p);
      }
      return;
    }
    case 'array':
      if (!Array.isArray(v)) return typeError();
      v.forEach((item, i) => walk(item, s.items, `${path}[${i}]`, struct, goPath, p));
      return;
    case 'map':
      if (typeof v !== 'object' || Array.isArray(v)) return typeError();
      for (const [k, child] of Object.entries(v as Record<string, unknown>)) walk(child, s.values, `${path}.${k}`, struct, goPath, p);
      return;
    case 'string':
      if (typeof v !== 'string') typeError();
      return;
    case 'time':
      if (typeof v !== 'string') valueError(`json: cannot unmarshal ${jsonKind(v)} into Go value of type string`);
      return;
    case 'integer':
      if (typeof v !== 'number') typeError();
      else if (!intFits(v, s.format)) typeError(`number ${v}`);
      return;
    case 'number':
      if (typeof v !== 'number') typeError();
      return;
    case 'boolean':
      if (typeof v !== 'boolean') typeError();
      return;
    case 'int-or-string':
      if (typeof v === 'string') return;
      if (typeof v !== 'number') valueError(`json: cannot unmarshal ${jsonKind(v)} into Go value of type int32`);
      else if (!intFits(v, 'int32')) valueError(`json: cannot unmarshal number ${v} into Go value of type int32`);
      return;
    case 'quantity': {
      const text = typeof v === 'string' || typeof v === 'number' ? String(v) : typeof v === 'boolean' ? String(v) : undefined;
      const err = text === undefined ? quantityError('{') : quantityError(text);
      if (err) valueError(err);
      return;
    }
    case 'any':
      return;
  }
}
