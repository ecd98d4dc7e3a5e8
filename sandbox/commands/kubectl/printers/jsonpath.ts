// kubectl's JSONPath (k8s.io/client-go/util/jsonpath): templates of text and `{…}` actions with
// fields, indexes and slices, `[*]`, `..` recursion, unions, filters `[?(@.a=="x")]`,
// `{range …}{end}` and string literals, with client-go's error wording.

import { goJsonString } from './json.js';

type Node =
  | { t: 'text'; v: string }
  | { t: 'list'; nodes: PathNode[] }
  | { t: 'range'; path: PathNode[]; body: Node[] };

type PathNode =
  | { t: 'root' }
  | { t: 'field'; name: string }
  | { t: 'wildcard' }
  | { t: 'recursive' }
  | { t: 'array'; start?: number; end?: number; step?: number; index: boolean }
  | { t: 'union'; branches: PathNode[][] }
  | { t: 'filter'; left: PathNode[] | Literal; op: string; right?: PathNode[] | Literal }
  | { t: 'literal'; v: string };

type Literal = { lit: string | number | boolean | null };

export class JsonPathError extends Error {}

/** Parses a template. Throws JsonPathError with client-go's message (`unclosed action` …). */
export function parseJsonPath(text: string): Node[] {
  const root: Node[] = [];
  const stack: Node[][] = [root];
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('{', i);
    if (open < 0) {
      stack[stack.length - 1]!.push({ t: 'text', v: text.slice(i) });
      break;
    }
    if (open > i) stack[stack.length - 1]!.push({ t: 'text', v: text.slice(i, open) });
    const close = findClose(text, open + 1);
    if (close < 0) throw new JsonPathError('unclosed action');
    const inner = text.slice(open + 1, close).trim();
    i = close + 1;
    if (inner === 'end') {
      if (stack.length === 1) throw new JsonPathError('not in range, nothing to end');
      stack.pop();
      continue;
    }
    if (inner.startsWith('range ') || inner === 'range') {
      const node: Node = { t: 'range', path: parsePath(inner.slice(5).trim()), body: [] };
      stack[stack.length - 1]!.push(node);
      stack.push(node.body);
      continue;
    }
    stack[stack.length - 1]!.push({ t: 'list', nodes: parsePath(inner) });
  }
  return root;
}

function findClose(s: string, from: number): number {
  let quote = '';
  for (let i = from; i < s.length; i++) {
    const c = s[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '}') return i;
  }
  return -1;
}

function unquote(q: string): string {
  const body = q.slice(1, -1);
  return body.replace(/\\(.)/g, (_, c) => ({ n: '\n', t: '\t', r: '\r', '\\': '\\', '"': '"', "'": "'" })[c as string] ?? c);
}

/** Parses the inside of an action: `.a.b[0]`, `..name`, `$.x`, `"literal"`, `@.a`. */
function parsePath(s: string): PathNode[] {
  const out: PathNode[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s[i]!;
    if (c === ' ' || c === '\t') {
      i++;
      continue;
    }
    if (c === '$') {
      out.push({ t: 'root' });
      i++;
    } else if (c === '@') {
      // `@` is the current element: the path continues from it.
      i++;
    } else if (c === '"' || c === "'") {
      const end = findQuoteEnd(s, i);
      if (end < 0) throw new JsonPathError(`unterminated quoted string`);
      out.push({ t: 'literal', v: unquote(s.slice(i, end + 1)) });
      i = end + 1;
    } else if (c === '.') {
      if (s[i + 1] === '.') {
        out.push({ t: 'recursive' });
        i += 2;
        continue;
      }
      i++;
      if (s[i] === '*') {
        out.push({ t: 'wildcard' });
        i++;
        continue;
      }
      // Field names run to the next terminator; `\.` keeps a dot inside a name.
      let name = '';
      let j = i;
      for (; j < s.length && !'.[] ,$@{}'.includes(s[j]!); j++) {
        if (s[j] === '\\' && s[j + 1] === '.') j++;
        name += s[j];
      }
      if (name) out.push({ t: 'field', name });
      i = j;
    } else if (c === '[') {
      const end = findBracketEnd(s, i);
      if (end < 0) throw new JsonPathError('unterminated array');
      out.push(parseBracket(s.slice(i + 1, end)));
      i = end + 1;
    } else if (c === ',') {
      // `{.a,.b}`: a union of whole paths.
      const rest = parsePath(s.slice(i + 1));
      return [{ t: 'union', branches: [out.splice(0), rest] }];
    } else if (/[A-Za-z_]/.test(c)) {
      let j = i;
      while (j < s.length && /[\w-]/.test(s[j]!)) j++;
      out.push({ t: 'field', name: s.slice(i, j) });
      i = j;
    } else throw new JsonPathError(`unrecognized character in action: U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} '${c}'`);
  }
  return out;
}

function findQuoteEnd(s: string, i: number): number {
  const q = s[i];
  for (let j = i + 1; j < s.length; j++) {
    if (s[j] === '\\') j++;
    else if (s[j] === q) return j;
  }
  return -1;
}

function findBracketEnd(s: string, i: number): number {
  let depth = 0;
  for (let j = i; j < s.length; j++) {
    const c = s[j]!;
    if (c === '"' || c === "'") {
      j = findQuoteEnd(s, j);
      if (j < 0) return -1;
    } else if (c === '[') depth++;
    else if (c === ']' && --depth === 0) return j;
  }
  return -1;
}

function parseBracket(inner: string): PathNode {
  const s = inner.trim();
  if (s === '*') return { t: 'wildcard' };
  if (s.startsWith('?')) {
    const m = s.match(/^\?\((.*)\)$/s);
    if (!m) throw new JsonPathError(`unclosed filter`);
    return parseFilter(m[1]!.trim());
  }
  const parts = splitTop(s, ',');
  if (parts.length > 1) return { t: 'union', branches: parts.map((p) => [parseBracket(p)]) };
  if (s.startsWith("'") || s.startsWith('"')) return { t: 'field', name: unquote(s) };
  if (/^-?\d*(:-?\d*){0,2}$/.test(s) && s !== '') {
    const nums = s.split(':').map((x) => (x.trim() === '' ? undefined : parseInt(x, 10)));
    if (nums.length === 1) return { t: 'array', start: nums[0], end: nums[0]! + 1, index: true };
    return { t: 'array', start: nums[0], end: nums[1], step: nums[2], index: false };
  }
  // `[name]` and `[.a.b]` select fields by path.
  return { t: 'union', branches: [parsePath(s.startsWith('.') ? s : '.' + s)] };
}

function splitTop(s: string, sep: string): string[] {
  const out: string[] = [];
  let cur = '';
  let q = '';
  for (const c of s) {
    if (q) {
      if (c === q) q = '';
    } else if (c === '"' || c === "'") q = c;
    else if (c === sep) {
      out.push(cur.trim());
      cur = '';
      continue;
    }
    cur += c;
  }
  out.push(cur.trim());
  return out;
}

function parseFilter(s: string): PathNode {
  const m = s.match(/^(.*?)\s*(==|!=|<=|>=|<|>|=~)\s*(.*)$/s);
  const operand = (x: string): PathNode[] | Literal => {
    x = x.trim();
    if (x.startsWith('@') || x.startsWith('$')) return parsePath(x);
    if (x.startsWith('"') || x.startsWith("'")) return { lit: unquote(x) };
    if (x === 'true' || x === 'false') return { lit: x === 'true' };
    if (x === 'null' || x === 'nil') return { lit: null };
    if (/^-?\d+(\.\d+)?$/.test(x)) return { lit: Number(x) };
    throw new JsonPathError(`unrecognized character in action: U+${x.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} '${x[0]}'`);
  };
  if (!m) return { t: 'filter', left: operand(s), op: 'exists' };
  return { t: 'filter', left: operand(m[1]!), op: m[2]!, right: operand(m[3]!) };
}

export interface ExecOptions {
  allowMissingKeys?: boolean;
}

/** Executes a parsed template against `data`, returning the printed text. */
export function executeJsonPath(nodes: Node[], data: unknown, opts: ExecOptions = {}): string {
  const allowMissing = opts.allowMissingKeys ?? true;
  let out = '';
  const walk = (list: Node[], cur: unknown) => {
    for (const n of list) {
      if (n.t === 'text') out += n.v;
      else if (n.t === 'list') out += printResults(evalPath(n.nodes, cur, data, allowMissing));
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
