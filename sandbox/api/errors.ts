// API failures as typed values. Only kubectl turns them into words on a terminal;
// the store and controllers throw or return these with a machine-readable reason.

export type StatusReason =
  | 'NotFound'
  | 'AlreadyExists'
  | 'Invalid'
  | 'BadRequest'
  | 'Conflict'
  | 'Forbidden'
  | 'MethodNotAllowed'
  | 'InternalError'
  | 'Gone';

export interface FieldCause {
  /** `Required value`, `Invalid value`, `Unsupported value`, `Duplicate value`, `Forbidden`, `Too long`… */
  type: string;
  field: string;
  /** Human body after `field: `, e.g. `Invalid value: 70000: must be between 1 and 65535, inclusive`. */
  message: string;
}

const CODES: Record<StatusReason, number> = {
  NotFound: 404,
  AlreadyExists: 409,
  Conflict: 409,
  Invalid: 422,
  BadRequest: 400,
  Forbidden: 403,
  MethodNotAllowed: 405,
  InternalError: 500,
  Gone: 410,
};

export class StatusError extends Error {
  readonly code: number;
  constructor(
    readonly reason: StatusReason,
    message: string,
    readonly details: { kind?: string; group?: string; name?: string; causes?: FieldCause[] } = {},
  ) {
    super(message);
    this.code = CODES[reason];
  }

  /** The Status object the API server would send, for `-v=8` and `-o json` of errors. */
  toStatus(): Record<string, unknown> {
    return {
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message: this.message,
      reason: this.reason,
      details: this.details,
      code: this.code,
    };
  }
}

/** `pods "web" not found`, `deployments.apps "web" not found`. */
export function notFound(qualifiedResource: string, name: string): StatusError {
  return new StatusError('NotFound', `${qualifiedResource} "${name}" not found`, { name, kind: qualifiedResource });
}

export function alreadyExists(qualifiedResource: string, name: string): StatusError {
  return new StatusError('AlreadyExists', `${qualifiedResource} "${name}" already exists`, { name, kind: qualifiedResource });
}

/** `The Service "web" is invalid: spec.ports[0].port: Invalid value: 0: must be between 1 and 65535, inclusive`. */
export function invalid(kind: string, name: string, causes: FieldCause[]): StatusError {
  const body =
    causes.length === 1
      ? `${causes[0]!.field}: ${causes[0]!.message}`
      : '\n' + causes.map((c) => `* ${c.field}: ${c.message}`).join('\n');
  return new StatusError('Invalid', `${kind} "${name}" is invalid: ${body}`, { kind, name, causes });
}

/** Formats a value the way apimachinery's field.Invalid does: strings quoted, numbers bare. */
export function fmtValue(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v);
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

export const field = {
  required: (f: string, detail = ''): FieldCause => ({ type: 'FieldValueRequired', field: f, message: detail ? `Required value: ${detail}` : 'Required value' }),
  invalid: (f: string, value: unknown, detail: string): FieldCause => ({
    type: 'FieldValueInvalid',
    field: f,
    message: `Invalid value: ${fmtValue(value)}${detail ? `: ${detail}` : ''}`,
  }),
  unsupported: (f: string, value: unknown, supported: string[]): FieldCause => ({
    type: 'FieldValueNotSupported',
    field: f,
    message: `Unsupported value: ${fmtValue(value)}: supported values: ${supported.map((s) => JSON.stringify(s)).join(', ')}`,
  }),
  duplicate: (f: string, value: unknown): FieldCause => ({ type: 'FieldValueDuplicate', field: f, message: `Duplicate value: ${fmtValue(value)}` }),
  forbidden: (f: string, detail: string): FieldCause => ({ type: 'FieldValueForbidden', field: f, message: `Forbidden: ${detail}` }),
  tooLong: (f: string, max: number): FieldCause => ({ type: 'FieldValueTooLong', field: f, message: `Too long: may not be more than ${max} bytes` }),
};
