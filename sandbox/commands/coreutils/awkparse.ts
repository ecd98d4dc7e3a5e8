// Parses awk programs into a small tree (used by awk.ts).

export class AwkSyntaxError extends Error {}

export type Node =
  | { t: 'num'; v: number }
  | { t: 'str'; v: string }
  | { t: 'regex'; v: string }
  | { t: 'var'; name: string }
  | { t: 'field'; index: Node }
  | { t: 'index'; name: string; keys: Node[] }
  | { t: 'in'; key: Node; name: string }
  | { t: 'assign'; op: string; target: Node; value: Node }
  | { t: 'incr'; target: Node; delta: number; prefix: boolean }
  | { t: 'unary'; op: string; arg: Node }
  | { t: 'bin'; op: string; a: Node; b: Node }
  | { t: 'cond'; c: Node; a: Node; b: Node }
  | { t: 'call'; name: string; args: Node[] }
  | { t: 'print' | 'printf'; args: Node[]; redirect?: { append: boolean; file: Node } }
  | { t: 'if'; c: Node; then: Node[]; else?: Node[] }
  | { t: 'while'; c: Node; body: Node[] }
  | { t: 'for'; init?: Node; c?: Node; step?: Node; body: Node[] }
  | { t: 'forin'; var: string; arr: string; body: Node[] }
  | { t: 'next' }
  | { t: 'exit'; code?: Node }
  | { t: 'delete'; name: string; key?: Node }
  | { t: 'block'; body: Node[] };

export interface Program {
  begin: Node[][];
  end: Node[][];
  rules: { pattern?: Node; body?: Node[] }[];
}

type Tok = { k: 'num'; v: number } | { k: 'str'; v: string } | { k: 'regex'; v: string } | { k: 'name'; v: string } | { k: 'op'; v: string } | { k: 'nl' } | { k: 'eof' };

const OPS = ['+=', '-=', '*=', '/=', '%=', '^=', '==', '<=', '>=', '!=', '++', '--', '&&', '||', '>>', '!~', '{', '}', '(', ')', '[', ']', ';', ',', '+', '-', '*', '/', '%', '^', '!', '>', '<', '|', '?', ':', '~', '$', '='];
const BUILTIN_FUNCS = new Set(['length', 'substr', 'index', 'split', 'sub', 'gsub', 'match', 'toupper', 'tolower', 'sprintf', 'int', 'sqrt']);

function tokenize(src: string): Tok[] {
  const toks: Tok[] = [];
  let i = 0;
  const regexAllowed = () => {
    const last = toks[toks.length - 1];
    if (!last || last.k === 'nl') return true;
    if (last.k === 'op') return !([')', ']', '$'].includes(last.v) || last.v === '++' || last.v === '--');
    return false;
  };
  while (i < src.length) {
    const c = src[i]!;
    if (c === ' ' || c === '\t' || (c === '\\' && src[i + 1] === '\n')) {
      i += c === '\\' ? 2 : 1;
      continue;
    }
    if (c === '\n') {
      toks.push({ k: 'nl' });
      i++;
      continue;
    }
    if (c === '#') {
      while (i < src.length && src[i] !== '\n') i++;
      continue;
    }
    const n = /^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/.exec(src.slice(i));
    if (n) {
      toks.push({ k: 'num', v: Number(n[0]) });
      i += n[0].length;
      continue;
    }
    const id = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i));
    if (id) {
      toks.push({ k: 'name', v: id[0] });
      i += id[0].length;
      continue;
    }
    if (c === '"') {
      let s = '';
      let j = i + 1;
      const esc: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', '"': '"', '/': '/' };
      for (; j < src.length && src[j] !== '"'; j++) {
        if (src[j] === '\\' && j + 1 < src.length) s += esc[src[++j]!] ?? '\\' + src[j];
        else s += src[j];
      }
      if (j >= src.length) throw new AwkSyntaxError('runaway string constant "' + s.slice(0, 10) + ' ...');
      toks.push({ k: 'str', v: s });
      i = j + 1;
      continue;
    }
    if (c === '/' && regexAllowed()) {
      let j = i + 1;
      let s = '';
      for (; j < src.length && src[j] !== '/'; j++) {
        if (src[j] === '\\' && src[j + 1] === '/') {
          s += '/';
          j++;
        } else if (src[j] === '\n') break;
        else s += src[j];
      }
      if (src[j] !== '/') throw new AwkSyntaxError('runaway regular expression /' + s.slice(0, 10) + ' ...');
      toks.push({ k: 'regex', v: s });
      i = j + 1;
      continue;
    }
    const op = OPS.find((o) => src.startsWith(o, i));
    if (!op) throw new AwkSyntaxError(`syntax error at source line 1\n context is\n\t>>> ${src.slice(i, i + 10)} <<<`);
    toks.push({ k: 'op', v: op });
    i += op.length;
  }
  toks.push({ k: 'eof' });
  return toks;
}

export function parseAwk(src: string): Program {
  const toks = tokenize(src);
  let i = 0;
  const peek = () => toks[i]!;
  const isOp = (v: string, t = peek()) => t.k === 'op' && t.v === v;
  const isName = (v: string, t = peek()) => t.k === 'name' && t.v === v;
  const err = (): never => {
    const t = peek();
    throw new AwkSyntaxError(`syntax error at source line 1 near ${t.k === 'eof' ? 'end of program' : 'v' in t ? String(t.v) : 'newline'}`);
  };
  const expect = (v: string) => (isOp(v) ? i++ : err());
  const skipNl = () => {
    while (peek().k === 'nl' || isOp(';')) i++;
  };
  const skipNewlines = () => {
    while (peek().k === 'nl') i++;
  };

  const block = (): Node[] => {
    expect('{');
    const body: Node[] = [];
    skipNl();
    while (!isOp('}')) {
      if (peek().k === 'eof') err();
      body.push(stmt());
      skipNl();
    }
    i++;
    return body;
  };
  const simpleOrBlock = (): Node[] => {
    skipNewlines();
    if (isOp('{')) return block();
    const s = stmt();
    if (isOp(';')) i++;
    return [s];
  };
  const stmt = (): Node => {
    const t = peek();
    if (isOp('{')) return { t: 'block', body: block() };
    if (t.k === 'name') {
      if (t.v === 'print' || t.v === 'printf') {
        i++;
        const args: Node[] = [];
        const parens = isOp('(') && (() => {
          // `print (a, b)` vs `print (a) b`: only a closing paren before the end means grouping.
          let depth = 0;
          for (let j = i; j < toks.length; j++) {
            const x = toks[j]!;
            if (x.k === 'op' && x.v === '(') depth++;
            if (x.k === 'op' && x.v === ')' && --depth === 0) {
              const nx = toks[j + 1]!;
              return nx.k === 'eof' || nx.k === 'nl' || (nx.k === 'op' && [';', '}', '>', '>>', '|'].includes(nx.v));
            }
          }
          return false;
        })();
        if (parens) i++;
        const end = () => peek().k === 'nl' || peek().k === 'eof' || isOp(';') || isOp('}') || isOp('>') || isOp('>>') || isOp('|') || (parens && isOp(')'));
        if (!end()) {
          args.push(expr(!parens));
          while (isOp(',')) {
            i++;
            skipNewlines();
            args.push(expr(!parens));
          }
        }
        if (parens) expect(')');
        const node: Node = { t: t.v, args };
        if (isOp('>') || isOp('>>')) {
          const append = (peek() as { v: string }).v === '>>';
          i++;
          node.redirect = { append, file: primary() };
        }
        return node;
      }
      if (t.v === 'if') {
        i++;
        expect('(');
        const c = expr();
        expect(')');
        const then = simpleOrBlock();
        const save = i;
        skipNl();
        if (isName('else')) {
          i++;
          return { t: 'if', c, then, else: simpleOrBlock() };
        }
        i = save;
        return { t: 'if', c, then };
      }
      if (t.v === 'while') {
        i++;
        expect('(');
        const c = expr();
        expect(')');
        return { t: 'while', c, body: simpleOrBlock() };
      }
      if (t.v === 'for') {
        i++;
        expect('(');
        const a = toks[i];
        const b = toks[i + 1];
        const c = toks[i + 2];
        if (a?.k === 'name' && b?.k === 'name' && b.v === 'in' && c?.k === 'name') {
          i += 3;
          expect(')');
          return { t: 'forin', var: a.v, arr: c.v, body: simpleOrBlock() };
        }
        const node: Node = { t: 'for', body: [] };
        if (!isOp(';')) node.init = expr();
        expect(';');
        if (!isOp(';')) node.c = expr();
        expect(';');
        if (!isOp(')')) node.step = expr();
        expect(')');
        node.body = simpleOrBlock();
        return node;
      }
      if (t.v === 'next') {
        i++;
        return { t: 'next' };
      }
      if (t.v === 'exit') {
        i++;
        const end = peek().k === 'nl' || peek().k === 'eof' || isOp(';') || isOp('}');
        return end ? { t: 'exit' } : { t: 'exit', code: expr() };
      }
      if (t.v === 'delete') {
        i++;
        const n = peek();
        if (n.k !== 'name') return err();
        i++;
        if (isOp('[')) {
          i++;
          const key = expr();
          expect(']');
          return { t: 'delete', name: n.v, key };
        }
        return { t: 'delete', name: n.v };
      }
    }
    return expr();
  };

  const expr = (noGt = false): Node => ternary(noGt);
  const ternary = (noGt: boolean): Node => {
    const c = or(noGt);
    if (isOp('?')) {
      i++;
      const a = ternary(noGt);
      expect(':');
      return { t: 'cond', c, a, b: ternary(noGt) };
    }
    if (peek().k === 'op' && ['=', '+=', '-=', '*=', '/=', '%=', '^='].includes((peek() as { v: string }).v) && (c.t === 'var' || c.t === 'field' || c.t === 'index')) {
      const op = (peek() as { v: string }).v;
      i++;
      return { t: 'assign', op, target: c, value: ternary(noGt) };
    }
    return c;
  };
  const binLevel = (ops: string[], next: (noGt: boolean) => Node) => (noGt: boolean): Node => {
    let a = next(noGt);
    for (;;) {
      const t = peek();
      if (t.k !== 'op' || !ops.includes(t.v) || (noGt && t.v === '>')) return a;
      i++;
      if (t.v === '&&' || t.v === '||') skipNewlines();
      a = { t: 'bin', op: t.v, a, b: next(noGt) };
    }
  };
  const concat = (noGt: boolean): Node => {
    let a = additive(noGt);
    for (;;) {
      const t = peek();
      const starts = t.k === 'num' || t.k === 'str' || (t.k === 'name' && !['in', 'else'].includes(t.v)) || (t.k === 'op' && ['$', '(', '!', '-', '+', '++', '--'].includes(t.v));
      if (!starts || (t.k === 'op' && (t.v === '-' || t.v === '+'))) return a;
      a = { t: 'bin', op: 'concat', a, b: additive(noGt) };
    }
  };
  const unaryNode = (): Node => {
    const t = peek();
    if (t.k === 'op' && (t.v === '!' || t.v === '-' || t.v === '+')) {
      i++;
      return { t: 'unary', op: t.v, arg: unaryNode() };
    }
    return power();
  };
  const power = (): Node => {
    const a = postfix();
    if (isOp('^')) {
      i++;
      return { t: 'bin', op: '^', a, b: unaryNode() };
    }
    return a;
  };
  const multiplicative = binLevel(['*', '/', '%'], () => unaryNode());
  const additive = binLevel(['+', '-'], multiplicative);
  const comparison = (noGt: boolean): Node => {
    let a = concat(noGt);
    const t = peek();
    if (t.k === 'op' && ['<', '<=', '>', '>=', '==', '!='].includes(t.v) && !(noGt && t.v === '>')) {
      i++;
      a = { t: 'bin', op: t.v, a, b: concat(noGt) };
    }
    return a;
  };
  const match = binLevel(['~', '!~'], comparison);
  const inExpr = (noGt: boolean): Node => {
    let a = match(noGt);
    while (isName('in')) {
      i++;
      const n = peek();
      if (n.k !== 'name') return err();
      i++;
      a = { t: 'in', key: a, name: n.v };
    }
    return a;
  };
  const and = binLevel(['&&'], inExpr);
  const or = binLevel(['||'], and);
  const postfix = (): Node => {
    if (isOp('++') || isOp('--')) {
      const delta = (peek() as { v: string }).v === '++' ? 1 : -1;
      i++;
      return { t: 'incr', target: primary(), delta, prefix: true };
    }
    const p = primary();
    if ((isOp('++') || isOp('--')) && (p.t === 'var' || p.t === 'field' || p.t === 'index')) {
      const delta = (peek() as { v: string }).v === '++' ? 1 : -1;
      i++;
      return { t: 'incr', target: p, delta, prefix: false };
    }
    return p;
  };
  const primary = (): Node => {
    const t = peek();
    i++;
    switch (t.k) {
      case 'num':
        return { t: 'num', v: t.v };
      case 'str':
        return { t: 'str', v: t.v };
      case 'regex':
        return { t: 'regex', v: t.v };
      case 'name': {
        if (BUILTIN_FUNCS.has(t.v)) {
          const args: Node[] = [];
          if (isOp('(')) {
            i++;
            if (!isOp(')')) {
              args.push(expr());
              while (isOp(',')) {
                i++;
                args.push(expr());
              }
            }
            expect(')');
          }
          return { t: 'call', name: t.v, args };
        }
        if (isOp('[')) {
          i++;
          const keys = [expr()];
          while (isOp(',')) {
            i++;
            keys.push(expr());
          }
          expect(']');
          return { t: 'index', name: t.v, keys };
        }
        return { t: 'var', name: t.v };
      }
      case 'op':
        if (t.v === '$') return { t: 'field', index: postfixNoIncr() };
        if (t.v === '(') {
          const e = expr();
          expect(')');
          return e;
        }
    }
    i--;
    return err();
  };
  const postfixNoIncr = (): Node => {
    const t = peek();
    if (t.k === 'op' && t.v === '-') {
      i++;
      return { t: 'unary', op: '-', arg: primary() };
    }
    return primary();
  };

  const prog: Program = { begin: [], end: [], rules: [] };
  skipNl();
  while (peek().k !== 'eof') {
    if (isName('BEGIN')) {
      i++;
      skipNewlines();
      prog.begin.push(block());
    } else if (isName('END')) {
      i++;
      skipNewlines();
      prog.end.push(block());
    } else if (isOp('{')) prog.rules.push({ body: block() });
    else {
      const pattern = expr();
      if (isOp('{')) prog.rules.push({ pattern, body: block() });
      else prog.rules.push({ pattern });
    }
    skipNl();
  }
  return prog;
}
