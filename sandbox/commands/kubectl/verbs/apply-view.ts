// `kubectl apply view-last-applied TYPE/NAME|-f FILE [-o yaml|json]`: prints the configuration
// the last `kubectl apply` recorded on each object.

import type { ParsedFlags } from '../flags.js';
import { toJson } from '../printers/json.js';
import { toYaml } from '../printers/yaml.js';
import { KubectlError, type KubectlContext, type Verb } from '../types.js';
import { APPLY_VIEW_LAST_APPLIED } from './help/apply-view-last-applied.js';
import { FILENAME_FLAG, RECURSIVE_FLAG, SELECTOR_FLAG, reportErrors } from './util/common.js';
import { LAST_APPLIED } from './util/lastapplied.js';
import { resolveTargets } from './util/targets.js';

function run(k: KubectlContext, f: ParsedFlags): number {
  const format: string = f.values.output || 'yaml';
  if (format !== 'yaml' && format !== 'json') throw new KubectlError(`unexpected -o output mode: ${format}, the flag 'output' must be one of yaml|json`);
  if (!f.args.length && !f.values.filename.length) throw new KubectlError('You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   \'-f rsrc.yaml\'\n   \'--filename=rsrc.json\'\n   \'<resource> <name>\'\n   \'<resource>\'');
  const { targets, errors } = resolveTargets(k, f, f.args, { selectable: true });
  if (errors.length) return reportErrors(k, errors);
  for (const t of targets) {
    const text = t.obj.metadata.annotations?.[LAST_APPLIED];
    if (!text) throw new KubectlError(`no last-applied-configuration annotation found on resource: ${t.name}`);
    const value = JSON.parse(text);
    k.out(format === 'json' ? toJson(value) : toYaml(value));
  }
  return 0;
}

export const applyViewLastApplied: Verb = {
  name: 'view-last-applied',
  short: 'View the latest last-applied-configuration annotations of a resource/object',
  help: APPLY_VIEW_LAST_APPLIED,
  flags: [FILENAME_FLAG, RECURSIVE_FLAG, SELECTOR_FLAG, { name: 'all', type: 'bool', usage: 'Select all resources in the namespace of the specified resource types' }, { name: 'output', short: 'o', type: 'string', default: 'yaml', usage: 'Output format. Must be one of (yaml, json)' }],
  run,
};
