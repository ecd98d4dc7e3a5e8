// A compact description of an API kind's fields: enough for strict decoding (unknown and
// mistyped fields, with the API server's wording) and for `kubectl explain`.
// Objects carry `id`, the OpenAPI model name (e.g. `V1ServicePort`) under which the generated
// descriptions modules (schema/generated/*.descriptions.ts, loaded lazily) hold their docs,
// and `goType`, the Go struct name used in `cannot unmarshal … into Go struct field X.…` errors.

export type Schema =
  | { type: 'object'; fields: Record<string, Schema>; id?: string; goType?: string; description?: string; required?: string[] }
  | { type: 'array'; items: Schema; description?: string }
  | { type: 'map'; values: Schema; description?: string }
  | { type: 'string' | 'integer' | 'number' | 'boolean' | 'int-or-string' | 'quantity' | 'time' | 'any'; format?: string; description?: string; enum?: string[] };
