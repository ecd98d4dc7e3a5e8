// `kubectl explain TYPE[.field…]`: the schema of a kind (or a field of it) in kubectl's plaintext
// layout — GROUP/KIND/VERSION, FIELD, DESCRIPTION, FIELDS — and `--recursive` field trees.

import { handlerFor } from '../../../api/kinds/index.js';
import { resolveResource, type ResourceType } from '../../../api/resources.js';
import type { Schema } from '../../../api/schema/types.js';
import { KubectlError, type Verb } from '../types.js';
import { help } from './help/explain.js';

type Descriptions = Record<string, Record<string, string>>;

async function loadDescriptions(group: string): Promise<Descriptions> {
  try {
    switch (group) {
      case '':
        return (await import('../../../api/schema/generated/core.descriptions.js')).default;
      case 'apps':
        return (await import('../../../api/schema/generated/apps.descriptions.js')).default;
      case 'discovery.k8s.io':
        return (await import('../../../api/schema/generated/discovery.descriptions.js')).default;
      case 'networking.k8s.io':
        return (await import('../../../api/schema/generated/networking.descriptions.js')).default;
    }
  } catch {
    // No descriptions generated for this group: fields print without text.
  }
  return {};
}

/** Some generated entries carry a code preamble; the doc text is the last `* ` paragraph. */
function clean(text: string | undefined): string {
  if (!text) return '';
  const i = text.lastIndexOf('\n    * ');
  return text.includes('Openapi Generator') && i >= 0 ? text.slice(i + 7).trim() : text.trim();
}

/** The type as explain prints it: `<string>`, `<[]Container>`, `<map[string]string>`, `<ObjectMeta>`. */
export function typeName(s: Schema): string {
  switch (s.type) {
    case 'object':
      return s.goType ?? 'Object';
    case 'array':
      return `[]${typeName(s.items)}`;
    case 'map':
      return `map[string]${typeName(s.values)}`;
    case 'int-or-string':
      return 'IntOrString';
    case 'quantity':
      return 'Quantity';
    case 'time':
      return 'string';
    case 'any':
      return 'Object';
    default:
      return s.type;
  }
}

/** Word-wraps the text at `width` characters (as kubectl's explain template does), each line indented. */
function wrap(text: string, indent: number, width = 78): string {
  const pad = ' '.repeat(indent);
  const out: string[] = [];
  for (const para of text.split('\n')) {
    let line = '';
    for (const word of para.split(/ +/)) {
      if (line && line.length + 1 + word.length > width) {
        out.push(pad + line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    out.push(line ? pad + line : '');
  }
  return out.join('\n') + '\n';
}

/** The object schema a field's type leads to (through arrays and maps). */
function objectOf(s: Schema): Extract<Schema, { type: 'object' }> | undefined {
  if (s.type === 'object') return s;
  if (s.type === 'array') return objectOf(s.items);
  if (s.type === 'map') return objectOf(s.values);
  return undefined;
}

function recursiveFields(s: Schema, depth: number): string {
  const obj = objectOf(s);
  if (!obj) return '';
  let out = '';
  for (const name of Object.keys(obj.fields).sort()) {
    const f = obj.fields[name]!;
    out += `${'  '.repeat(depth)}${name}\t<${typeName(f)}>${obj.required?.includes(name) ? ' -required-' : ''}\n`;
    out += recursiveFields(f, depth + 1);
  }
  return out;
}

function header(rt: ResourceType): string {
  return (rt.group ? `GROUP:      ${rt.group}\n` : '') + `KIND:       ${rt.kind}\nVERSION:    ${rt.version}\n\n`;
}

export const explain: Verb = {
  name: 'explain',
  short: 'Get documentation for a resource',
  group: 'Basic Commands (Intermediate):',
  help,
  flags: [
    { name: 'api-version', type: 'string', usage: 'Use given api-version (group/version) of the resource.' },
    { name: 'output', short: 'o', type: 'string', default: 'plaintext', usage: 'Format in which to render the schema.' },
    { name: 'recursive', type: 'bool', usage: 'When true, print the name of all the fields recursively.' },
  ],
  async run(k, f) {
    if (!f.args.length) throw new KubectlError('You must specify the type of resource to explain. Use "kubectl api-resources" for a complete list of supported resources.');
    if (f.args.length > 1) throw new KubectlError(`We accept only this format: explain RESOURCE`);
    const out = String(f.values.output);
    if (out !== 'plaintext' && out !== 'plaintext-openapiv2') throw new KubectlError(`unsupported output format: ${out}`);
    const [typed, ...path] = f.args[0]!.split('.');
    const rt = resolveResource(typed!);
    if (!rt) throw new KubectlError(`the server doesn't have a resource type "${typed}"`);
    const root = handlerFor(rt.kind)?.schema;
    if (!root) throw new KubectlError(`couldn't find resource for "${rt.kind}"`);
    const descs = await loadDescriptions(rt.group);
    const descOf = (obj: Schema | undefined, field?: string) => {
      const o = obj && objectOf(obj);
      return clean(o?.id ? descs[o.id]?.[field ?? ''] : undefined) || (field === undefined ? clean(o?.description) : '');
    };
    let text = header(rt);
    let cur: Schema = root;
    let parent: Schema | undefined;
    let fieldName: string | undefined;
    for (const p of path) {
      const obj = objectOf(cur);
      const next = obj?.fields[p];
      if (!next) throw new KubectlError(`field "${p}" does not exist`);
      parent = cur;
      fieldName = p;
      cur = next;
    }
    if (fieldName !== undefined) {
      text += `FIELD: ${fieldName} <${typeName(cur)}>\n`;
      const en = (cur as any).enum as string[] | undefined;
      if (en?.length) text += `ENUM:\n${en.map((e) => `    ${e}\n`).join('')}`;
      text += '\n';
    }
    const description = fieldName !== undefined ? descOf(parent, fieldName) || descOf(cur) : descOf(cur);
    text += `DESCRIPTION:\n${wrap(description, 4)}    \n`;
    const obj = objectOf(cur);
    if (obj && Object.keys(obj.fields).length) {
      text += 'FIELDS:\n';
      if (f.values.recursive) text += recursiveFields(cur, 1);
      else
        for (const name of Object.keys(obj.fields).sort()) {
          const fs = obj.fields[name]!;
          text += `  ${name}\t<${typeName(fs)}>${obj.required?.includes(name) ? ' -required-' : ''}\n`;
          const en = (fs as any).enum as string[] | undefined;
          if (en?.length) text += `  enum: ${en.join(', ')}\n`;
          const d = descOf(obj, name);
          text += d ? wrap(d, 4) : '';
          text += '\n';
        }
    }
    k.out(text);
    return 0;
  },
};
