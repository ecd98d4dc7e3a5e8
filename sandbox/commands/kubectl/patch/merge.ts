// JSON merge patch (RFC 7386): apply a patch to a document, and compute one between two documents.

export type JsonValue = null | boolean | number | string | JsonValue[] | { [k: string]: JsonValue };

export const isObject = (v: unknown): v is Record<string, any> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Applies an RFC 7386 merge patch: objects merge key by key, `null` deletes, anything else replaces. */
export function applyMergePatch(target: unknown, patch: unknown): any {
  if (!isObject(patch)) return structuredClone(patch);
  const out: Record<string, any> = isObject(target) ? { ...target } : {};
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k];
    else out[k] = applyMergePatch(out[k], v);
  }
  return out;
}

/** Deep equality of JSON values (key order ignored). */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  if (isObject(a) && isObject(b)) {
    const ka = Object.keys(a).filter((k) => a[k] !== undefined);
    const kb = Object.keys(b).filter((k) => b[k] !== undefined);
    return ka.length === kb.length && ka.every((k) => deepEqual(a[k], b[k]));
  }
  return false;
}

/** The merge patch that turns `from` into `to` (objects recurse; everything else replaces). */
export function createMergePatch(from: unknown, to: unknown): any {
  if (!isObject(from) || !isObject(to)) return deepEqual(from, to) ? {} : structuredClone(to);
  const out: Record<string, any> = {};
  for (const k of Object.keys(from)) if (from[k] !== undefined && to[k] === undefined) out[k] = null;
  for (const [k, v] of Object.entries(to)) {
    if (v === undefined) continue;
    if (isObject(v) && isObject(from[k])) {
      const sub = createMergePatch(from[k], v);
      if (Object.keys(sub).length) out[k] = sub;
    } else if (!deepEqual(from[k], v)) out[k] = structuredClone(v);
  }
  return out;
}
