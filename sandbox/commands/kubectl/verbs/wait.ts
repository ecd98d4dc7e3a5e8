// `kubectl wait --for=condition=X|delete|create|jsonpath='{…}'=V TYPE/NAME [--timeout]`: passes
// cluster time until every object meets the condition, then prints `pod/web condition met`.

import { qualifiedName, kindPrefix } from '../../../api/resources.js';
import type { KubeObject } from '../../../api/types.js';
import type { ParsedFlags } from '../flags.js';
import { findResults, JsonPathError } from '../printers/jsonpath.js';
import { KubectlError, type KubectlContext, type Verb } from '../types.js';
import { WAIT } from './help/wait.js';
import { NO_RESOURCES, ALL_NS_FLAG, FILENAME_FLAG, SELECTOR_FLAG, reportErrors } from './util/common.js';
import { resolveTargets } from './util/targets.js';

type Check = (obj: KubeObject | undefined, uid: string | undefined) => boolean;

function jsonpathText(v: unknown): string {
  if (v === null || v === undefined) return '';
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
}

/** Parses --for into a predicate over the live object (undefined when gone). */
export function parseFor(spec: string): Check {
  if (spec === 'delete') return (o, uid) => !o || o.metadata.uid !== uid;
  if (spec === 'create') return (o) => !!o;
  if (spec.startsWith('condition=')) {
    const rest = spec.slice('condition='.length);
    const i = rest.indexOf('=');
    const type = i >= 0 ? rest.slice(0, i) : rest;
    const want = i >= 0 ? rest.slice(i + 1) : 'true';
    return (o) => !!o && (o.status?.conditions ?? []).some((c: any) => c.type.toLowerCase() === type.toLowerCase() && String(c.status).toLowerCase() === want.toLowerCase());
  }
  if (spec.startsWith('jsonpath=')) {
    const rest = spec.slice('jsonpath='.length);
    const m = /^(\{.*\})(?:=(.*))?$/s.exec(rest) ?? /^([^=]*)(?:=(.*))?$/s.exec(rest);
    let path = m?.[1] ?? '';
    if (!path.startsWith('{')) path = `{${path}}`;
    const want = m?.[2];
    try {
      findResults(path, {});
    } catch (e) {
      if (e instanceof JsonPathError) throw new KubectlError(`unrecognized condition: "${spec}"`);
      throw e;
    }
    return (o) => {
      if (!o) return false;
      const vals = findResults(path, o, true).flat();
      if (!vals.length) return false;
      return want === undefined ? true : vals.some((v) => jsonpathText(v) === want);
    };
  }
  throw new KubectlError(`unrecognized condition: "${spec}"`);
}

function run(k: KubectlContext, f: ParsedFlags): number {
  if (!f.args.length && !f.values.filename.length) throw new KubectlError(NO_RESOURCES);
  const check = parseFor(f.values.for);
  const isDelete = f.values.for === 'delete';
  const isCreate = f.values.for === 'create';
  const { targets, errors, empty } = resolveTargets(k, f, f.args, { selectable: true, allNamespaces: f.values['all-namespaces'], ignoreNotFound: isDelete || isCreate });
  if (errors.length) return reportErrors(k, errors);
  if (empty || (!targets.length && !isDelete && !isCreate)) throw new KubectlError('no matching resources found');
  // Negative means "a week" to kubectl; the sandbox stops passing time after ten minutes.
  const timeout: number = f.values.timeout < 0 ? 600000 : f.values.timeout;
  const failures: unknown[] = [];
  for (const t of targets) {
    const live = () => k.cluster.store.get(qualifiedName(t.rt), t.rt.namespaced ? t.ns : undefined, t.name);
    const ok = timeout > 0 ? k.cluster.waitUntil(() => check(live(), t.obj.metadata.uid), timeout) : check(live(), t.obj.metadata.uid);
    if (ok) k.out(`${kindPrefix(t.rt)}/${t.name} condition met\n`);
    else failures.push(new KubectlError(`timed out waiting for the condition on ${qualifiedName(t.rt)}/${t.name}`));
  }
  return reportErrors(k, failures);
}

export const wait: Verb = {
  name: 'wait',
  short: 'Experimental: Wait for a specific condition on one or many resources',
  group: 'Advanced Commands:',
  help: WAIT,
  flags: [
    { name: 'for', type: 'string', usage: "The condition to wait on: [create|delete|condition=condition-name[=condition-value]|jsonpath='{JSONPath expression}'=[JSONPath value]]." },
    { name: 'timeout', type: 'duration', default: 30000, usage: 'The length of time to wait before giving up.  Zero means check once and don\'t wait, negative means wait for a week.' },
    { name: 'all', type: 'bool', usage: 'Select all resources in the namespace of the specified resource types' },
    { name: 'local', type: 'bool', usage: 'If true, annotation will NOT contact api-server but run locally.' },
    { name: 'field-selector', type: 'string', usage: 'Selector (field query) to filter on.' },
    { name: 'output', short: 'o', type: 'string', usage: 'Output format.' },
    FILENAME_FLAG,
    SELECTOR_FLAG,
    ALL_NS_FLAG,
  ],
  run,
};
