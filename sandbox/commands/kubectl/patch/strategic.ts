// Strategic merge patch, the subset kubectl and the API server use for built-in kinds:
// lists of containers, volumes, env, ports… merge element by element on their merge key;
// `$patch: delete|replace` directives; other lists replace. Plus the two-way diff apply needs.

import { deepEqual, isObject } from './merge.js';

/** The patchMergeKey of a list field, by the field's name and its parent's, as in the Go API types. */
export function mergeKeyFor(fieldName: string, parentName: string | undefined): string | undefined {
  switch (fieldName) {
    case 'containers':
    case 'initContainers':
    case 'ephemeralContainers':
    case 'volumes':
    case 'env':
    case 'imagePullSecrets':
      return 'name';
    case 'volumeMounts':
      return 'mountPath';
    case 'volumeDevices':
      return 'devicePath';
    case 'hostAliases':
      return 'ip';
    case 'ownerReferences':
      return 'uid';
    case 'conditions':
      return 'type';
    case 'ports':
      // Container ports merge on containerPort; Service ports on port.
      return parentName === 'containers' || parentName === 'initContainers' || parentName === 'ephemeralContainers' ? 'containerPort' : parentName === 'spec' ? 'port' : undefined;
  }
  return undefined;
}

const DIRECTIVE = /^\$(setElementOrder|retainKeys|deleteFromPrimitiveList)/;

/** Applies a strategic merge patch to `target` (not modified) and returns the result. */
export function applyStrategicPatch(target: unknown, patch: unknown, fieldName?: string): any {
  if (!isObject(patch)) return structuredClone(patch);
  if (patch.$patch === 'replace') {
    const { $patch: _, ...rest } = patch;
    return structuredClone(rest);
  }
  if (patch.$patch === 'delete') return undefined;
  const out: Record<string, any> = isObject(target) ? { ...target } : {};
  for (const [k, v] of Object.entries(patch)) {
    if (k === '$patch' || DIRECTIVE.test(k)) continue;
    if (v === null) {
      delete out[k];
      continue;
    }
    if (Array.isArray(v)) {
      const key = mergeKeyFor(k, fieldName);
      out[k] = key && Array.isArray(out[k]) ? mergeList(out[k], v, key, k) : stripDirectives(v);
      continue;
    }
    if (isObject(v)) {
      const r = applyStrategicPatch(out[k], v, k);
      if (r === undefined) delete out[k];
      else out[k] = r;
      continue;
    }
    out[k] = v;
  }
  return out;
}

function stripDirectives(list: any[]): any[] {
  return list.filter((e) => !(isObject(e) && e.$patch === 'delete')).map((e) => (isObject(e) && e.$patch === 'replace' ? stripDirectives([]) : structuredClone(e)));
}

function mergeList(current: any[], patch: any[], key: string, fieldName: string): any[] {
  if (patch.some((e) => isObject(e) && e.$patch === 'replace')) return stripDirectives(patch.filter((e) => !(isObject(e) && e.$patch === 'replace')));
  const out = current.map((e) => structuredClone(e));
  for (const p of patch) {
    if (!isObject(p)) {
      out.push(structuredClone(p));
      continue;
    }
    const i = out.findIndex((e) => isObject(e) && deepEqual(e[key], p[key]));
    if (p.$patch === 'delete') {
      if (i >= 0) out.splice(i, 1);
      continue;
    }
    if (i >= 0) out[i] = applyStrategicPatch(out[i], p, fieldName);
    else out.push(applyStrategicPatch({}, p, fieldName));
  }
  return out;
}

export interface DiffOptions {
  /** Leave out deletions (fields in `from` missing from `to`). */
  ignoreDeletions?: boolean;
  /** Only deletions. */
  ignoreChangesAndAdditions?: boolean;
}

/** The strategic patch that turns `from` into `to`, restricted per `opts`. */
export function diffStrategic(from: unknown, to: unknown, opts: DiffOptions = {}, fieldName?: string): Record<string, any> {
  const out: Record<string, any> = {};
  const f = isObject(from) ? from : {};
  const t = isObject(to) ? to : {};
  if (!opts.ignoreDeletions) for (const k of Object.keys(f)) if (f[k] !== undefined && t[k] === undefined) out[k] = null;
  for (const [k, tv] of Object.entries(t)) {
    if (tv === undefined) continue;
    const fv = f[k];
    if (isObject(tv) && isObject(fv)) {
      const sub = diffStrategic(fv, tv, opts, k);
      if (Object.keys(sub).length) out[k] = sub;
      continue;
    }
    const key = mergeKeyFor(k, fieldName);
    if (Array.isArray(tv) && Array.isArray(fv) && key && tv.every(isObject) && fv.every(isObject)) {
      const items = diffList(fv, tv, key, k, opts);
      if (items.length) out[k] = items;
      continue;
    }
    if (opts.ignoreChangesAndAdditions || deepEqual(fv, tv)) continue;
    out[k] = structuredClone(tv);
  }
  return out;
}

function diffList(from: any[], to: any[], key: string, fieldName: string, opts: DiffOptions): any[] {
  const out: any[] = [];
  for (const t of to) {
    const f = from.find((e) => deepEqual(e[key], t[key]));
    if (!f) {
      if (!opts.ignoreChangesAndAdditions) out.push(structuredClone(t));
      continue;
    }
    const sub = diffStrategic(f, t, opts, fieldName);
    if (Object.keys(sub).length) out.push({ [key]: t[key], ...sub });
  }
  if (!opts.ignoreDeletions) for (const f of from) if (!to.some((t) => deepEqual(t[key], f[key]))) out.push({ $patch: 'delete', [key]: f[key] });
  return out;
}

/** Combines two strategic patches into one (b wins on conflicts). */
export function mergePatches(a: Record<string, any>, b: Record<string, any>, fieldName?: string): Record<string, any> {
  const out: Record<string, any> = structuredClone(a);
  for (const [k, v] of Object.entries(b)) {
    const key = mergeKeyFor(k, fieldName);
    if (isObject(v) && isObject(out[k])) out[k] = mergePatches(out[k], v, k);
    else if (Array.isArray(v) && Array.isArray(out[k]) && key) {
      const list: any[] = out[k];
      for (const e of v) {
        const i = list.findIndex((x) => isObject(x) && isObject(e) && deepEqual(x[key], e[key]));
        if (i >= 0) list[i] = mergePatches(list[i], e, k);
        else list.push(structuredClone(e));
      }
    } else out[k] = structuredClone(v);
  }
  return out;
}

/**
 * kubectl apply's three-way patch: deletions are what the last-applied configuration had and the
 * new one drops; changes are where the live object differs from the new configuration. Fields
 * only the live object has (set by the server or controllers) are left alone.
 */
export function threeWayPatch(original: unknown, modified: unknown, current: unknown): Record<string, any> {
  const deletions = diffStrategic(original ?? {}, modified, { ignoreChangesAndAdditions: true });
  const delta = diffStrategic(current, modified, { ignoreDeletions: true });
  return mergePatches(deletions, delta);
}
