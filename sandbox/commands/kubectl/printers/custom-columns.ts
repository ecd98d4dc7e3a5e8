// `-o custom-columns=NAME:.metadata.name,IP:.status.podIP` and `custom-columns-file`, as
// cli-runtime's CustomColumnsPrinter prints them (`<none>` for a missing value).

import type { KubeObject } from '../../../api/types.js';
import { tableText as formatTable } from './tabwriter.js';
import { KubectlError } from '../types.js';
import { findResults, JsonPathError } from './jsonpath.js';

export interface CustomColumn {
  header: string;
  path: string;
}

/** `{.a.b}` from `a.b`, `.a.b`, `{a.b}` or `{.a.b}` (RelaxedJSONPathExpression). */
export function relaxedJsonPath(expr: string): string {
  if (!expr) return expr;
  const m = expr.match(/^\{\.?([^{}]+)\}$|^\.?([^{}]+)$/);
  if (!m) throw new KubectlError("unexpected path string, expected a 'name1.name2' or '.name1.name2' or '{name1.name2}' or '{.name1.name2}'");
  return `{.${m[1] || m[2]}}`;
}

export function parseCustomColumns(spec: string): CustomColumn[] {
  if (!spec) throw new KubectlError('custom-columns format specified but no custom columns given');
  return spec.split(',').map((part) => {
    const i = part.indexOf(':');
    if (i < 0) throw new KubectlError(`unexpected custom-columns spec: ${part}, expected <header>:<json-path-expr>`);
    return { header: part.slice(0, i), path: relaxedJsonPath(part.slice(i + 1)) };
  });
}

/** `custom-columns-file`: a header line and a path line, whitespace separated. */
export function parseCustomColumnsFile(text: string): CustomColumn[] {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  if (lines.length !== 2) throw new KubectlError(`invalid template file, expected exactly two lines, found ${lines.length}`);
  const headers = lines[0]!.trim().split(/\s+/);
  const paths = lines[1]!.trim().split(/\s+/);
  if (headers.length !== paths.length) throw new KubectlError(`number of columns in the header (${headers.length}) != number of columns in the specs (${paths.length})`);
  return headers.map((h, i) => ({ header: h, path: relaxedJsonPath(paths[i]!) }));
}

/** Go's `%v` of an unstructured value. */
function goValue(v: unknown): string {
  if (v === null || v === undefined) return '<nil>';
  if (Array.isArray(v)) return '[' + v.map(goValue).join(' ') + ']';
  if (typeof v === 'object') {
    const keys = Object.keys(v as object).sort();
    return 'map[' + keys.map((k) => `${k}:${goValue((v as any)[k])}`).join(' ') + ']';
  }
  return String(v);
}

export function printCustomColumns(objs: KubeObject[], cols: CustomColumn[], noHeaders: boolean): string {
  const rows: string[][] = noHeaders ? [] : [cols.map((c) => c.header)];
  for (const o of objs) {
    rows.push(
      cols.map((c) => {
        let found: unknown[][];
        try {
          found = findResults(c.path, o, true);
        } catch (e) {
          if (e instanceof JsonPathError) throw new KubectlError(e.message);
          throw e;
        }
        const vals = found[0] ?? [];
        if (!vals.length) return '<none>';
        return vals.map(goValue).join(',');
      }),
    );
  }
  return formatTable(rows);
}
