// The engine behind `kubectl label` and `kubectl annotate`: parse `key=value` / `key-`, check
// --overwrite and validity, write the change, and report `labeled` / `not labeled`.

import { validateLabelKeyValue } from './labelcheck.js';
import type { ParsedFlags } from '../../flags.js';
import { KubectlError, type KubectlContext } from '../../types.js';
import { dryRunMode, outputFormat, printResult, reportErrors, withSource } from './common.js';
import { resolveTargets } from './targets.js';

export interface MetaEditSpec {
  field: 'labels' | 'annotations';
  /** `label` / `annotation`, for messages. */
  noun: string;
}

/** Splits args into resource words and `k=v` / `k-` changes. */
export function splitChanges(args: string[]): { resources: string[]; set: [string, string][]; remove: string[] } {
  const resources: string[] = [];
  const set: [string, string][] = [];
  const remove: string[] = [];
  for (const a of args) {
    if (a.includes('=')) set.push([a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)]);
    else if (a.endsWith('-') && resources.length > 0) remove.push(a.slice(0, -1));
    else resources.push(a);
  }
  return { resources, set, remove };
}

export function runMetaEdit(k: KubectlContext, f: ParsedFlags, spec: MetaEditSpec): number {
  const d = dryRunMode(f);
  const format = outputFormat(f);
  const { resources, set, remove } = splitChanges(f.args);
  if (!resources.length && !f.values.filename.length) throw new KubectlError('one or more resources must be specified as <resource> <name> or <resource>/<name>');
  if (!set.length && !remove.length && !f.values.list) throw new KubectlError(`at least one ${spec.noun} update is required`);
  for (const r of remove) if (set.some(([key]) => key === r)) throw new KubectlError(`can not both modify and remove ${spec.noun} in the same command`);
  if (spec.field === 'labels') for (const [key, v] of set) validateLabelKeyValue(key, v);
  const { targets, errors, empty } = resolveTargets(k, f, resources, { selectable: true, allNamespaces: f.values['all-namespaces'] });
  const failures = [...errors];
  if (empty && !errors.length) {
    k.err(`No resources found in ${k.namespace} namespace.\n`);
    return 0;
  }
  for (const t of targets) {
    const obj = structuredClone(t.obj);
    const before = { ...(obj.metadata[spec.field] ?? {}) } as Record<string, string>;
    const after: Record<string, string> = { ...before };
    if (!f.values.overwrite) {
      const clash = set.filter(([key, v]) => key in before && before[key] !== v);
      if (clash.length) {
        failures.push(
          new KubectlError(
            spec.field === 'labels'
              ? `'${clash[0]![0]}' already has a value (${before[clash[0]![0]]}), and --overwrite is false`
              : `--overwrite is false but found the following declared annotation(s): ${clash.map(([key]) => `'${key}' already has a value (${before[key]})`).join('; ')}`,
          ),
        );
        continue;
      }
    }
    if (f.values['resource-version'] && f.values['resource-version'] !== obj.metadata.resourceVersion) obj.metadata.resourceVersion = f.values['resource-version'];
    for (const [key, v] of set) after[key] = v;
    for (const r of remove) delete after[r];
    const changed = JSON.stringify(before) !== JSON.stringify(after);
    if (Object.keys(after).length) obj.metadata[spec.field] = after;
    else delete obj.metadata[spec.field];
    let result = obj;
    if (changed && d !== 'client') {
      try {
        result = k.cluster.api.update(obj, { dryRun: d === 'server' });
      } catch (e) {
        failures.push(t.source ? withSource(e, 'labeling', t.source) : e);
        continue;
      }
    }
    let msg: string;
    if (spec.field === 'annotations') msg = 'annotated';
    else if (!changed) msg = 'not labeled';
    else msg = !f.values.overwrite && Object.keys(after).length < Object.keys(before).length ? 'unlabeled' : 'labeled';
    printResult(k, result, t.rt, msg, format, d);
  }
  k.cluster.reconcile();
  return reportErrors(k, failures);
}

