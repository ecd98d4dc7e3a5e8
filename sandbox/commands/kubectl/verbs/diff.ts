// `kubectl diff -f FILE`: the live objects against what `kubectl apply` would make of them
// (a server dry run), shown as GNU `diff -u -N` of two temporary directories. Exit status 0: no
// differences, 1: differences, 2: errors.

import { StatusError } from '../../../api/errors.js';
import type { KubeObject } from '../../../api/types.js';
import type { ParsedFlags } from '../flags.js';
import { readManifests } from '../manifest/read.js';
import { applyStrategicPatch, threeWayPatch } from '../patch/strategic.js';
import { toYaml } from '../printers/yaml.js';
import { KubectlError, type KubectlContext, type Verb } from '../types.js';
import { mappingError } from './apply.js';
import { DIFF } from './help/diff.js';
import { FIELD_MANAGER_FLAG, FILENAME_FLAG, RECURSIVE_FLAG, SELECTOR_FLAG, errorText, namespaceFor, withSource } from './util/common.js';
import { lastApplied, withLastApplied } from './util/lastapplied.js';
import { unifiedHunks } from './util/udiff.js';

/** `2025-09-01 09:00:00.000000000 +0000`, as GNU diff prints a file's modification time. */
function stamp(ms: number): string {
  const d = new Date(ms);
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}.${p(d.getUTCMilliseconds(), 3)}000000 +0000`;
}

/** Secret values are masked, showing only whether they changed. */
function maskSecrets(live: KubeObject | undefined, merged: KubeObject | undefined): void {
  if ((live ?? merged)?.kind !== 'Secret') return;
  const a = live?.data ?? {};
  const b = merged?.data ?? {};
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const same = a[key] === b[key];
    if (key in a) a[key] = same ? '***' : '*** (before)';
    if (key in b) b[key] = same ? '***' : '*** (after)';
  }
}

function run(k: KubectlContext, f: ParsedFlags): number {
  if (!f.values.filename.length) {
    k.err('error: must specify one of -f and -k\n');
    return 2;
  }
  const api = k.cluster.api;
  const { items, errors } = readManifests(k, f.values.filename, f.values.recursive);
  const failures: unknown[] = errors.map((m) => new KubectlError(m));
  const files: { name: string; live?: string; merged: string }[] = [];
  for (const { obj: input, source } of items) {
    try {
      let rt;
      try {
        rt = api.typeOf(input);
      } catch (e) {
        if (e instanceof StatusError) throw mappingError(input, source, e);
        throw e;
      }
      const obj = structuredClone(input);
      const ns = namespaceFor(k, obj, rt);
      if (ns) obj.metadata.namespace = ns;
      const modified = withLastApplied(obj);
      const live = api.tryGet(rt, ns, obj.metadata.name ?? '');
      let merged: KubeObject;
      try {
        merged = live ? api.update(applyStrategicPatch(live, threeWayPatch(lastApplied(live), modified, live)), { dryRun: true }) : api.create(modified, { dryRun: true });
      } catch (e) {
        throw withSource(e, live ? 'patching' : 'creating', source);
      }
      maskSecrets(live, merged);
      const name = `${rt.group ? `${rt.group}.` : ''}${rt.version}.${rt.kind}.${ns ?? ''}.${obj.metadata.name}`;
      files.push({ name, live: live && toYaml(live), merged: toYaml(merged) });
    } catch (e) {
      if (!(e instanceof StatusError) && !(e instanceof KubectlError)) throw e;
      failures.push(e);
    }
  }
  const liveDir = `/tmp/LIVE-${k.cluster.rng.u32()}`;
  const mergedDir = `/tmp/MERGED-${k.cluster.rng.u32()}`;
  let differ = false;
  // diff -r walks the directories in name order.
  for (const file of files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const hunks = unifiedHunks(file.live ?? '', file.merged);
    if (!hunks) continue;
    differ = true;
    const when = stamp(k.cluster.now);
    k.out(`diff -u -N ${liveDir}/${file.name} ${mergedDir}/${file.name}\n--- ${liveDir}/${file.name}\t${file.live === undefined ? stamp(0) : when}\n+++ ${mergedDir}/${file.name}\t${when}\n${hunks}`);
  }
  if (failures.length) {
    k.err(failures.map((e) => (e instanceof StatusError ? errorText(e) : `error: ${errorText(e)}`)).join('\n') + '\n');
    return 2;
  }
  return differ ? 1 : 0;
}

export const diff: Verb = {
  name: 'diff',
  short: 'Diff the live version against a would-be applied version',
  group: 'Advanced Commands:',
  help: DIFF,
  flags: [
    FILENAME_FLAG,
    RECURSIVE_FLAG,
    SELECTOR_FLAG,
    FIELD_MANAGER_FLAG,
    { name: 'kustomize', short: 'k', type: 'string', usage: 'Process the kustomization directory.' },
    { name: 'server-side', type: 'bool', usage: 'If true, apply runs in the server instead of the client.' },
    { name: 'force-conflicts', type: 'bool', usage: 'If true, server-side apply will force the changes against conflicts.' },
    { name: 'prune', type: 'bool', usage: 'Include resources that would be deleted by pruning.' },
    { name: 'concurrency', type: 'int', default: 1, usage: 'Number of objects to process in parallel when diffing against the live version.' },
    { name: 'show-managed-fields', type: 'bool', usage: 'If true, include managed fields in the diff.' },
  ],
  run,
};
