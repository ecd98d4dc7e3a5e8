// Which objects a verb acts on: `TYPE NAME…`, `TYPE/NAME…`, `-f FILE`, or `TYPE -l SEL` / `--all`,
// fetched from the API server with per-object errors kept for the end (ContinueOnError).

import { StatusError } from '../../../../api/errors.js';
import { parseSelector, SelectorParseError } from '../../../../api/labels.js';
import type { ResourceType } from '../../../../api/resources.js';
import type { KubeObject } from '../../../../api/types.js';
import type { ParsedFlags } from '../../flags.js';
import { readManifests } from '../../manifest/read.js';
import { KubectlError, type KubectlContext } from '../../types.js';
import { namespaceFor, resourceArgs, withSource } from './common.js';

export interface Target {
  rt: ResourceType;
  ns: string | undefined;
  name: string;
  obj: KubeObject;
  /** The file it came from, for `error when … "app.yaml"`. */
  source?: string;
}

export interface Targets {
  targets: Target[];
  errors: unknown[];
  /** Set when a selector or --all matched nothing. */
  empty: boolean;
}

export interface TargetOptions {
  /** Allow `TYPE` alone with -l or --all. */
  selectable?: boolean;
  allNamespaces?: boolean;
  ignoreNotFound?: boolean;
  /** For -f: wrap lookup errors as `error when <verb> "file": …` (delete sends without a GET first). */
  sourceVerb?: string;
}

/** The label selector from `-l`, with kubectl's parse error. */
export function selectorOf(f: ParsedFlags) {
  try {
    return f.values.selector ? parseSelector(f.values.selector) : undefined;
  } catch (e) {
    if (e instanceof SelectorParseError) throw new KubectlError(e.message);
    throw e;
  }
}

export function resolveTargets(k: KubectlContext, f: ParsedFlags, args: string[], opts: TargetOptions = {}): Targets {
  const out: Targets = { targets: [], errors: [], empty: false };
  const api = k.cluster.api;
  const filenames: string[] = f.values.filename ?? [];
  if (filenames.length) {
    const { items, errors } = readManifests(k, filenames, f.values.recursive);
    out.errors.push(...errors.map((m) => new KubectlError(m)));
    for (const { obj, source } of items) {
      try {
        const rt = api.typeOf(obj);
        const ns = namespaceFor(k, obj, rt);
        const live = api.get(rt, ns, obj.metadata.name ?? '');
        out.targets.push({ rt, ns, name: live.metadata.name!, obj: live, source });
      } catch (e) {
        if (opts.ignoreNotFound && e instanceof StatusError && e.reason === 'NotFound') continue;
        out.errors.push(opts.sourceVerb ? withSource(e, opts.sourceVerb, source) : e);
      }
    }
    return out;
  }
  const { args: named, typeOnly } = resourceArgs(args);
  const selector = selectorOf(f);
  if (typeOnly) {
    if (!opts.selectable || (!selector && !f.values.all)) throw new KubectlError('resource(s) were provided, but no name was specified');
    const ns = opts.allNamespaces ? undefined : k.namespace;
    for (const rt of typeOnly)
      for (const obj of api.list(rt, rt.namespaced ? ns : undefined, { labelSelector: selector })) out.targets.push({ rt, ns: obj.metadata.namespace, name: obj.metadata.name!, obj });
    out.empty = out.targets.length === 0;
    return out;
  }
  if (selector && named.length) throw new KubectlError('name cannot be provided when a selector is specified');
  for (const { rt, name } of named) {
    const ns = rt.namespaced ? k.namespace : undefined;
    try {
      out.targets.push({ rt, ns, name, obj: api.get(rt, ns, name) });
    } catch (e) {
      if (opts.ignoreNotFound && e instanceof StatusError && e.reason === 'NotFound') continue;
      out.errors.push(e);
    }
  }
  return out;
}

export { withSource };
