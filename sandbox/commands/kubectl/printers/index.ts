// kubectl's `-o` handling shared by every verb that prints objects (get, create/apply -o yaml,
// events…): the output flags, format validation, and the generic printers (yaml, json, name,
// jsonpath, custom-columns, go-template). Tables live in table.ts.

import type { KubeObject } from '../../../api/types.js';
import { resolvePath } from '../../../fs/types.js';
import type { FlagSpec } from '../flags.js';
import { KubectlError, type KubectlContext } from '../types.js';
import { parseCustomColumns, parseCustomColumnsFile, printCustomColumns } from './custom-columns.js';
import { executeGoTemplate, GoTemplateError } from './go-template.js';
import { toJson } from './json.js';
import { executeJsonPath, goSyntax, JsonPathError, parseJsonPath } from './jsonpath.js';
import { printNames } from './name.js';
import { toYaml } from './yaml.js';

export { toYaml } from './yaml.js';
export { toJson } from './json.js';
export { objectName } from './name.js';
export { printTable, tableRows, type TableOptions } from './table.js';

const GENERIC_FORMATS = ['go-template', 'go-template-file', 'json', 'jsonpath', 'jsonpath-as-json', 'jsonpath-file', 'name', 'template', 'templatefile', 'yaml'];
const HUMAN_FORMATS = ['custom-columns', 'custom-columns-file', 'wide'];

/** The `-o` flag's usage line for a verb that also prints tables (get) or only objects (create). */
export function outputUsage(table: boolean): string {
  const f = table
    ? 'json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file, custom-columns, custom-columns-file, wide'
    : 'json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file';
  return `Output format. One of: (${f}).`;
}

/** `-o`, `--template`, `--allow-missing-template-keys`, `--show-managed-fields`. */
export function outputFlags(opts: { table?: boolean } = {}): FlagSpec[] {
  return [
    { name: 'output', short: 'o', type: 'string', usage: outputUsage(!!opts.table) },
    { name: 'template', type: 'string', usage: 'Template string or path to template file to use when -o=go-template, -o=go-template-file.' },
    { name: 'allow-missing-template-keys', type: 'bool', default: true, usage: 'If true, ignore any errors in templates when a field or map key is missing in the template.' },
    { name: 'show-managed-fields', type: 'bool', usage: 'If true, keep the managedFields when printing objects in JSON or YAML format.' },
  ];
}

export interface PrintSpec {
  /** `yaml`, `json`, `name`, `jsonpath`, `custom-columns`, … (without the `=template` part). */
  format: string;
  /** The part after `=`, or --template. */
  template: string;
  allowMissingKeys: boolean;
  showManagedFields: boolean;
  noHeaders: boolean;
}

/** Splits `-o jsonpath={.x}` into format and template, and checks the format is known. */
export function printSpec(values: Record<string, any>, opts: { table?: boolean } = {}): PrintSpec {
  const raw: string = values.output ?? '';
  const eq = raw.indexOf('=');
  const format = eq >= 0 ? raw.slice(0, eq) : raw;
  const template = eq >= 0 ? raw.slice(eq + 1) : (values.template ?? '');
  const allowed = opts.table ? [...GENERIC_FORMATS, ...HUMAN_FORMATS].sort() : GENERIC_FORMATS;
  if (format !== '' && !allowed.includes(format))
    throw new KubectlError(`unable to match a printer suitable for the output format "${raw}", allowed formats are: ${allowed.join(',')}`);
  const spec = {
    format,
    template,
    allowMissingKeys: values['allow-missing-template-keys'] ?? true,
    showManagedFields: !!values['show-managed-fields'],
    noHeaders: !!values['no-headers'],
  };
  if (['jsonpath', 'jsonpath-as-json', 'jsonpath-file', 'go-template', 'go-template-file', 'template', 'templatefile'].includes(format) && !template)
    throw new KubectlError('template format specified but no template given');
  return spec;
}

/** True for the formats handled here rather than by the table printer. */
export function isGenericOutput(spec: PrintSpec): boolean {
  return spec.format !== '' && spec.format !== 'wide';
}

function stripManaged(o: KubeObject, keep: boolean): KubeObject {
  if (keep || !o.metadata?.managedFields) return o;
  const { managedFields: _m, ...meta } = o.metadata;
  return { ...o, metadata: meta };
}

/** The `v1 List` kubectl wraps several objects (or a list request) in. */
export function asList(objs: KubeObject[]): Record<string, unknown> {
  return { apiVersion: 'v1', items: objs, kind: 'List', metadata: { resourceVersion: '' } };
}

function readTemplateFile(k: KubectlContext, path: string): string {
  const text = k.ctx.fs.read(resolvePath(k.ctx.cwd, path));
  if (text === undefined) throw new KubectlError(`error reading --template ${path}, open ${path}: no such file or directory`);
  return text;
}

/**
 * Prints objects in a generic format. `single` is kubectl's "single item implied" (one object
 * named, e.g. `get pod web`): then the object prints alone, otherwise inside a List.
 */
export function printGeneric(k: KubectlContext, objs: KubeObject[], spec: PrintSpec, opts: { single?: boolean; sortKeys?: boolean } = {}): void {
  const items = objs.map((o) => stripManaged(o, spec.showManagedFields));
  const data: unknown = opts.single && items.length === 1 ? items[0] : asList(items);
  switch (spec.format) {
    case 'yaml':
      k.out(toYaml(data));
      return;
    case 'json':
      k.out(toJson(data, { sortKeys: opts.sortKeys ?? true }));
      return;
    case 'name':
      k.out(printNames(items));
      return;
    case 'custom-columns':
    case 'custom-columns-file': {
      const cols = spec.format === 'custom-columns' ? parseCustomColumns(spec.template) : parseCustomColumnsFile(readTemplateFile(k, spec.template));
      k.out(printCustomColumns(items, cols, spec.noHeaders));
      return;
    }
    case 'jsonpath':
    case 'jsonpath-file':
    case 'jsonpath-as-json': {
      const tpl = spec.format === 'jsonpath-file' ? readTemplateFile(k, spec.template) : spec.template;
      let nodes;
      try {
        nodes = parseJsonPath(tpl);
      } catch (e) {
        if (e instanceof JsonPathError) throw new KubectlError(`error parsing jsonpath ${tpl}, ${e.message}`);
        throw e;
      }
      try {
        k.out(executeJsonPath(nodes, data, { allowMissingKeys: spec.allowMissingKeys, asJson: spec.format === 'jsonpath-as-json' }));
      } catch (e) {
        if (!(e instanceof JsonPathError)) throw e;
        throw new KubectlError(
          `error executing jsonpath ${JSON.stringify(tpl)}: Error executing template: ${e.message}. Printing more information for debugging the template:\n` +
            `\ttemplate was:\n\t\t${tpl}\n\tobject given to jsonpath engine was:\n\t\t${goSyntax(data)}\n\n`,
        );
      }
      return;
    }
    case 'go-template':
    case 'go-template-file':
    case 'template':
    case 'templatefile': {
      const tpl = spec.format.endsWith('file') ? readTemplateFile(k, spec.template) : spec.template;
      try {
        k.out(executeGoTemplate(tpl, data, { allowMissingKeys: spec.allowMissingKeys }));
      } catch (e) {
        if (e instanceof GoTemplateError) throw new KubectlError(e.message);
        throw e;
      }
      return;
    }
  }
}

/**
 * For verbs that print what they wrote (`create … -o yaml`, `apply -o name`): prints the objects
 * when `-o` was given and returns true; returns false when the caller should print its own
 * success message. Typed objects keep their field order in JSON (`sortKeys: false`).
 */
export function printResult(k: KubectlContext, objects: KubeObject[], values: Record<string, any>, opts: { single?: boolean; sortKeys?: boolean } = {}): boolean {
  const spec = printSpec(values);
  if (!isGenericOutput(spec)) return false;
  printGeneric(k, objects, spec, { single: opts.single ?? objects.length === 1, sortKeys: opts.sortKeys });
  return true;
}
