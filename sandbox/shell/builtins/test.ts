// `test` / `[` (POSIX argument-count rules, bash's messages) and `[[ … ]]` (patterns, regexes).

import type { Builtin } from './index.js';
import type { Shell } from '../interpreter.js';
import type { Word } from '../ast.js';
import type { IO } from '../io.js';
import { resolvePath } from '../../fs/types.js';
import { matchPattern } from '../pattern.js';
import { ArithError, evalArith } from '../arith.js';
import { ExpansionError } from '../expand.js';

class TestError extends Error {}

const UNARY = new Set(['-z', '-n', '-e', '-f', '-d', '-s', '-r', '-w', '-x', '-L', '-h', '-a', '-b', '-c', '-p', '-S', '-t', '-v', '-o']);
const BINARY = new Set(['=', '==', '!=', '<', '>', '-eq', '-ne', '-lt', '-le', '-gt', '-ge', '-nt', '-ot', '-ef']);

function fileTest(sh: Shell, op: string, arg: string): boolean {
  const abs = resolvePath(sh.cwd, arg);
  const fs = sh.fs;
  switch (op) {
    case '-e':
    case '-a':
    case '-r':
    case '-w':
      return arg !== '' && fs.exists(abs);
    case '-f':
      return arg !== '' && fs.exists(abs) && !fs.isDir(abs);
    case '-d':
      return arg !== '' && fs.isDir(abs);
    case '-x':
      // No modes are stored: directories and scripts with a #! line count as executable.
      return arg !== '' && (fs.isDir(abs) || (fs.read(abs) ?? '').startsWith('#!'));
    case '-s':
      return arg !== '' && (fs.isDir(abs) || (fs.read(abs) ?? '') !== '');
    case '-v':
      return sh.vars.has(arg);
    case '-t':
      return false;
  }
  return false;
}

function int(s: string, cmd: string): number {
  const t = s.trim();
  if (!/^[+-]?[0-9]+$/.test(t)) throw new TestError(`${cmd}: ${s}: integer expression expected`);
  return Number(t);
}

function binary(op: string, a: string, b: string, cmd: string): boolean {
  switch (op) {
    case '=':
    case '==':
      return a === b;
    case '!=':
      return a !== b;
    case '<':
      return a < b;
    case '>':
      return a > b;
    case '-eq':
      return int(a, cmd) === int(b, cmd);
    case '-ne':
      return int(a, cmd) !== int(b, cmd);
    case '-lt':
      return int(a, cmd) < int(b, cmd);
    case '-le':
      return int(a, cmd) <= int(b, cmd);
    case '-gt':
      return int(a, cmd) > int(b, cmd);
    case '-ge':
      return int(a, cmd) >= int(b, cmd);
  }
  return false;
}

function evalTest(sh: Shell, args: string[], cmd: string): boolean {
  const unary = (op: string, a: string) => (op === '-z' ? a === '' : op === '-n' ? a !== '' : fileTest(sh, op, a));
  const byCount = (a: string[]): boolean | undefined => {
    switch (a.length) {
      case 0:
        return false;
      case 1:
        return a[0] !== '';
      case 2:
        if (a[0] === '!') return a[1] === '';
        if (UNARY.has(a[0]!)) return unary(a[0]!, a[1]!);
        throw new TestError(`${cmd}: ${a[0]}: unary operator expected`);
      case 3:
        if (BINARY.has(a[1]!)) return binary(a[1]!, a[0]!, a[2]!, cmd);
        if (a[1] === '-a') return a[0] !== '' && a[2] !== '';
        if (a[1] === '-o') return a[0] !== '' || a[2] !== '';
        if (a[0] === '!') return !byCount(a.slice(1));
        if (a[0] === '(' && a[2] === ')') return a[1] !== '';
        throw new TestError(`${cmd}: ${a[1]}: binary operator expected`);
      case 4:
        if (a[0] === '!') return !byCount(a.slice(1));
        if (a[0] === '(' && a[3] === ')') return byCount(a.slice(1, 3));
    }
    return undefined;
  };
  const simple = byCount(args);
  if (simple !== undefined) return simple;
  let i = 0;
  const or = (): boolean => {
    let v = and();
    while (args[i] === '-o') {
      i++;
      v = and() || v;
    }
    return v;
  };
  const and = (): boolean => {
    let v = not();
    while (args[i] === '-a') {
      i++;
      v = not() && v;
    }
    return v;
  };
  const not = (): boolean => {
    if (args[i] === '!') {
      i++;
      return !not();
    }
    return primary();
  };
  const primary = (): boolean => {
    const a = args[i];
    if (a === undefined) throw new TestError(`${cmd}: argument expected`);
    if (a === '(') {
      i++;
      const v = or();
      if (args[i] !== ')') throw new TestError(`${cmd}: \`)' expected`);
      i++;
      return v;
    }
    if (BINARY.has(args[i + 1] ?? '')) {
      i += 3;
      if (args[i - 1] === undefined) throw new TestError(`${cmd}: argument expected`);
      return binary(args[i - 2]!, a, args[i - 1]!, cmd);
    }
    if (UNARY.has(a) && args[i + 1] !== undefined) {
      i += 2;
      return unary(a, args[i - 1]!);
    }
    i++;
    return a !== '';
  };
  const v = or();
  if (i < args.length) throw new TestError(`${cmd}: too many arguments`);
  return v;
}

export const test: Builtin = (sh, argv, io) => {
  const cmd = argv[0]!;
  let args = argv.slice(1);
  if (cmd === '[') {
    if (args[args.length - 1] !== ']') {
      io.err.write(`${sh.name}: [: missing \`]'\n`);
      return 2;
    }
    args = args.slice(0, -1);
  }
  try {
    return evalTest(sh, args, cmd) ? 0 : 1;
  } catch (e) {
    if (!(e instanceof TestError)) throw e;
    io.err.write(`${sh.name}: ${e.message}\n`);
    return 2;
  }
};

/** `[[ … ]]`: no word splitting, `==` matches patterns, `=~` regexes, `&&`/`||`/`!`/`( )`. */
export async function evalDbrack(sh: Shell, words: Word[], io: IO): Promise<number> {
  const ex = sh.expander();
  const op = (w: Word | undefined) => (w && w.parts.length === 1 && w.parts[0]!.t === 'lit' && !w.parts[0]!.q ? w.parts[0]!.v : undefined);
  let i = 0;
  const fail = (m: string): never => {
    throw new TestError(m);
  };
  const or = async (): Promise<boolean> => {
    let v = await and();
    while (op(words[i]) === '||') {
      i++;
      const r = await and();
      v = v || r;
    }
    return v;
  };
  const and = async (): Promise<boolean> => {
    let v = await not();
    while (op(words[i]) === '&&') {
      i++;
      const r = await not();
      v = v && r;
    }
    return v;
  };
  const not = async (): Promise<boolean> => {
    if (op(words[i]) === '!') {
      i++;
      return !(await not());
    }
    return primary();
  };
  const arith = (s: string) => {
    try {
      return evalArith(s, { get: (n) => sh.getVar(n), set: (n, v) => sh.vars.set(n, v) });
    } catch (e) {
      if (e instanceof ArithError) throw new ExpansionError(e.message);
      throw e;
    }
  };
  const primary = async (): Promise<boolean> => {
    const w = words[i];
    if (!w) return fail('unexpected argument to conditional expression');
    if (op(w) === '(') {
      i++;
      const v = await or();
      if (op(words[i]) !== ')') fail("syntax error in conditional expression");
      i++;
      return v;
    }
    const o = op(words[i + 1]);
    if (o && (BINARY.has(o) || o === '=~') && words[i + 2]) {
      const left = await ex.string(w);
      const rw = words[i + 2]!;
      i += 3;
      if (o === '==' || o === '=' || o === '!=') {
        const hit = matchPattern(await ex.pattern(rw), left);
        return o === '!=' ? !hit : hit;
      }
      if (o === '=~') {
        const src = await ex.string(rw);
        try {
          const m = new RegExp(src).exec(left);
          sh.vars.set('BASH_REMATCH', m ? m[0] : '');
          return !!m;
        } catch {
          return false;
        }
      }
      const right = await ex.string(rw);
      if (o.startsWith('-') && o !== '-nt' && o !== '-ot' && o !== '-ef') return binary(o, String(arith(left)), String(arith(right)), '[[');
      return binary(o, left, right, '[[');
    }
    const u = op(w);
    if (u && UNARY.has(u) && words[i + 1]) {
      i += 2;
      const a = await ex.string(words[i - 1]!);
      return u === '-z' ? a === '' : u === '-n' ? a !== '' : fileTest(sh, u, a);
    }
    i++;
    return (await ex.string(w)) !== '';
  };
  try {
    if (!words.length) fail('syntax error near `]]\'');
    const v = await or();
    if (i < words.length) fail(`syntax error in conditional expression: unexpected token \`${words[i]!.raw}'`);
    return v ? 0 : 1;
  } catch (e) {
    if (!(e instanceof TestError)) throw e;
    io.err.write(`${sh.name}: ${e.message}\n`);
    return 2;
  }
}
