// kubectl's JSONPath template parser (k8s.io/client-go/util/jsonpath/parser.go): text and
// `{…}` actions with fields, indexes, slices, `*`, `..`, unions, filters, range/end and literals.

export type Node =
  | { t: 'text'; v: string }
  | { t: 'list'; nodes: PathNode[] }
  | { t: 'range'; path: PathNode[]; body: Node[] };

export type PathNode =
  | { t: 'root' }
  | { t: 'field'; name: string }
  | { t: 'wildcard' }
  | { t: 'recursive' }
  | { t: 'array'; start?: number; end?: number; step?: number; index: boolean }
  | { t: 'union'; branches: PathNode[][] }
  | { t: 'filter'; left: PathNode[] | Literal; op: string; right?: PathNode[] | Literal }
  | { t: 'literal'; v: string };

export type Literal = { lit: string | number | boolean | null };

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
