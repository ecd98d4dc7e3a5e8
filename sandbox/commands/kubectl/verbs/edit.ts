// `kubectl edit TYPE NAME`: opens the object as YAML in the host's editor (CommandContext.editText)
// and replaces it with the saved text. Without an editor hook it fails as kubectl does when
// $KUBE_EDITOR / $EDITOR (default `vi`) cannot be started.

import { StatusError } from '../../../api/errors.js';
import type { KubeObject } from '../../../api/types.js';
import type { ParsedFlags } from '../flags.js';
import { yamlToJson, ManifestParseError } from '../manifest/yaml.js';
import { toYaml } from '../printers/yaml.js';
import { KubectlError, type KubectlContext, type Verb } from '../types.js';
import { EDIT } from './help/edit.js';
import { NO_RESOURCES, FILENAME_FLAG, OUTPUT_FLAG, printResult, reportErrors } from './util/common.js';
import { resolveTargets } from './util/targets.js';

const HEADER = `# Please edit the object below. Lines beginning with a '#' will be ignored,
# and an empty file will abort the edit. If an error occurs while saving this file will be
# reopened with the relevant failures.
#
`;

/** The text without kubectl's comment lines, as it compares before and after. */
function stripComments(text: string): string {
  return text
    .split('\n')
    .filter((l) => !l.startsWith('#'))
    .join('\n');
}

async function run(k: KubectlContext, f: ParsedFlags): Promise<number> {
  if (!f.args.length && !f.values.filename.length) throw new KubectlError(NO_RESOURCES);
  const { targets, errors } = resolveTargets(k, f, f.args);
  if (errors.length) return reportErrors(k, errors);
  const editor = k.ctx.env.KUBE_EDITOR || k.ctx.env.EDITOR || 'vi';
  if (!k.ctx.editText) throw new KubectlError(`unable to launch the editor "${editor}"`);
  const failures: unknown[] = [];
  let n = 0;
  for (const t of targets) {
    const path = `/tmp/kubectl-edit-${String(++n).padStart(10, '0')}.yaml`;
    const original = HEADER + toYaml(t.obj);
    const saved = await k.ctx.editText(path, original);
    if (saved === undefined || stripComments(saved) === stripComments(original)) {
      k.err('Edit cancelled, no changes made.\n');
      continue;
    }
    if (!stripComments(saved).trim()) {
      k.err('Edit cancelled, saved file was empty.\n');
      continue;
    }
    try {
      let obj: KubeObject;
      try {
        obj = yamlToJson(stripComments(saved)) as KubeObject;
      } catch (e) {
        if (e instanceof ManifestParseError) throw new KubectlError(`${e.message}`);
        throw e;
      }
      const result = k.cluster.api.update(obj);
      printResult(k, result, t.rt, 'edited', f.values.output ?? '', 'none');
    } catch (e) {
      if (!(e instanceof StatusError) && !(e instanceof KubectlError)) throw e;
      k.ctx.fs.write(path, saved);
      k.err(`error: ${t.rt.group ? `${t.rt.plural}.${t.rt.group}` : t.rt.plural} "${t.name}" is invalid\nA copy of your changes has been stored to "${path}"\n`);
      failures.push(e);
    }
  }
  k.cluster.reconcile();
  return reportErrors(k, failures);
}

export const edit: Verb = {
  name: 'edit',
  short: 'Edit a resource on the server',
  group: 'Basic Commands (Intermediate):',
  help: EDIT,
  flags: [
    FILENAME_FLAG,
    OUTPUT_FLAG,
    { name: 'output-patch', type: 'bool', usage: 'Output the patch if the resource is edited.' },
    { name: 'save-config', type: 'bool', usage: 'If true, the configuration of current object will be saved in its annotation.' },
    { name: 'validate', type: 'string', default: 'strict', noOptDefVal: 'strict', usage: 'Must be one of: strict (or true), warn, ignore (or false).' },
    { name: 'windows-line-endings', type: 'bool', usage: 'Defaults to the line ending native to your platform.' },
    { name: 'field-manager', type: 'string', usage: 'Name of the manager used to track field ownership.' },
    { name: 'subresource', type: 'string', usage: 'If specified, edit will operate on the subresource of the requested object.' },
  ],
  run,
};
