// jq's filter language: lexer and parser into a small tree (evaluated by eval.ts).

export class JqCompileError extends Error {}

export type F =
  | { t: 'id' }
  | { t: 'recurse' }
  | { t: 'lit'; v: unknown }
  | { t: 'str'; parts: (string | F)[]; format?: string }
  | { t: 'format'; name: string }
  | { t: 'field'; of: F; name: string; opt: boolean }
  | { t: 'index'; of: F; index: F; opt: boolean }
  | { t: 'slice'; of: F; from?: F; to?: F; opt: boolean }
  | { t: 'iter'; of: F; opt: boolean }
  | { t: 'try'; body: F; catch?: F }
  | { t: 'pipe'; a: F; b: F }
  | { t: 'comma'; a: F; b: F }
  | { t: 'neg'; a: F }
  | { t: 'bin'; op: string; a: F; b: F }
  | { t: 'and' | 'or' | 'alt'; a: F; b: F }
  | { t: 'assign'; op: string; lhs: F; rhs: F }
  | { t: 'array'; body?: F }
  | { t: 'object'; entries: { key: F; value?: F }[] }
  | { t: 'if'; cond: F; then: F; else?: F }
  | { t: 'as'; src: F; name: string; body: F }
  | { t: 'reduce'; src: F; name: string; init: F; update: F }
  | { t: 'foreach'; src: F; name: string; init: F; update: F; extract?: F }
  | { t: 'var'; name: string }
  | { t: 'call'; name: string; args: F[] }
  | { t: 'def'; name: string; params: string[]; body: F; rest: F };

type Tok = { k: 'num'; v: number } | { k: 'str'; parts: (string | F)[] } | { k: 'ident'; v: string } | { k: 'field'; v: string } | { k: 'var'; v: string } | { k: 'format'; v: string } | { k: 'op'; v: string } | { k: 'eof' };

const OPS = ['?//', '|=', '+=', '-=', '*=', '/=', '%=', '//=', '==', '!=', '<=', '>=', '//', '..', '|', ',', '+', '-', '*', '/', '%', '=', '<', '>', '(', ')', '[', ']', '{', '}', ':', ';', '?', '.'];
const KEYWORDS = new Set(['if', 'then', 'elif', 'else', 'end', 'and', 'or', 'as', 'reduce', 'foreach', 'try', 'catch', 'def', 'label', 'import', 'include', '__loc__']);

function syntaxError(what: string): JqCompileError {
  return new JqCompileError(`syntax error, unexpected ${what}`);
}

function lex(src: string): Tok[] {
  const toks: Tok[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === '#') {
      while (i < src.length && src[i] !== '\n') i++;
      continue;
    }
    const num = /^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/.exec(src.slice(i));
    if (num && !(c === '.' && /^\.\d/.test(src.slice(i)) && toks.length && toks[toks.length - 1]!.k !== 'op')) {
      toks.push({ k: 'num', v: Number(num[0]) });
      i += num[0].length;
      continue;
    }
    if (c === '.' && /[A-Za-z_]/.test(src[i + 1] ?? '')) {
      const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i + 1))!;
      toks.push({ k: 'field', v: m[0] });
      i += 1 + m[0].length;
      continue;
    }
    if (c === '$' || c === '@') {
      const m = /^[A-Za-z_][A-Za-z0-9_]*(::[A-Za-z_][A-Za-z0-9_]*)*/.exec(src.slice(i + 1));
      if (!m) throw syntaxError(`INVALID_CHARACTER`);
      toks.push(c === '$' ? { k: 'var', v: m[0] } : { k: 'format', v: m[0] });
      i += 1 + m[0].length;
      continue;
    }
    const id = /^[A-Za-z_][A-Za-z0-9_]*(::[A-Za-z_][A-Za-z0-9_]*)*/.exec(src.slice(i));
    if (id) {
      toks.push({ k: 'ident', v: id[0] });
      i += id[0].length;
      continue;
    }
    if (c === '"') {
      const parts: (string | F)[] = [];
      let s = '';
      let j = i + 1;
      const esc: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', '"': '"', '\\': '\\', '/': '/' };
      for (;;) {
        const ch = src[j];
        if (ch === undefined) throw syntaxError('$end');
        if (ch === '"') break;
        if (ch === '\\') {
          const n = src[j + 1];
          if (n === '(') {
            let depth = 1;
            let k = j + 2;
            let inStr = false;
            for (; k < src.length && depth; k++) {
              if (inStr) {
                if (src[k] === '\\') k++;
                else if (src[k] === '"') inStr = false;
              } else if (src[k] === '"') inStr = true;
              else if (src[k] === '(') depth++;
              else if (src[k] === ')') depth--;
            }
            if (depth) throw syntaxError('$end');
            if (s) parts.push(s);
            s = '';
            parts.push(parseJq(src.slice(j + 2, k - 1)));
            j = k;
            continue;
          }
          if (n === 'u') {
            s += String.fromCharCode(parseInt(src.slice(j + 2, j + 6), 16));
            j += 6;
            continue;
          }
          if (n === undefined || esc[n] === undefined) throw new JqCompileError(`invalid escape`);
          s += esc[n];
          j += 2;
          continue;
        }
        s += ch;
        j++;
      }
      if (s || !parts.length) parts.push(s);
      toks.push({ k: 'str', parts });
      i = j + 1;
      continue;
    }
    const op = OPS.find((o) => src.startsWith(o, i));
    if (!op) throw syntaxError('INVALID_CHARACTER');
    toks.push({ k: 'op', v: op });
    i += op.length;
  }
  toks.push({ k: 'eof' });
  return toks;
}

export function parseJq(src: string): F {
  const toks = lex(src);
  let i = 0;
  const peek = () => toks[i]!;
  const isOp = (v: string) => peek().k === 'op' && (peek() as { v: string }).v === v;
  const isKw = (v: string) => peek().k === 'ident' && (peek() as { v: string }).v === v;
  const describe = (t: Tok) => (t.k === 'eof' ? '$end' : t.k === 'op' ? `'${t.v}'` : t.k === 'ident' ? (KEYWORDS.has(t.v) ? t.v : 'IDENT') : t.k === 'num' ? 'LITERAL' : t.k === 'str' ? 'QQSTRING_START' : t.k === 'field' ? 'FIELD' : t.k === 'var' ? '$' : 'FORMAT');
  const fail = (): never => {
    throw syntaxError(describe(peek()));
  };
  const expectOp = (v: string) => (isOp(v) ? i++ : fail());
  const expectKw = (v: string) => (isKw(v) ? i++ : fail());

  const pipe = (): F => {
    if (isKw('def')) {
      i++;
      const name = peek();
      if (name.k !== 'ident') return fail();
      i++;
      const params: string[] = [];
      if (isOp('(')) {
        i++;
        for (;;) {
          const p = peek();
          if (p.k !== 'ident' && p.k !== 'var') return fail();
          params.push(p.k === 'var' ? '$' + p.v : p.v);
          i++;
          if (isOp(';')) i++;
          else break;
        }
        expectOp(')');
      }
      expectOp(':');
      const body = pipe();
      expectOp(';');
      return { t: 'def', name: name.v, params, body, rest: pipe() };
    }
    const a = comma();
    if (isKw('as')) {
      i++;
      const v = peek();
      if (v.k !== 'var') return fail();
      i++;
      expectOp('|');
      return { t: 'as', src: a, name: v.v, body: pipe() };
    }
    if (isOp('|')) {
      i++;
      return { t: 'pipe', a, b: pipe() };
    }
    return a;
  };
  const comma = (): F => {
    let a = alt();
    while (isOp(',')) {
      i++;
      a = { t: 'comma', a, b: alt() };
    }
    return a;
  };
  const alt = (): F => {
    const a = assign();
    if (isOp('//')) {
      i++;
      return { t: 'alt', a, b: alt() };
    }
    return a;
  };
  const assign = (): F => {
    const a = or();
    for (const op of ['=', '|=', '+=', '-=', '*=', '/=', '%=', '//=']) {
      if (isOp(op)) {
        i++;
        return { t: 'assign', op, lhs: a, rhs: alt() };
      }
    }
    return a;
  };
  const or = (): F => {
    let a = and();
    while (isKw('or')) {
      i++;
      a = { t: 'or', a, b: and() };
    }
    return a;
  };
  const and = (): F => {
    let a = compare();
    while (isKw('and')) {
      i++;
      a = { t: 'and', a, b: compare() };
    }
    return a;
  };
  const compare = (): F => {
    const a = additive();
    for (const op of ['==', '!=', '<=', '>=', '<', '>']) {
      if (isOp(op)) {
        i++;
        return { t: 'bin', op, a, b: additive() };
      }
    }
    return a;
  };
  const additive = (): F => {
    let a = multiplicative();
    while (isOp('+') || isOp('-')) {
      const op = (peek() as { v: string }).v;
      i++;
      a = { t: 'bin', op, a, b: multiplicative() };
    }
    return a;
  };
  const multiplicative = (): F => {
    let a = unary();
    while (isOp('*') || isOp('/') || isOp('%')) {
      const op = (peek() as { v: string }).v;
      i++;
      a = { t: 'bin', op, a, b: unary() };
    }
    return a;
  };
  const unary = (): F => {
    if (isOp('-')) {
      i++;
      return { t: 'neg', a: postfix() };
    }
    return postfix();
  };
  const suffixes = (base: F): F => {
    let f = base;
    for (;;) {
      const t = peek();
      if (t.k === 'field') {
        i++;
        f = { t: 'field', of: f, name: t.v, opt: false };
      } else if (isOp('.') && toks[i + 1]?.k === 'str') {
        i++;
        const s = peek() as { parts: (string | F)[] };
        i++;
        f = { t: 'index', of: f, index: { t: 'str', parts: s.parts }, opt: false };
      } else if (isOp('.') && toks[i + 1]?.k === 'op' && (toks[i + 1] as { v: string }).v === '[') {
        i++;
      } else if (isOp('[')) {
        i++;
        if (isOp(']')) {
          i++;
          f = { t: 'iter', of: f, opt: false };
        } else if (isOp(':')) {
          i++;
          const to = pipe();
          expectOp(']');
          f = { t: 'slice', of: f, to, opt: false };
        } else {
          const index = pipe();
          if (isOp(':')) {
            i++;
            if (isOp(']')) {
              i++;
              f = { t: 'slice', of: f, from: index, opt: false };
            } else {
              const to = pipe();
              expectOp(']');
              f = { t: 'slice', of: f, from: index, to, opt: false };
            }
          } else {
            expectOp(']');
            f = { t: 'index', of: f, index, opt: false };
          }
        }
      } else if (isOp('?')) {
        i++;
        f = { t: 'try', body: f };
      } else return f;
    }
  };
  const postfix = (): F => suffixes(term());
  const term = (): F => {
    const t = peek();
    i++;
    switch (t.k) {
      case 'num':
        return { t: 'lit', v: t.v };
      case 'str':
        return { t: 'str', parts: t.parts };
      case 'field':
        return { t: 'field', of: { t: 'id' }, name: t.v, opt: false };
      case 'var':
        return { t: 'var', name: t.v };
      case 'format':
        if (peek().k === 'str') {
          const s = peek() as { parts: (string | F)[] };
          i++;
          return { t: 'str', parts: s.parts, format: t.v };
        }
        return { t: 'format', name: t.v };
      case 'op':
        if (t.v === '.') {
          if (peek().k === 'str') {
            const s = peek() as { parts: (string | F)[] };
            i++;
            return { t: 'index', of: { t: 'id' }, index: { t: 'str', parts: s.parts }, opt: false };
          }
          return { t: 'id' };
        }
        if (t.v === '..') return { t: 'recurse' };
        if (t.v === '(') {
          const e = pipe();
          expectOp(')');
          return e;
        }
        if (t.v === '[') {
          if (isOp(']')) {
            i++;
            return { t: 'array' };
          }
          const body = pipe();
          expectOp(']');
          return { t: 'array', body };
        }
        if (t.v === '{') return object();
        break;
      case 'ident': {
        if (t.v === 'true' || t.v === 'false' || t.v === 'null') return { t: 'lit', v: t.v === 'null' ? null : t.v === 'true' };
        if (t.v === 'if') {
          const cond = pipe();
          expectKw('then');
          const then = pipe();
          const node: F = { t: 'if', cond, then };
          let cur = node;
          for (;;) {
            if (isKw('elif')) {
              i++;
              const c = pipe();
              expectKw('then');
              const next: F = { t: 'if', cond: c, then: pipe() };
              cur.else = next;
              cur = next;
            } else if (isKw('else')) {
              i++;
              cur.else = pipe();
            } else break;
          }
          expectKw('end');
          return node;
        }
        if (t.v === 'try') {
          const body = postfix();
          if (isKw('catch')) {
            i++;
            return { t: 'try', body, catch: postfix() };
          }
          return { t: 'try', body };
        }
        if (t.v === 'reduce' || t.v === 'foreach') {
          const src = postfix();
          expectKw('as');
          const v = peek();
          if (v.k !== 'var') return fail();
          i++;
          expectOp('(');
          const init = pipe();
          expectOp(';');
          const update = pipe();
          let extract: F | undefined;
          if (t.v === 'foreach' && isOp(';')) {
            i++;
            extract = pipe();
          }
          expectOp(')');
          if (t.v === 'reduce') return { t: 'reduce', src, name: v.v, init, update };
          const fe: F = { t: 'foreach', src, name: v.v, init, update };
          if (extract) fe.extract = extract;
          return fe;
        }
        if (KEYWORDS.has(t.v)) {
          i--;
          return fail();
        }
        const args: F[] = [];
        if (isOp('(')) {
          i++;
          args.push(pipe());
          while (isOp(';')) {
            i++;
            args.push(pipe());
          }
          expectOp(')');
        }
        return { t: 'call', name: t.v, args };
      }
    }
    i--;
    return fail();
  };
  const object = (): F => {
    const entries: { key: F; value?: F }[] = [];
    while (!isOp('}')) {
      const t = peek();
      let key: F;
      if (t.k === 'ident' || t.k === 'num') {
        i++;
        key = { t: 'lit', v: String(t.v) };
      } else if (t.k === 'str') {
        i++;
        key = { t: 'str', parts: t.parts };
      } else if (t.k === 'var') {
        i++;
        entries.push({ key: { t: 'lit', v: t.v }, value: { t: 'var', name: t.v } });
        if (isOp(',')) i++;
        continue;
      } else if (isOp('(')) {
        i++;
        key = pipe();
        expectOp(')');
      } else return fail();
      if (isOp(':')) {
        i++;
        entries.push({ key, value: objValue() });
      } else entries.push({ key });
      if (isOp(',')) i++;
      else if (!isOp('}')) return fail();
    }
    i++;
    return { t: 'object', entries };
  };
  // Object values bind tighter than `,` (`{a: 1, b: 2}`).
  const objValue = (): F => {
    let a = alt();
    while (isOp('|')) {
      i++;
      a = { t: 'pipe', a, b: alt() };
    }
    return a;
  };
  if (peek().k === 'eof') return { t: 'id' };
  const f = pipe();
  if (peek().k !== 'eof') fail();
  return f;
}
