// Collects the objects behind kubectl's `-f` arguments: files, directories (with -R), stdin and
// URLs, multi-document YAML, JSON and `kind: List`, with the resource builder's error wording.

import { resolvePath } from '../../../fs/types.js';
import type { KubeObject } from '../../../api/types.js';
import { KubectlError, type KubectlContext } from '../types.js';
import { parseManifestStream } from './yaml.js';
import { knownManifest } from './urls.js';

export interface ManifestItem {
  /** The name kubectl quotes in errors: the path as typed (`app.yaml`, `dir/a.yaml`), `STDIN`, or the URL. */
  source: string;
  obj: KubeObject;
}

export interface ManifestResult {
  items: ManifestItem[];
  /** Per-file or per-document errors, already worded; the verb reports them after the rest. */
  errors: string[];
  /** Workspace files read, by absolute path (for the journal). */
  files: Record<string, string>;
}

const EXTENSIONS = ['.json', '.yaml', '.yml'];

/** Expands the `-f` values into (source name, text) pairs. Missing paths fail the whole command. */
function sources(k: KubectlContext, filenames: string[], recursive: boolean, files: Record<string, string>): { source: string; text?: string; error?: string }[] {
  const { fs, cwd } = k.ctx;
  const out: { source: string; text?: string; error?: string }[] = [];
  const walk = (shown: string, abs: string, top: boolean): void => {
    if (fs.isDir(abs)) {
      if (!top && !recursive) return;
      for (const name of fs.list(abs) ?? []) {
        const childShown = shown.endsWith('/') ? shown + name : `${shown}/${name}`;
        const childAbs = resolvePath(abs, name);
        if (fs.isDir(childAbs)) walk(childShown, childAbs, false);
        else if (EXTENSIONS.some((e) => name.endsWith(e))) walk(childShown, childAbs, false);
      }
      return;
    }
    const text = fs.read(abs) ?? '';
    files[abs] = text;
    out.push({ source: shown, text });
  };
  for (const f of filenames) {
    if (f === '-') {
      out.push({ source: 'STDIN', text: k.ctx.stdin });
      continue;
    }
    if (/^https?:\/\//.test(f)) {
      const text = knownManifest(f);
      if (text !== undefined) out.push({ source: f, text });
      else {
        const host = f.replace(/^https?:\/\//, '').split(/[/:?#]/)[0];
        out.push({ source: f, error: `Unable to connect to the server: dial tcp: lookup ${host} on 127.0.0.53:53: no such host` });
      }
      continue;
    }
    const abs = resolvePath(cwd, f);
    if (!fs.exists(abs)) throw new KubectlError(`the path "${f}" does not exist`);
    walk(f, abs, true);
  }
  return out;
}

/** Checks a decoded document the way kubectl's schema check does before sending it. */
function objectsOf(source: string, doc: unknown, validate = true): { objs: KubeObject[]; error?: string } {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    const t = Array.isArray(doc) ? 'array' : typeof doc === 'string' ? 'string' : typeof doc === 'number' ? 'number' : 'bool';
    return { objs: [], error: `error parsing ${source}: json: cannot unmarshal ${t} into Go value of type map[string]interface {}` };
  }
  const o = doc as KubeObject;
  const missing = [...(o.apiVersion ? [] : ['apiVersion not set']), ...(o.kind ? [] : ['kind not set'])];
  // With --validate=false the decoder is the first to notice.
  if (!validate && !o.kind) return { objs: [], error: `unable to decode "${source}": Object 'Kind' is missing in '${JSON.stringify(o)}'` };
  if (missing.length && validate) {
    const what = missing.length === 1 ? missing[0] : `[${missing.join(', ')}]`;
    return { objs: [], error: `error validating "${source}": error validating data: ${what}; if you choose to ignore these errors, turn validation off with --validate=false` };
  }
  if (/List$/.test(o.kind) && Array.isArray(o.items)) {
    const objs: KubeObject[] = [];
    for (const item of o.items) {
      const r = objectsOf(source, item, validate);
      if (r.error) return { objs, error: r.error };
      objs.push(...r.objs);
    }
    return { objs };
  }
  // kubectl reads names through unstructured accessors, which see nothing in a `metadata` that
  // is not a map: such an object has no name, and the API server says so.
  if (o.metadata === null || typeof o.metadata !== 'object' || Array.isArray(o.metadata)) o.metadata = {};
  return { objs: [o] };
}

/** Reads every `-f` source. Throws KubectlError when a path does not exist. */
export function readManifests(k: KubectlContext, filenames: string[], recursive = false, validate = true): ManifestResult {
  const files: Record<string, string> = {};
  const result: ManifestResult = { items: [], errors: [], files };
  for (const s of sources(k, filenames, recursive, files)) {
    if (s.error) {
      result.errors.push(s.error);
      continue;
    }
    const { docs, error } = parseManifestStream(s.text ?? '');
    for (const d of docs) {
      const r = objectsOf(s.source, d, validate);
      for (const obj of r.objs) result.items.push({ source: s.source, obj });
      if (r.error) result.errors.push(r.error);
    }
    if (error) result.errors.push(`error parsing ${s.source}: ${error}`);
  }
  return result;
}
