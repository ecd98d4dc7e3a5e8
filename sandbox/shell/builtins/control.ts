// Control builtins: true, false, :, exit, return, break, continue, source, eval, exec, let, wait.

import type { Builtin } from './index.js';
import { BreakSignal, ExitSignal, ReturnSignal } from '../interpreter.js';
import { ArithError, evalArith } from '../arith.js';
import { NEST_LIMIT } from '../limits.js';
import { resolvePath } from '../../fs/types.js';

export const trueCmd: Builtin = () => 0;
export const falseCmd: Builtin = () => 1;
export const colon: Builtin = () => 0;
export const wait: Builtin = () => 0;

function numeric(sh: Parameters<Builtin>[0], cmd: string, arg: string | undefined, io: Parameters<Builtin>[2]): number | undefined {
  if (arg === undefined) return sh.status;
  if (!/^[+-]?[0-9]+$/.test(arg.trim())) {
    io.err.write(`${sh.name}: ${cmd}: ${arg}: numeric argument required\n`);
    return undefined;
  }
  return ((Number(arg) % 256) + 256) % 256;
}

export const exit: Builtin = (sh, argv, io) => {
  if (argv.length > 2) {
    io.err.write(`${sh.name}: exit: too many arguments\n`);
    return 1;
  }
  const n = numeric(sh, 'exit', argv[1], io);
  throw new ExitSignal(n ?? 2);
};

export const returnCmd: Builtin = (sh, argv, io) => {
  if (sh.funcDepth === 0 && sh.sourceDepth === 0) {
    io.err.write(`${sh.name}: return: can only \`return' from a function or sourced script\n`);
    return 1;
  }
  const n = numeric(sh, 'return', argv[1], io);
  throw new ReturnSignal(n ?? 2);
};

function loopControl(cont: boolean): Builtin {
  return (sh, argv, io) => {
    const name = cont ? 'continue' : 'break';
    const n = argv[1] === undefined ? 1 : Number(argv[1]);
    if (!Number.isInteger(n) || n < 1) {
      io.err.write(`${sh.name}: ${name}: ${argv[1]}: ${Number.isInteger(n) ? 'loop count out of range' : 'numeric argument required'}\n`);
      return 1;
    }
    if (sh.loopDepth === 0) {
      io.err.write(`${sh.name}: ${name}: only meaningful in a \`for', \`while', or \`until' loop\n`);
      return 0;
    }
    throw new BreakSignal(Math.min(n, sh.loopDepth), cont);
  };
}
export const breakCmd = loopControl(false);
export const continueCmd = loopControl(true);

export const source: Builtin = async (sh, argv, io) => {
  const file = argv[1];
  if (file === undefined) {
    io.err.write(`${sh.name}: ${argv[0]}: filename argument required\n${argv[0]}: usage: ${argv[0]} filename [arguments]\n`);
    return 2;
  }
  const abs = resolvePath(sh.cwd, file);
  const text = sh.fs.isDir(abs) ? undefined : sh.fs.read(abs);
  if (text === undefined) {
    io.err.write(`${sh.name}: ${file}: ${sh.fs.isDir(abs) ? 'is a directory' : 'No such file or directory'}\n`);
    return 1;
  }
  if (sh.funcDepth >= NEST_LIMIT) {
    io.err.write(`${sh.name}: ${file}: maximum source nesting level exceeded\n`);
    return 1;
  }
  const savedPos = sh.positional;
  if (argv.length > 2) sh.positional = argv.slice(2);
  sh.funcDepth++;
  sh.sourceDepth++;
  try {
    return await sh.source(text, io);
  } catch (e) {
    if (e instanceof ReturnSignal) return e.status;
    throw e;
  } finally {
    sh.funcDepth--;
    sh.sourceDepth--;
    if (argv.length > 2) sh.positional = savedPos;
  }
};

export const evalCmd: Builtin = async (sh, argv, io) => {
  if (sh.funcDepth >= NEST_LIMIT) {
    io.err.write(`${sh.name}: eval: maximum eval nesting level exceeded\n`);
    return 1;
  }
  sh.funcDepth++;
  try {
    return await sh.source(argv.slice(1).join(' '), io);
  } finally {
    sh.funcDepth--;
  }
};

/** `exec CMD` replaces the shell: run it, then leave with its status. */
export const exec: Builtin = async (sh, argv, io) => {
  if (argv.length < 2) return 0;
  const status = await sh.invoke(argv.slice(1), io);
  throw new ExitSignal(status);
};

export const let_: Builtin = (sh, argv, io) => {
  if (argv.length < 2) {
    io.err.write(`${sh.name}: let: expression expected\n`);
    return 1;
  }
  let v = 0;
  try {
    for (const e of argv.slice(1)) v = evalArith(e, { get: (n) => sh.getVar(n), set: (n, x) => sh.vars.set(n, x) });
  } catch (e) {
    if (!(e instanceof ArithError)) throw e;
    io.err.write(`${sh.name}: let: ${e.message}\n`);
    return 1;
  }
  return v === 0 ? 1 : 0;
};
