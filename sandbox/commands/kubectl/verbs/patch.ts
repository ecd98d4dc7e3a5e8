// `kubectl patch TYPE NAME -p PATCH [--type strategic|merge|json]`: the server applies the patch
// to the live object; kubectl says `patched` or `patched (no change)`.

import { StatusError } from '../../../api/errors.js';
import { resolvePath } from '../../../fs/types.js';
import type { ParsedFlags } from '../flags.js';
import { yamlToJson, ManifestParseError } from '../manifest/yaml.js';
import { applyJsonPatch, JsonPatchError } from '../patch/jsonpatch.js';
import { applyMergePatch, deepEqual, isObject } from '../patch/merge.js';
import { applyStrategicPatch } from '../patch/strategic.js';
import { KubectlError, type KubectlContext, type Verb } from '../types.js';
import { PATCH } from './help/patch.js';
import { NO_RESOURCES, DRY_RUN_FLAG, FIELD_MANAGER_FLAG, FILENAME_FLAG, OUTPUT_FLAG, RECURSIVE_FLAG, dryRunMode, outputFormat, printResult, reportErrors } from './util/common.js';
import { resolveTargets } from './util/targets.js';

/** Applies a patch of the given type to a live object as the API server's patch handler does. */
export function patchObject(live: any, patch: unknown, type: string): any {
  switch (type) {
    case 'json':
      try {
        return applyJsonPatch(live, patch);
      } catch (e) {
        if (!(e instanceof JsonPatchError)) throw e;
        if (/cannot unmarshal/.test(e.message)) throw new StatusError('BadRequest', e.message);
        throw new StatusError('Invalid', 'the server rejected our request due to an error in our request');
      }
    case 'merge':
      if (!isObject(patch)) throw new StatusError('BadRequest', `json: cannot unmarshal ${Array.isArray(patch) ? 'array' : typeof patch} into Go value of type map[string]interface {}`);
      return applyMergePatch(live, patch);
    default:
      if (!isObject(patch)) throw new StatusError('BadRequest', `json: cannot unmarshal ${Array.isArray(patch) ? 'array' : typeof patch} into Go value of type map[string]interface {}`);
      return applyStrategicPatch(live, patch);
  }
}

function run(k: KubectlContext, f: ParsedFlags): number {
  const d = dryRunMode(f);
  const format = outputFormat(f);
  const type: string = f.values.type;
  if (!['json', 'merge', 'strategic'].includes(type)) throw new KubectlError(`--type must be one of [json merge strategic], not "${type}"`);
  let text: string = f.values.patch;
  if (f.values['patch-file']) {
    const t = k.ctx.fs.read(resolvePath(k.ctx.cwd, f.values['patch-file']));
    if (t === undefined) throw new KubectlError(`unable to read patch file: open ${f.values['patch-file']}: no such file or directory`);
    text = t;
  }
  if (!f.changed.has('patch') && !f.values['patch-file']) throw new KubectlError('must specify --patch or --patch-file containing the contents of the patch');
  let patch: unknown;
  try {
    patch = yamlToJson(text);
  } catch (e) {
    if (e instanceof ManifestParseError) throw new KubectlError(`unable to parse "${text}": ${e.message.replace(/^error converting YAML to JSON: /, '')}`);
    throw e;
  }
  if (!f.args.length && !f.values.filename.length) throw new KubectlError(NO_RESOURCES);
  const { targets, errors } = resolveTargets(k, f, f.args);
  const failures = [...errors];
  for (const t of targets) {
    try {
      const next = patchObject(t.obj, patch, type);
      // The object's identity cannot be changed by a patch.
      next.metadata = { ...next.metadata, name: t.obj.metadata.name, namespace: t.obj.metadata.namespace, uid: t.obj.metadata.uid };
      if (!t.obj.metadata.namespace) delete next.metadata.namespace;
      const result = d === 'client' ? next : k.cluster.api.update(next, { dryRun: d === 'server' });
      const same = deepEqual(result, t.obj);
      printResult(k, result, t.rt, same ? 'patched (no change)' : 'patched', format, d);
    } catch (e) {
      if (!(e instanceof StatusError) && !(e instanceof KubectlError)) throw e;
      failures.push(e);
    }
  }
  k.cluster.reconcile();
  return reportErrors(k, failures);
}

export const patch: Verb = {
  name: 'patch',
  short: 'Update fields of a resource',
  group: 'Advanced Commands:',
  help: PATCH,
  flags: [
    { name: 'patch', short: 'p', type: 'string', usage: 'The patch to be applied to the resource JSON file.' },
    { name: 'patch-file', type: 'string', usage: 'A file containing a patch to be applied to the resource.' },
    { name: 'type', type: 'string', default: 'strategic', usage: 'The type of patch being provided; one of [json merge strategic]' },
    { name: 'local', type: 'bool', usage: 'If true, patch will operate on the content of the file, not the server-side resource.' },
    { name: 'subresource', type: 'string', usage: 'If specified, patch will operate on the subresource of the requested object.' },
    FILENAME_FLAG,
    RECURSIVE_FLAG,
    DRY_RUN_FLAG,
    OUTPUT_FLAG,
    FIELD_MANAGER_FLAG,
  ],
  run,
};
