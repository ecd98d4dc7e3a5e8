// kubectl's JSONPath evaluator (k8s.io/client-go/util/jsonpath): runs parsed templates over objects —
// fields, indexes and slices, `[*]`, `..` recursion, unions, filters `[?(@.a=="x")]`,
// `{range …}{end}` and string literals, with client-go's error wording.

import { goJsonString, toJson } from './json.js';
import { JsonPathError, parseJsonPath, type Literal, type Node, type PathNode } from './jsonpath-parse.js';

export { JsonPathError, parseJsonPath } from './jsonpath-parse.js';

export interface ExecOptions {
  allowMissingKeys?: boolean;
  /** `-o jsonpath-as-json`: each action's results as an indented JSON array. */
  asJson?: boolean;
}

/** Executes a parsed template against `data`, returning the printed text. */
export function executeJsonPath(nodes: Node[], data: unknown, opts: ExecOptions = {}): string {
  const allowMissing = opts.allowMissingKeys ?? true;
  let out = '';
  const walk = (list: Node[], cur: unknown) => {
    for (const n of list) {
      if (n.t === 'text') out += opts.asJson ? toJson([n.v]) : n.v;
      else if (n.t === 'list') {
        const vals = evalPath(n.nodes, cur, data, allowMissing);
        out += opts.asJson ? toJson(vals) : printResults(vals);
      }
      else for (const item of evalPath(n.path, cur, data, allowMissing)) walk(n.body, item);
    }
  };
  walk(nodes, data);
  return out;
}

/** Finds the values a path selects (used by custom-columns and --sort-by). */
export function findResults(path: string, data: unknown, allowMissingKeys = true): unknown[][] {
  return parseJsonPath(path)
    .filter((n): n is Extract<Node, { t: 'list' }> => n.t === 'list')
    .map((n) => evalPath(n.nodes, data, data, allowMissingKeys));
}

function isObj(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function evalPath(nodes: PathNode[], cur: unknown, root: unknown, allowMissing: boolean): unknown[] {
  let vals: unknown[] = [cur];
  for (const n of nodes) vals = step(n, vals, root, allowMissing);
  return vals;
}

function step(n: PathNode, input: unknown[], root: unknown, allowMissing: boolean): unknown[] {
  switch (n.t) {
    case 'root':
      return [root];
    case 'literal':
      return [n.v];
    case 'field': {
      if (!input.length) return [];
      const res = input.filter(isObj).filter((v) => Object.prototype.hasOwnProperty.call(v, n.name)).map((v) => v[n.name]);
      if (!res.length && !allowMissing) throw new JsonPathError(`${n.name} is not found`);
      return res;
    }
    case 'wildcard':
      return input.flatMap((v) => (Array.isArray(v) ? v : isObj(v) ? Object.keys(v).sort().map((k) => v[k]) : []));
    case 'recursive': {
      const out: unknown[] = [];
      const rec = (v: unknown) => {
        out.push(v);
        if (Array.isArray(v)) v.forEach(rec);
        else if (isObj(v)) Object.keys(v).sort().forEach((k) => rec(v[k]));
      };
      input.forEach(rec);
      return out;
    }
    case 'array': {
      const out: unknown[] = [];
      for (const v of input) {
        if (v === null || v === undefined) continue;
        if (!Array.isArray(v)) throw new JsonPathError(`${goType(v)} is not array or slice`);
        const len = v.length;
        let start = n.start ?? 0;
        let end = n.end;
        if (start < 0) start += len;
        if (end === undefined) end = len;
        else if (end < 0 || (end === 0 && n.index)) end += len;
        if (end === start) continue;
        if (start >= len || start < 0) throw new JsonPathError(`array index out of bounds: index ${start}, length ${len}`);
        if (end > len || end < 0) throw new JsonPathError(`array index out of bounds: index ${end - 1}, length ${len}`);
        if (start > end) throw new JsonPathError(`starting index ${start} is greater than ending index ${end}`);
        const stepBy = n.step ?? 1;
        if (stepBy <= 0) throw new JsonPathError('step must be > 0');
        for (let i = start; i < end; i += stepBy) out.push(v[i]);
      }
      return out;
    }
    case 'union':
      return n.branches.flatMap((b) => input.flatMap((v) => evalPath(b, v, root, allowMissing)));
    case 'filter': {
      const out: unknown[] = [];
      for (const v of input) {
        const items = Array.isArray(v) ? v : [];
        for (const item of items) {
          const side = (x: PathNode[] | Literal | undefined) =>
            x === undefined ? [] : Array.isArray(x) ? evalPath(x, item, root, true) : [x.lit];
          const l = side(n.left);
          if (n.op === 'exists') {
            if (l.length && l[0] !== undefined) out.push(item);
            continue;
          }
          const r = side(n.right);
          if (l.length && r.length && compare(l[0], n.op, r[0])) out.push(item);
        }
      }
      return out;
    }
  }
}

function compare(a: unknown, op: string, b: unknown): boolean {
  if (op === '==') return a === b || (typeof a === 'number' && typeof b === 'number' && a === b);
  if (op === '!=') return a !== b;
  if (op === '=~') return typeof a === 'string' && new RegExp(String(b)).test(a);
  if (typeof a !== typeof b || (typeof a !== 'number' && typeof a !== 'string')) return false;
  const x = a as number | string, y = b as number | string;
  return op === '<' ? x < y : op === '>' ? x > y : op === '<=' ? x <= y : x >= y;
}

function goType(v: unknown): string {
  if (isObj(v)) return 'map[string]interface {}';
  if (typeof v === 'string') return 'string';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int64' : 'float64';
  if (typeof v === 'boolean') return 'bool';
  return 'interface {}';
}

/** Prints one action's results: text for scalars, compact JSON for maps and arrays, space-separated. */
export function printResults(vals: unknown[]): string {
  return vals.map((v) => valueText(v)).join(' ');
}

export function valueText(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'object') return compactJson(v);
  return String(v);
}

function compactJson(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return '[' + v.map(compactJson).join(',') + ']';
  if (typeof v === 'object') {
    const keys = Object.keys(v as object).filter((k) => (v as any)[k] !== undefined).sort();
    return '{' + keys.map((k) => goJsonString(k) + ':' + compactJson((v as any)[k])).join(',') + '}';
  }
  if (typeof v === 'string') return goJsonString(v);
  return String(v);
}

/** Go's `%#v` of an unstructured value, as kubectl shows the object in jsonpath errors. */
export function goSyntax(v: unknown): string {
  if (v === null || v === undefined) return 'interface {}(nil)';
  if (Array.isArray(v)) return '[]interface {}{' + v.map(goSyntax).join(', ') + '}';
  if (typeof v === 'object') {
    const keys = Object.keys(v as object).filter((k) => (v as any)[k] !== undefined).sort();
    return 'map[string]interface {}{' + keys.map((k) => `${JSON.stringify(k)}:${goSyntax((v as any)[k])}`).join(', ') + '}';
  }
  if (typeof v === 'string') return JSON.stringify(v);
  return String(v);
}
