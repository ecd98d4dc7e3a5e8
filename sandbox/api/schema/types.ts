// A compact description of an API kind's fields: enough for strict decoding (unknown and
// mistyped fields, with the API server's wording) and for `kubectl explain`.

export type Schema =
  | { type: 'object'; fields: Record<string, Schema>; goType?: string; description?: string; required?: string[] }
  | { type: 'array'; items: Schema; description?: string }
  | { type: 'map'; values: Schema; description?: string }
  | { type: 'string' | 'integer' | 'number' | 'boolean' | 'int-or-string' | 'quantity' | 'time' | 'any'; format?: string; description?: string; enum?: string[] };
