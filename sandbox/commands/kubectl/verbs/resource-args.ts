// What the read verbs share: turning `svc,ep`, `pods a b`, `deploy/web svc/web` and `all` into
// resource requests as kubectl's resource builder does, and fetching them with -l/--field-selector.

import { StatusError } from '../../../api/errors.js';
import { parseSelector, SelectorParseError, type Requirement } from '../../../api/labels.js';
import { RESOURCES, groupVersion, resolveResource, type ResourceType } from '../../../api/resources.js';
import { SUPPORTED_FIELD_SELECTORS, type FieldRequirement } from '../../../api/server.js';
import type { KubeObject } from '../../../api/types.js';
import { KubectlError, type KubectlContext } from '../types.js';

export interface ResourceRequest {
  rt: ResourceType;
  /** Names asked for; empty means "list". */
  names: string[];
}

export interface ParsedArgs {
  requests: ResourceRequest[];
  /** More than one type was asked for (names get `kind/` prefixes). */
  multipleTypes: boolean;
  /** Exactly one object was named (kubectl prints it alone, not in a List). */
  singleItem: boolean;
}

/** One typed resource (`po`, `deployments.apps`) or category (`all`) to the types it names. */
export function resolveType(typed: string): ResourceType[] {
  // The `all` category, in the order discovery lists it.
  if (typed === 'all') {
    return ['pods', 'services', 'daemonsets.apps', 'deployments.apps', 'replicasets.apps']
      .map((n) => resolveResource(n)!)
      .filter((r) => RESOURCES.includes(r) && r.categories.includes('all'));
  }
  const rt = resolveResource(typed);
  if (!rt) throw new KubectlError(`the server doesn't have a resource type "${typed}"`);
  return [rt];
}

/** Parses `TYPE[,TYPE…] [NAME…]` or `TYPE/NAME…` the way kubectl's builder does. */
export function parseResourceArgs(args: string[], verb: string): ParsedArgs {
  const slashed = args.filter((a) => a.includes('/'));
  if (slashed.length) {
    if (slashed.length !== args.length)
      throw new KubectlError(
        `there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl ${verb} resource/<resource_name>' instead of 'kubectl ${verb} resource resource/<resource_name>'`,
      );
    const requests: ResourceRequest[] = [];
    for (const a of args) {
      const i = a.indexOf('/');
      const typed = a.slice(0, i), name = a.slice(i + 1);
      if (!typed || !name) throw new KubectlError('arguments in resource/name form must have a single resource and name');
      const [rt] = resolveType(typed);
      const last = requests[requests.length - 1];
      if (last && last.rt === rt) last.names.push(name);
      else requests.push({ rt: rt!, names: [name] });
    }
    const types = new Set(requests.map((r) => r.rt));
    return { requests, multipleTypes: types.size > 1, singleItem: args.length === 1 };
  }
  const [typesArg, ...names] = args;
  const types: ResourceType[] = [];
  for (const t of typesArg!.split(',')) {
    if (t === '') continue;
    for (const rt of resolveType(t)) if (!types.includes(rt)) types.push(rt);
  }
  return {
    requests: types.map((rt) => ({ rt, names: [...names] })),
    multipleTypes: types.length > 1 || typesArg === 'all',
    singleItem: types.length === 1 && names.length === 1,
  };
}

export function labelSelector(text: string | undefined): Requirement[] | undefined {
  if (!text) return undefined;
  try {
    return parseSelector(text);
  } catch (e) {
    if (e instanceof SelectorParseError) throw new KubectlError(e.message);
    throw e;
  }
}

/** `a=b,c!=d,e==f`. */
export function fieldSelector(text: string | undefined): FieldRequirement[] | undefined {
  if (!text) return undefined;
  return text.split(',').map((part) => {
    const m = part.match(/^([^=!]+)(==|=|!=)(.*)$/);
    if (!m) throw new KubectlError(`invalid selector: '${text}'; can't understand '${part}'`);
    return { field: m[1]!.trim(), op: m[2] === '!=' ? '!=' : '=', value: m[3]!.trim() };
  });
}

/** The API server rejects field selectors its type does not index. */
export function checkFieldSelector(rt: ResourceType, fs: FieldRequirement[] | undefined, labelText: string, fieldText: string): void {
  for (const f of fs ?? []) {
    const ok = ['metadata.name', 'metadata.namespace'].includes(f.field) || (SUPPORTED_FIELD_SELECTORS[rt.kind] ?? []).includes(f.field);
    if (!ok) {
      const gv = groupVersion(rt);
      const res = `"${gv.includes('/') ? gv : '/' + gv}, Resource=${rt.plural}"`;
      throw new StatusError('BadRequest', `Unable to find ${res} that match label selector "${labelText}", field selector "${fieldText}": field label not supported: ${f.field}`);
    }
  }
}

export interface FetchOptions {
  namespace: string | undefined;
  labelText?: string;
  fieldText?: string;
}

/** Lists one resource type (namespace undefined = all namespaces) with the selectors. */
export function listObjects(k: KubectlContext, rt: ResourceType, o: FetchOptions): KubeObject[] {
  const ls = labelSelector(o.labelText);
  const fs = fieldSelector(o.fieldText);
  checkFieldSelector(rt, fs, o.labelText ?? '', o.fieldText ?? '');
  return [...k.cluster.api.list(rt, rt.namespaced ? o.namespace : undefined, { labelSelector: ls, fieldSelector: fs })];
}

export const ENDPOINTS_WARNING = 'Warning: v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice\n';
