// `-o json` as kubectl prints it: Go's json.MarshalIndent with four spaces, map keys sorted
// (objects come back from the server as unstructured maps), HTML-safe escapes, trailing newline.

/** Go encoding/json string escaping (with the default HTML escaping of <, > and &). */
export function goJsonString(s: string): string {
  let out = '"';
  for (const c of s) {
    const n = c.codePointAt(0)!;
    if (c === '"') out += '\\"';
    else if (c === '\\') out += '\\\\';
    else if (c === '\n') out += '\\n';
    else if (c === '\r') out += '\\r';
    else if (c === '\t') out += '\\t';
    else if (n < 0x20 || c === '<' || c === '>' || c === '&' || n === 0x2028 || n === 0x2029) out += '\\u' + n.toString(16).padStart(4, '0');
    else out += c;
  }
  return out + '"';
}

/** A float64 as Go's encoding/json writes it. */
function goNumber(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return String(n);
  const abs = Math.abs(n);
  if (abs !== 0 && (abs < 1e-6 || abs >= 1e21)) {
    const [m, e] = n.toExponential().split('e');
    const exp = Number(e);
    return `${m}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  return String(n);
}

/**
 * Marshals a JSON value with `indent` per level. Keys are sorted byte-wise unless `sortKeys` is
 * false (typed objects, e.g. `create --dry-run=client -o json`, keep their field order).
 */
export function toJson(value: unknown, opts: { indent?: string; sortKeys?: boolean } = {}): string {
  return marshal(value, opts.indent ?? '    ', '', opts.sortKeys ?? true) + '\n';
}

function marshal(v: unknown, ind: string, cur: string, sort: boolean): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'boolean') return String(v);
  if (typeof v === 'number') return goNumber(v);
  if (typeof v === 'string') return goJsonString(v);
  const next = cur + ind;
  if (Array.isArray(v)) {
    if (!v.length) return '[]';
    return '[\n' + v.map((x) => next + marshal(x, ind, next, sort)).join(',\n') + '\n' + cur + ']';
  }
  let keys = Object.keys(v as object).filter((k) => (v as any)[k] !== undefined);
  if (sort) keys = keys.sort(byteCompare);
  if (!keys.length) return '{}';
  return '{\n' + keys.map((k) => `${next}${goJsonString(k)}: ${marshal((v as any)[k], ind, next, sort)}`).join(',\n') + '\n' + cur + '}';
}

function byteCompare(a: string, b: string): number {
  // Go compares strings as UTF-8 bytes; for the BMP this equals code point order.
  const ca = [...a].map((c) => c.codePointAt(0)!), cb = [...b].map((c) => c.codePointAt(0)!);
  for (let i = 0; i < ca.length && i < cb.length; i++) if (ca[i] !== cb[i]) return ca[i]! - cb[i]!;
  return ca.length - cb.length;
}
