// `kubectl taint nodes NODE key=value:Effect | key:Effect- | key-`: adds, overwrites and removes
// node taints with kubectl's parsing rules and messages (tainted / untainted / modified).

import { resolveResource } from '../../../api/resources.js';
import type { KubeObject } from '../../../api/types.js';
import type { ParsedFlags } from '../flags.js';
import { KubectlError, type KubectlContext, type Verb } from '../types.js';
import { TAINT } from './help/taint.js';
import { DRY_RUN_FLAG, FIELD_MANAGER_FLAG, OUTPUT_FLAG, SELECTOR_FLAG, VALIDATE_FLAG, dryRunMode, outputFormat, printResult, reportErrors } from './util/common.js';
import { selectorOf } from './util/targets.js';

interface Taint {
  key: string;
  value?: string;
  effect?: string;
}

const EFFECTS = ['NoSchedule', 'PreferNoSchedule', 'NoExecute'];
const NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const PREFIX = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;

const NAME_MSG = "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";
const VALUE_MSG = "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";

function usage(msg: string): KubectlError {
  return new KubectlError(msg, 1, true);
}

function checkKey(key: string, spec: string): void {
  const i = key.indexOf('/');
  const name = i >= 0 ? key.slice(i + 1) : key;
  if (!NAME.test(name) || name.length > 63) throw usage(`invalid taint spec: ${spec}, ${NAME_MSG}`);
  if (i >= 0 && !PREFIX.test(key.slice(0, i))) throw usage(`invalid taint spec: ${spec}, prefix part a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')`);
}

/** taint/utils.go parseTaint. */
export function parseTaint(spec: string): Taint {
  const parts = spec.split(':');
  let key: string;
  let value: string | undefined;
  let effect: string | undefined;
  if (parts.length === 1) key = parts[0]!;
  else if (parts.length === 2) {
    effect = parts[1]!;
    if (!EFFECTS.includes(effect)) throw usage(`invalid taint effect: ${effect}, unsupported taint effect`);
    const kv = parts[0]!.split('=');
    if (kv.length > 2) throw usage(`invalid taint spec: ${spec}`);
    key = kv[0]!;
    if (kv.length === 2) {
      value = kv[1]!;
      if (!VALUE.test(value) || value.length > 63) throw usage(`invalid taint spec: ${spec}, ${VALUE_MSG}`);
    }
  } else throw usage(`invalid taint spec: ${spec}`);
  checkKey(key, spec);
  return { key, ...(value !== undefined ? { value } : {}), ...(effect ? { effect } : {}) };
}

const show = (t: Taint) => `${t.key}${t.value ? `=${t.value}` : ''}${t.effect ? `:${t.effect}` : ''}`;

function retaint(node: KubeObject, add: Taint[], remove: Taint[], overwrite: boolean): { op: string; taints: Taint[] } {
  const old: Taint[] = node.spec?.taints ?? [];
  if (!overwrite) {
    const exists = add.filter((t) => old.some((o) => o.key === t.key && o.effect === t.effect)).map((t) => t.key);
    if (exists.length) throw new KubectlError(`node ${node.metadata.name} already has ${exists.join(',')} taint(s) with same effect(s) and --overwrite is false`);
  }
  const next: Taint[] = [...add];
  for (const o of old) if (!next.some((t) => t.key === o.key && t.effect === o.effect)) next.push(o);
  const added = old.length !== next.length;
  let deleted = false;
  for (const r of remove) {
    const before = next.length;
    for (let i = next.length - 1; i >= 0; i--) if (next[i]!.key === r.key && (!r.effect || next[i]!.effect === r.effect)) next.splice(i, 1);
    if (next.length === before) throw new KubectlError(`taint ${JSON.stringify(show(r))} not found`);
    deleted = true;
  }
  return { op: (added && deleted) || overwrite ? 'modified' : added ? 'tainted' : 'untainted', taints: next };
}

function run(k: KubectlContext, f: ParsedFlags): number {
  const d = dryRunMode(f);
  const format = outputFormat(f);
  const specs = f.args.filter((a, i) => i > 0 && (a.includes('=') || a.includes(':') || a.endsWith('-')));
  const words = f.args.filter((a) => !specs.includes(a));
  if (!words.length) throw new KubectlError('one or more resources must be specified as <resource> <name>');
  if (!specs.length) throw new KubectlError('at least one taint update is required');
  const add: Taint[] = [];
  const remove: Taint[] = [];
  for (const s of specs) {
    if (s.endsWith('-')) {
      const body = s.slice(0, -1);
      const [key, effect] = body.split(':');
      if (effect !== undefined && !EFFECTS.includes(effect)) throw usage(`invalid taint effect: ${effect}, unsupported taint effect`);
      remove.push({ key: key!, ...(effect ? { effect } : {}) });
    } else {
      const t = parseTaint(s);
      if (!t.effect) throw usage(`unknown taint spec: ${s}`);
      add.push(t);
    }
  }
  const type = words[0]!.split('/')[0]!;
  const nodeRt = resolveResource(type);
  if (!nodeRt || nodeRt.kind !== 'Node') throw new KubectlError(`invalid resource type ${type}, only node types are supported`);
  const api = k.cluster.api;
  const selector = selectorOf(f);
  const names = words[0]!.includes('/') ? words.map((w) => w.split('/')[1]!) : words.slice(1);
  const nodes = f.values.all || selector ? api.list(nodeRt, undefined, { labelSelector: selector }) : names.map((n) => api.get(nodeRt, undefined, n));
  const failures: unknown[] = [];
  for (const node of nodes) {
    try {
      const { op, taints } = retaint(node, add, remove, f.values.overwrite);
      const next = structuredClone(node);
      next.spec = { ...(next.spec ?? {}), taints };
      if (!taints.length) delete next.spec.taints;
      const result = d === 'client' ? next : api.update(next, { dryRun: d === 'server' });
      printResult(k, result, nodeRt, op, format, d);
    } catch (e) {
      failures.push(e);
    }
  }
  k.cluster.reconcile();
  return reportErrors(k, failures);
}

export const taint: Verb = {
  name: 'taint',
  short: 'Update the taints on one or more nodes',
  group: 'Cluster Management Commands:',
  help: TAINT,
  flags: [
    { name: 'overwrite', type: 'bool', usage: 'If true, allow taints to be overwritten, otherwise reject taint updates that overwrite existing taints.' },
    { name: 'all', type: 'bool', usage: 'Select all nodes in the cluster' },
    SELECTOR_FLAG,
    DRY_RUN_FLAG,
    OUTPUT_FLAG,
    VALIDATE_FLAG,
    FIELD_MANAGER_FLAG,
  ],
  run,
};
