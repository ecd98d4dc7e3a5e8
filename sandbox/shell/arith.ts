// Shell arithmetic (`$(( ))`, `(( ))`, `let`, C-style `for`): bash's operators and error wording.

export class ArithError extends Error {}

type Vars = { get(name: string): string | undefined; set(name: string, value: string): void };

const OPS = ['**=', '<<=', '>>=', '&&', '||', '**', '<<', '>>', '<=', '>=', '==', '!=', '++', '--', '+=', '-=', '*=', '/=', '%=', '&=', '^=', '|=', '+', '-', '*', '/', '%', '<', '>', '&', '^', '|', '!', '~', '?', ':', '=', '(', ')', ','];

type Tok = { k: 'num'; v: number } | { k: 'id'; v: string } | { k: 'op'; v: string };

function tokenize(src: string): Tok[] {
  const toks: Tok[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const num = /^(0[xX][0-9a-fA-F]+|[0-9]+#[0-9a-zA-Z@_]+|[0-9]+)/.exec(src.slice(i));
    if (num) {
      const s = num[0];
      let v: number;
      if (/^0[xX]/.test(s)) v = parseInt(s, 16);
      else if (s.includes('#')) {
        const [b, d] = s.split('#');
        v = parseInt(d!, Number(b));
      } else if (s.length > 1 && s.startsWith('0')) {
        if (/[89]/.test(s)) throw new ArithError(`${s}: value too great for base (error token is "${s}")`);
        v = parseInt(s, 8);
      } else v = Number(s);
      if (/^[A-Za-z_]/.test(src[i + s.length] ?? '')) {
        const rest = src.slice(i).split(/\s/)[0]!;
        throw new ArithError(`${src.trim()}: value too great for base (error token is "${rest}")`);
      }
      toks.push({ k: 'num', v });
      i += s.length;
      continue;
    }
    const id = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i));
    if (id) {
      toks.push({ k: 'id', v: id[0] });
      i += id[0].length;
      continue;
    }
    const op = OPS.find((o) => src.startsWith(o, i));
    if (!op) throw new ArithError(`${src.trim()}: syntax error: invalid arithmetic operator (error token is "${src.slice(i).trim()}")`);
    toks.push({ k: 'op', v: op });
    i += op.length;
  }
  return toks;
}

const BINARY: [string[], number][] = [
  [['||'], 1],
  [['&&'], 2],
  [['|'], 3],
  [['^'], 4],
  [['&'], 5],
  [['==', '!='], 6],
  [['<', '>', '<=', '>='], 7],
  [['<<', '>>'], 8],
  [['+', '-'], 9],
  [['*', '/', '%'], 10],
];

/** Evaluates an arithmetic expression with bash's semantics on 64-bit-ish integers. */
export function evalArith(src: string, vars: Vars, depth = 0): number {
  if (depth > 50) throw new ArithError(`${src}: expression recursion level exceeded`);
  const toks = tokenize(src);
  if (!toks.length) return 0;
  let i = 0;
  const text = src.trim();
  const rest = () =>
    toks
      .slice(i)
      .map((t) => String(t.v))
      .join(' ');
  const operandExpected = (): never => {
    throw new ArithError(`${text}: syntax error: operand expected (error token is "${rest()}")`);
  };
  const peekOp = (): string | undefined => (toks[i]?.k === 'op' ? (toks[i]!.v as string) : undefined);
  const varValue = (name: string): number => {
    const v = vars.get(name);
    if (v === undefined || v.trim() === '') return 0;
    return /^-?[0-9]+$/.test(v.trim()) ? Number(v.trim()) : evalArith(v, vars, depth + 1);
  };
  const int = (n: number) => (Number.isFinite(n) ? Math.trunc(n) : 0);

  const assignment = (): number => {
    const t = toks[i];
    const op = toks[i + 1];
    if (t?.k === 'id' && op?.k === 'op' && ['=', '+=', '-=', '*=', '/=', '%=', '<<=', '>>=', '&=', '^=', '|=', '**='].includes(op.v)) {
      i += 2;
      const rhs = assignment();
      let v = rhs;
      if (op.v !== '=') v = binop(op.v.slice(0, -1), varValue(t.v), rhs);
      vars.set(t.v, String(v));
      return v;
    }
    return ternary();
  };
  const ternary = (): number => {
    const c = binary(1);
    if (peekOp() === '?') {
      i++;
      const a = assignment();
      if (peekOp() !== ':') operandExpected();
      i++;
      const b = assignment();
      return c ? a : b;
    }
    return c;
  };
  const binop = (op: string, a: number, b: number): number => {
    switch (op) {
      case '||': return a || b ? 1 : 0;
      case '&&': return a && b ? 1 : 0;
      case '|': return a | b;
      case '^': return a ^ b;
      case '&': return a & b;
      case '==': return a === b ? 1 : 0;
      case '!=': return a !== b ? 1 : 0;
      case '<': return a < b ? 1 : 0;
      case '>': return a > b ? 1 : 0;
      case '<=': return a <= b ? 1 : 0;
      case '>=': return a >= b ? 1 : 0;
      case '<<': return a << b;
      case '>>': return a >> b;
      case '+': return int(a + b);
      case '-': return int(a - b);
      case '*': return int(a * b);
      case '**':
        if (b < 0) throw new ArithError(`${text}: exponent less than 0 (error token is "${b}")`);
        return int(a ** b);
      case '/':
      case '%':
        if (b === 0) throw new ArithError(`${text}: division by 0 (error token is "${rest() || b}")`);
        return op === '/' ? int(a / b) : int(a % b);
    }
    return 0;
  };
  const binary = (level: number): number => {
    if (level > BINARY.length) return power();
    let a = binary(level + 1);
    for (;;) {
      const op = peekOp();
      if (!op || !BINARY[level - 1]![0].includes(op)) return a;
      i++;
      const b = binary(level + 1);
      a = binop(op, a, b);
    }
  };
  const power = (): number => {
    const a = unary();
    if (peekOp() === '**') {
      i++;
      return binop('**', a, power());
    }
    return a;
  };
  const unary = (): number => {
    const op = peekOp();
    if (op === '-' || op === '+' || op === '!' || op === '~') {
      i++;
      const v = unary();
      return op === '-' ? -v : op === '+' ? v : op === '!' ? (v ? 0 : 1) : ~v;
    }
    if (op === '++' || op === '--') {
      i++;
      const t = toks[i];
      if (t?.k !== 'id') operandExpected();
      i++;
      const v = varValue((t as { v: string }).v) + (op === '++' ? 1 : -1);
      vars.set((t as { v: string }).v, String(v));
      return v;
    }
    return postfix();
  };
  const postfix = (): number => {
    const t = toks[i];
    if (!t) return operandExpected();
    if (t.k === 'num') {
      i++;
      return t.v;
    }
    if (t.k === 'id') {
      i++;
      const op = peekOp();
      const v = varValue(t.v);
      if (op === '++' || op === '--') {
        i++;
        vars.set(t.v, String(v + (op === '++' ? 1 : -1)));
      }
      return v;
    }
    if (t.v === '(') {
      i++;
      const v = comma();
      if (peekOp() !== ')') throw new ArithError(`${text}: missing \`)' (error token is "${rest()}")`);
      i++;
      return v;
    }
    return operandExpected();
  };
  const comma = (): number => {
    let v = assignment();
    while (peekOp() === ',') {
      i++;
      v = assignment();
    }
    return v;
  };
  const v = comma();
  if (i < toks.length) throw new ArithError(`${text}: syntax error in expression (error token is "${rest()}")`);
  return v;
}
