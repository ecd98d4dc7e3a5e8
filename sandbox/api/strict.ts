// Strict decoding, as the API server does it by default since 1.27 (server-side field
// validation "Strict"): unknown fields and mistyped values are rejected with Go's wording.

import type { Schema } from './schema/types.js';

export interface DecodeProblems {
  unknown: string[];
  /** `json: cannot unmarshal string into Go struct field ServicePort.spec.ports.port of type int32` */
  typeErrors: string[];
}

export function strictDecode(obj: unknown, schema: Schema, kind: string): DecodeProblems {
  const problems: DecodeProblems = { unknown: [], typeErrors: [] };
  walk(obj, schema, '', kind, '', problems);
  return problems;
}

function goTypeOf(v: unknown): string {
  if (typeof v === 'string') return 'string';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'boolean') return 'bool';
  if (Array.isArray(v)) return 'array';
  if (v === null) return 'null';
  return 'object';
}

function walk(v: unknown, s: Schema, path: string, goStruct: string, goPath: string, p: DecodeProblems): void {
  if (v === null || v === undefined) return;
  const typeError = (want: string) => {
    if (!p.typeErrors.length)
      p.typeErrors.push(`json: cannot unmarshal ${goTypeOf(v)} into Go struct field ${goStruct}.${goPath.replace(/^\./, '')} of type ${want}`);
  };
  switch (s.type) {
    case 'object': {
      if (typeof v !== 'object' || Array.isArray(v)) return typeError(s.goType ? s.goType : 'object');
      const struct = s.goType ?? goStruct;
      for (const [k, child] of Object.entries(v as Record<string, unknown>)) {
        const fs = s.fields[k];
        const fp = path ? `${path}.${k}` : k;
        if (!fs) {
          p.unknown.push(fp);
          continue;
        }
        walk(child, fs, fp, s.goType ? s.goType : struct, s.goType ? k : `${goPath}.${k}`, p);
      }
      return;
    }
    case 'array':
      if (!Array.isArray(v)) return typeError(`[]${goElem(s.items)}`);
      v.forEach((item, i) => walk(item, s.items, `${path}[${i}]`, goStruct, goPath, p));
      return;
    case 'map':
      if (typeof v !== 'object' || Array.isArray(v)) return typeError(`map[string]${goElem(s.values)}`);
      for (const [k, child] of Object.entries(v as Record<string, unknown>)) walk(child, s.values, `${path}.${k}`, goStruct, goPath, p);
      return;
    case 'string':
    case 'time':
      if (typeof v !== 'string') typeError('string');
      return;
    case 'integer':
      if (typeof v !== 'number' || !Number.isInteger(v)) typeError(s.format ?? 'int32');
      return;
    case 'number':
      if (typeof v !== 'number') typeError('float64');
      return;
    case 'boolean':
      if (typeof v !== 'boolean') typeError('bool');
      return;
    case 'int-or-string':
      if (typeof v !== 'string' && typeof v !== 'number') typeError('intstr.IntOrString');
      return;
    case 'quantity':
      if (typeof v !== 'string' && typeof v !== 'number') typeError('resource.Quantity');
      return;
    case 'any':
      return;
  }
}

function goElem(s: Schema): string {
  switch (s.type) {
    case 'object':
      return s.goType ?? 'struct';
    case 'string':
      return 'string';
    case 'integer':
      return 'int32';
    case 'boolean':
      return 'bool';
    default:
      return s.type;
  }
}
