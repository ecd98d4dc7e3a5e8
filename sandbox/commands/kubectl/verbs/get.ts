// `kubectl get`: tables per kind (with -o wide, -A, -L, --show-labels, --sort-by), the generic
// printers (-o yaml|json|name|jsonpath|custom-columns|go-template), several types at once,
// NotFound handling and "No resources found", as kubectl v1.34 does.

import { StatusError } from '../../../api/errors.js';
import type { KubeObject } from '../../../api/types.js';
import type { FlagSpec, ParsedFlags } from '../flags.js';
import { isGenericOutput, outputFlags, printGeneric, printSpec, printTable } from '../printers/index.js';
import { relaxedJsonPath } from '../printers/custom-columns.js';
import { findResults, JsonPathError } from '../printers/jsonpath.js';
import { KubectlError, type KubectlContext, type Verb } from '../types.js';
import { help } from './help/get.js';
import { ENDPOINTS_WARNING, listObjects, parseResourceArgs, type ResourceRequest } from './resource-args.js';
import { manifestRequests } from './manifest-args.js';
import { initialWidths, streamChanges } from './get-watch.js';
import { rawGet } from './get-raw.js';
import { tableRows } from '../printers/table.js';

const FLAGS: FlagSpec[] = [
  { name: 'all-namespaces', short: 'A', type: 'bool', usage: 'If present, list the requested object(s) across all namespaces.' },
  { name: 'chunk-size', type: 'int', default: 500, usage: 'Return large lists in chunks rather than all at once.' },
  { name: 'field-selector', type: 'string', usage: 'Selector (field query) to filter on.' },
  { name: 'filename', short: 'f', type: 'stringSlice', usage: 'Filename, directory, or URL to files identifying the resource to get from a server.' },
  { name: 'ignore-not-found', type: 'bool', usage: 'If the requested object does not exist the command will return exit code 0.' },
  { name: 'kustomize', short: 'k', type: 'string', usage: 'Process the kustomization directory.' },
  { name: 'label-columns', short: 'L', type: 'stringSlice', usage: 'Accepts a comma separated list of labels that are going to be presented as columns.' },
  { name: 'no-headers', type: 'bool', usage: "When using the default or custom-column output format, don't print headers." },
  ...outputFlags({ table: true }),
  { name: 'output-watch-events', type: 'bool', usage: 'Output watch event objects when --watch or --watch-only is used.' },
  { name: 'raw', type: 'string', usage: 'Raw URI to request from the server.' },
  { name: 'recursive', short: 'R', type: 'bool', usage: 'Process the directory used in -f, --filename recursively.' },
  { name: 'selector', short: 'l', type: 'string', usage: 'Selector (label query) to filter on.' },
  { name: 'server-print', type: 'bool', default: true, usage: 'If true, have the server return the appropriate table output.' },
  { name: 'show-kind', type: 'bool', usage: 'If present, list the resource type for the requested object(s).' },
  { name: 'show-labels', type: 'bool', usage: 'When printing, show all labels as the last column.' },
  { name: 'sort-by', type: 'string', usage: 'If non-empty, sort list types using this field specification.' },
  { name: 'subresource', type: 'string', usage: 'If specified, gets the subresource of the requested object.' },
  { name: 'watch', short: 'w', type: 'bool', usage: 'After listing/getting the requested object, watch for changes.' },
  { name: 'watch-only', type: 'bool', usage: 'Watch for changes to the requested object(s), without listing/getting first.' },
];

const MISSING_TYPE =
  'You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.\n\n' +
  'error: Required resource not specified.\n' +
  'Use "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).\n' +
  "See 'kubectl get -h' for help and examples\n";

interface Group {
  req: ResourceRequest;
  objs: KubeObject[];
}

/** --sort-by: orders by the value at a JSONPath, numbers numerically, missing values first. */
export function sortObjects(objs: KubeObject[], expr: string): KubeObject[] {
  const path = relaxedJsonPath(expr);
  const keyed = objs.map((o) => {
    let v: unknown;
    try {
      v = findResults(path, o, true)[0]?.[0];
    } catch (e) {
      if (e instanceof JsonPathError) throw new KubectlError(e.message);
      throw e;
    }
    return { o, v };
  });
  if (objs.length && keyed.every((x) => x.v === undefined)) throw new KubectlError(`couldn't find any field with path "${path}" in the list of objects`);
  const rank = (v: unknown) => (v === undefined || v === null ? 0 : 1);
  return keyed
    .sort((a, b) => {
      if (rank(a.v) !== rank(b.v)) return rank(a.v) - rank(b.v);
      if (typeof a.v === 'number' && typeof b.v === 'number') return a.v - b.v;
      const x = typeof a.v === 'string' ? a.v : JSON.stringify(a.v), y = typeof b.v === 'string' ? b.v : JSON.stringify(b.v);
      return x < y ? -1 : x > y ? 1 : 0;
    })
    .map((x) => x.o);
}

async function run(k: KubectlContext, f: ParsedFlags): Promise<number> {
  const v = f.values;
  const spec = printSpec(v, { table: true });
  const filenames: string[] = v.filename ?? [];
  if (v.raw) {
    if (f.args.length) throw new KubectlError('arguments may not be passed when --raw is specified');
    k.out(rawGet(k, v.raw));
    return 0;
  }
  if (!f.args.length && !filenames.length) {
    k.err(MISSING_TYPE);
    return 1;
  }
  const allNs = !!v['all-namespaces'];
  const namespace = allNs ? undefined : k.namespace;
  const parsed = filenames.length ? manifestRequests(k, filenames, !!v.recursive) : parseResourceArgs(f.args, 'get');
  const watch = !!(v.watch || v['watch-only']);
  if (watch && parsed.requests.length > 1)
    throw new KubectlError(`watch is only supported on individual resources and resource collections, but ${parsed.requests.length} resources were found`);
  if ((v.selector || v['field-selector']) && parsed.requests.some((r) => r.names.length))
    throw new KubectlError('name cannot be provided when a selector is specified');
  if (parsed.requests.some((r) => r.rt.kind === 'Endpoints')) k.err(ENDPOINTS_WARNING);

  const errors: string[] = [];
  const groups: Group[] = [];
  const tableOpts = (g: Group) => ({
    now: k.cluster.now,
    wide: spec.format === 'wide',
    noHeaders: !!v['no-headers'],
    showLabels: !!v['show-labels'],
    labelColumns: v['label-columns'],
    withNamespace: allNs && g.req.rt.namespaced,
    withKind: parsed.multipleTypes || !!v['show-kind'],
  });
  for (const req of parsed.requests) {
    const ns = req.rt.namespaced ? namespace : undefined;
    if (!req.names.length) {
      groups.push({ req, objs: listObjects(k, req.rt, { namespace: ns, labelText: v.selector, fieldText: v['field-selector'] }) });
      continue;
    }
    const objs: KubeObject[] = [];
    for (const name of req.names) {
      try {
        objs.push(k.cluster.api.get(req.rt, ns ?? k.namespace, name));
      } catch (e) {
        if (!(e instanceof StatusError)) throw e;
        if (e.reason === 'NotFound' && v['ignore-not-found']) continue;
        if (parsed.singleItem) throw e;
        errors.push(`Error from server (${e.reason}): ${e.message}`);
      }
    }
    groups.push({ req, objs });
  }
  if (v['sort-by']) for (const g of groups) g.objs = sortObjects(g.objs, v['sort-by']);

  if (isGenericOutput(spec)) {
    const all = groups.flatMap((g) => g.objs);
    if (!(all.length === 0 && v['ignore-not-found'])) printGeneric(k, all, spec, { single: parsed.singleItem });
  } else {
    let written = false;
    let allNamespaced = !allNs;
    for (const g of groups) {
      allNamespaced &&= g.req.rt.namespaced;
      if (!g.objs.length) continue;
      const text = printTable(g.objs, g.req.rt, tableOpts(g));
      if (written && !v['no-headers']) k.out('\n');
      k.out(text);
      written = true;
    }
    if (!written && !v['ignore-not-found'] && !errors.length) {
      k.err(allNamespaced ? `No resources found in ${k.namespace} namespace.\n` : 'No resources found\n');
    }
    // A host that can stream keeps printing changes; a one-shot run stops after the list.
    if (watch && groups.length === 1) {
      const g = groups[0]!;
      const ns = g.req.rt.namespaced ? namespace : undefined;
      const list = () =>
        g.req.names.length
          ? g.req.names.flatMap((n) => k.cluster.api.tryGet(g.req.rt, ns ?? k.namespace, n) ?? [])
          : listObjects(k, g.req.rt, { namespace: ns, labelText: v.selector, fieldText: v['field-selector'] });
      await streamChanges(k, g.req.rt, list, g.objs, tableOpts(g), initialWidths(tableRows(g.objs, g.req.rt, tableOpts(g))));
    }
  }
  for (const e of errors) k.err(e + '\n');
  return errors.length ? 1 : 0;
}

export const get: Verb = {
  name: 'get',
  short: 'Display one or many resources',
  group: 'Basic Commands (Intermediate):',
  help,
  flags: FLAGS,
  run,
};
