// Tiny constructors the generated schema modules are written in, so they stay compact.

import type { Schema } from './types.js';

/** An object (a Go struct): schema id (model name), Go type name, fields, required fields. */
export const o = (id: string, goType: string, fields: Record<string, Schema>, required?: string[]): Schema => ({
  type: 'object',
  id,
  goType,
  fields,
  ...(required ? { required } : {}),
});
export const a = (items: Schema): Schema => ({ type: 'array', items });
export const m = (values: Schema): Schema => ({ type: 'map', values });

export const S: Schema = { type: 'string' };
export const I32: Schema = { type: 'integer', format: 'int32' };
export const I64: Schema = { type: 'integer', format: 'int64' };
export const F64: Schema = { type: 'number', format: 'double' };
export const B: Schema = { type: 'boolean' };
export const T: Schema = { type: 'time' };
export const IOS: Schema = { type: 'int-or-string' };
export const Q: Schema = { type: 'quantity' };
export const ANY: Schema = { type: 'any' };
