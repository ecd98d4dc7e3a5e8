// The `kubectl.kubernetes.io/last-applied-configuration` annotation: what apply writes into it,
// and the objects apply's three-way merge compares.

import type { KubeObject } from '../../../../api/types.js';

export const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

/** Compact JSON with sorted keys, as Go marshals an unstructured map. */
export function compactJson(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return `[${v.map(compactJson).join(',')}]`;
  if (typeof v === 'object') {
    const keys = Object.keys(v as object).filter((k) => (v as any)[k] !== undefined).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${compactJson((v as any)[k])}`).join(',')}}`;
  }
  return JSON.stringify(v);
}

/** The object as applied, with the annotation holding its own text (minus the annotation). */
export function withLastApplied(obj: KubeObject): KubeObject {
  const bare = structuredClone(obj);
  // kubectl sets an (empty) annotations map before encoding, so `"annotations":{}` is recorded.
  bare.metadata.annotations = { ...(bare.metadata.annotations ?? {}) };
  delete bare.metadata.annotations[LAST_APPLIED];
  const out = structuredClone(bare);
  out.metadata.annotations = { ...(out.metadata.annotations ?? {}), [LAST_APPLIED]: compactJson(bare) + '\n' };
  return out;
}

/** The previously applied configuration stored on a live object, if any. */
export function lastApplied(live: KubeObject): KubeObject | undefined {
  const text = live.metadata.annotations?.[LAST_APPLIED];
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
