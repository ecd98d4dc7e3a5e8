// JSON patch (RFC 6902) as evanphx/json-patch applies it on the API server, with its error wording.

import { deepEqual, isObject } from './merge.js';

export class JsonPatchError extends Error {}

interface Op {
  op: string;
  path?: string;
  from?: string;
  value?: unknown;
}

function unescape(t: string): string {
  return t.replace(/~1/g, '/').replace(/~0/g, '~');
}

function split(path: string): string[] {
  if (path === '') return [];
  return path.split('/').slice(1).map(unescape);
}

/** Walks to the container that holds the last token of `path`. */
function parentOf(doc: any, path: string, op: string): { parent: any; key: string } {
  const parts = split(path);
  if (!parts.length) throw new JsonPatchError(`${op} operation does not apply: doc is missing path: "${path}": missing value`);
  let cur = doc;
  for (const p of parts.slice(0, -1)) {
    if (Array.isArray(cur)) {
      const i = Number(p);
      if (!/^\d+$/.test(p) || i >= cur.length) throw new JsonPatchError(`${op} operation does not apply: doc is missing path: "${path}": missing value`);
      cur = cur[i];
    } else if (isObject(cur) && p in cur) cur = cur[p];
    else throw new JsonPatchError(`${op} operation does not apply: doc is missing path: "${path}": missing value`);
  }
  if (!Array.isArray(cur) && !isObject(cur)) throw new JsonPatchError(`${op} operation does not apply: doc is missing path: "${path}": missing value`);
  return { parent: cur, key: parts[parts.length - 1]! };
}

function getAt(doc: any, path: string, op: string): unknown {
  if (path === '') return doc;
  const { parent, key } = parentOf(doc, path, op);
  if (Array.isArray(parent)) {
    const i = Number(key);
    if (!/^\d+$/.test(key) || i >= parent.length) throw new JsonPatchError(`${op} operation does not apply: doc is missing key: ${path}: missing value`);
    return parent[i];
  }
  if (!(key in parent)) throw new JsonPatchError(`${op} operation does not apply: doc is missing key: ${path}: missing value`);
  return parent[key];
}

function add(doc: any, path: string, value: unknown, op = 'add'): any {
  if (path === '') return structuredClone(value);
  const { parent, key } = parentOf(doc, path, op);
  if (Array.isArray(parent)) {
    if (key === '-') parent.push(structuredClone(value));
    else {
      const i = Number(key);
      if (!/^\d+$/.test(key) || i > parent.length) throw new JsonPatchError(`Unable to access invalid index: ${key}: invalid index referenced`);
      parent.splice(i, 0, structuredClone(value));
    }
  } else parent[key] = structuredClone(value);
  return doc;
}

function remove(doc: any, path: string, op = 'remove'): unknown {
  const { parent, key } = parentOf(doc, path, op);
  if (Array.isArray(parent)) {
    const i = Number(key);
    if (!/^\d+$/.test(key) || i >= parent.length) throw new JsonPatchError(`Unable to remove nonexistent key: ${key}: missing value`);
    return parent.splice(i, 1)[0];
  }
  if (!(key in parent)) throw new JsonPatchError(`Unable to remove nonexistent key: ${key}: missing value`);
  const v = parent[key];
  delete parent[key];
  return v;
}

/** Parses a JSON patch document; the API server's BadRequest wording when it is not a list of ops. */
export function decodeJsonPatch(patch: unknown): Op[] {
  if (!Array.isArray(patch)) {
    const t = isObject(patch) ? 'object' : typeof patch === 'string' ? 'string' : typeof patch === 'number' ? 'number' : 'value';
    throw new JsonPatchError(`json: cannot unmarshal ${t} into Go value of type jsonpatch.Patch`);
  }
  return patch as Op[];
}

/** Applies the operations in order to a copy of `doc`. */
export function applyJsonPatch(doc: unknown, patch: unknown): any {
  let out: any = structuredClone(doc);
  for (const op of decodeJsonPatch(patch)) {
    const path = op.path ?? '';
    switch (op.op) {
      case 'add':
        out = add(out, path, op.value);
        break;
      case 'remove':
        remove(out, path);
        break;
      case 'replace':
        getAt(out, path, 'replace');
        if (path === '') out = structuredClone(op.value);
        else {
          remove(out, path, 'replace');
          out = add(out, path, op.value, 'replace');
        }
        break;
      case 'move': {
        const v = getAt(out, op.from ?? '', 'move');
        remove(out, op.from ?? '', 'move');
        out = add(out, path, v, 'move');
        break;
      }
      case 'copy':
        out = add(out, path, getAt(out, op.from ?? '', 'copy'), 'copy');
        break;
      case 'test':
        if (!deepEqual(getAt(out, path, 'test'), op.value)) throw new JsonPatchError(`testing value ${path} failed: test failed`);
        break;
      default:
        throw new JsonPatchError(`Unexpected kind: ${op.op ?? 'unknown'}`);
    }
  }
  return out;
}
