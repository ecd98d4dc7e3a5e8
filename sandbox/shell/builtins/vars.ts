// Variables: `export`, `unset`, `set`, `local`, `declare`, `shift`, `env`.

import type { Builtin } from './index.js';
import type { Shell } from '../interpreter.js';

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

function quote(v: string): string {
  return /^[A-Za-z0-9_./:=@%+,-]*$/.test(v) && v !== '' ? v : `'${v.replace(/'/g, `'\\''`)}'`;
}

function assign(sh: Shell, cmd: string, arg: string, io: { err: { write(s: string): void } }): string | undefined {
  const eq = arg.indexOf('=');
  const name = eq < 0 ? arg : arg.slice(0, eq).replace(/\+$/, '');
  if (!NAME.test(name)) {
    io.err.write(`${sh.name}: ${cmd}: \`${arg}': not a valid identifier\n`);
    return undefined;
  }
  if (eq >= 0) {
    const v = arg.slice(eq + 1);
    sh.vars.set(name, arg[eq - 1] === '+' ? (sh.vars.get(name) ?? '') + v : v);
  }
  return name;
}

export const exportCmd: Builtin = (sh, argv, io) => {
  const args = argv.slice(1);
  let unexport = false;
  while (args[0]?.startsWith('-') && args[0].length > 1) {
    const f = args.shift()!;
    if (f === '-n') unexport = true;
    else if (f === '-p' || f === '-f' || f === '--') continue;
    else {
      io.err.write(`${sh.name}: export: ${f}: invalid option\nexport: usage: export [-fn] [name[=value] ...] or export -p\n`);
      return 2;
    }
  }
  if (!args.length) {
    for (const k of [...sh.exported].sort()) {
      const v = sh.vars.get(k);
      io.out.write(v === undefined ? `declare -x ${k}\n` : `declare -x ${k}="${v.replace(/(["\\$`])/g, '\\$1')}"\n`);
    }
    return 0;
  }
  let status = 0;
  for (const a of args) {
    const name = assign(sh, 'export', a, io);
    if (name === undefined) status = 1;
    else if (unexport) sh.exported.delete(name);
    else sh.exported.add(name);
  }
  return status;
};

export const local: Builtin = (sh, argv, io) => {
  const frame = sh.locals[sh.locals.length - 1];
  if (!frame || sh.funcDepth === 0) {
    io.err.write(`${sh.name}: local: can only be used in a function\n`);
    return 1;
  }
  let status = 0;
  for (const a of argv.slice(1)) {
    if (a.startsWith('-')) continue;
    const name = a.split('=')[0]!;
    if (NAME.test(name) && !frame.has(name)) frame.set(name, sh.vars.get(name));
    if (assign(sh, 'local', a, io) === undefined) status = 1;
    else if (!a.includes('=') && !sh.vars.has(name)) sh.vars.set(name, '');
  }
  return status;
};

export const declare: Builtin = (sh, argv, io) => {
  const args = argv.slice(1);
  let exp = false;
  while (args[0]?.startsWith('-')) {
    const f = args.shift()!;
    if (f.includes('x')) exp = true;
  }
  if (!args.length) {
    for (const [k, v] of [...sh.vars].sort(([a], [b]) => (a < b ? -1 : 1))) io.out.write(`${k}=${quote(v)}\n`);
    return 0;
  }
  let status = 0;
  for (const a of args) {
    if (sh.funcDepth > 0) {
      const frame = sh.locals[sh.locals.length - 1]!;
      const name = a.split('=')[0]!;
      if (NAME.test(name) && !frame.has(name)) frame.set(name, sh.vars.get(name));
    }
    const name = assign(sh, argv[0]!, a, io);
    if (name === undefined) status = 1;
    else if (exp) sh.exported.add(name);
  }
  return status;
};

export const unset: Builtin = (sh, argv, io) => {
  let status = 0;
  let funcs = false;
  for (const a of argv.slice(1)) {
    if (a === '-f') funcs = true;
    else if (a === '-v') funcs = false;
    else if (!NAME.test(a)) {
      io.err.write(`${sh.name}: unset: \`${a}': not a valid identifier\n`);
      status = 1;
    } else if (funcs) sh.functions.delete(a);
    else {
      sh.vars.delete(a);
      sh.arrays.delete(a);
      sh.exported.delete(a);
    }
  }
  return status;
};

const SET_OPTIONS: Record<string, keyof Shell['opts']> = { e: 'errexit', x: 'xtrace', f: 'noglob' };
const LONG_OPTIONS: Record<string, keyof Shell['opts']> = { errexit: 'errexit', pipefail: 'pipefail', xtrace: 'xtrace', noglob: 'noglob' };

export const set: Builtin = (sh, argv, io) => {
  const args = argv.slice(1);
  if (!args.length) {
    for (const [k, v] of [...sh.vars].sort(([a], [b]) => (a < b ? -1 : 1))) io.out.write(`${k}=${quote(v)}\n`);
    return 0;
  }
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') {
      sh.positional = args.slice(i + 1);
      return 0;
    }
    if (!/^[-+]/.test(a)) {
      sh.positional = args.slice(i);
      return 0;
    }
    const on = a[0] === '-';
    if (a.slice(1) === 'o') {
      const name = args[++i];
      if (name === undefined) {
        for (const [k, v] of Object.entries(LONG_OPTIONS)) io.out.write(`${k.padEnd(15)}\t${sh.opts[v] ? 'on' : 'off'}\n`);
        continue;
      }
      const opt = LONG_OPTIONS[name];
      if (opt) sh.opts[opt] = on;
      else if (!['nounset', 'noclobber', 'monitor', 'emacs', 'vi', 'history', 'braceexpand', 'hashall', 'notify', 'posix'].includes(name)) {
        io.err.write(`${sh.name}: set: ${name}: invalid option name\n`);
        return 2;
      }
      continue;
    }
    for (const f of a.slice(1)) {
      const opt = SET_OPTIONS[f];
      if (opt) sh.opts[opt] = on;
      else if (!'uvhmBHCbn'.includes(f)) {
        io.err.write(`${sh.name}: set: ${a[0]}${f}: invalid option\nset: usage: set [-abefhkmnptuvxBCEHPT] [-o option-name] [--] [-] [arg ...]\n`);
        return 2;
      }
    }
  }
  return 0;
};
Object.setPrototypeOf(LONG_OPTIONS, null);
Object.setPrototypeOf(SET_OPTIONS, null);

export const shift: Builtin = (sh, argv, io) => {
  const n = argv[1] === undefined ? 1 : Number(argv[1]);
  if (!Number.isInteger(n) || n < 0) {
    io.err.write(`${sh.name}: shift: ${argv[1]}: numeric argument required\n`);
    return 1;
  }
  if (n > sh.positional.length) return 1;
  sh.positional = sh.positional.slice(n);
  return 0;
};

/** `env` prints the environment, or runs a command with additions (`env A=b cmd`). */
export const env: Builtin = async (sh, argv, io) => {
  const args = argv.slice(1);
  const add: [string, string][] = [];
  let clear = false;
  while (args.length) {
    const a = args[0]!;
    if (a === '-i' || a === '-') clear = true;
    else if (a === '-u' && args[1]) {
      add.push([args[1], '\0unset']);
      args.shift();
    } else if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(a)) add.push([a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)]);
    else break;
    args.shift();
  }
  const sub = sh.clone();
  if (clear) sub.exported = new Set();
  for (const [k, v] of add) {
    if (v === '\0unset') {
      sub.vars.delete(k);
      sub.exported.delete(k);
    } else {
      sub.vars.set(k, v);
      sub.exported.add(k);
    }
  }
  if (!args.length) {
    for (const [k, v] of Object.entries(sub.environ())) io.out.write(`${k}=${v}\n`);
    return 0;
  }
  sub.functions = new Map();
  const { BUILTINS } = await import('./index.js');
  const name = args[0]!;
  if (BUILTINS[name] && !['echo', 'printf', 'pwd', 'sleep', 'test', '[', 'true', 'false', 'env', 'sh', 'bash', 'kill'].includes(name)) {
    io.err.write(`env: ‘${name}’: No such file or directory\n`);
    return 127;
  }
  if (!BUILTINS[name] && !sub.lookup(name)) {
    io.err.write(`env: ‘${name}’: No such file or directory\n`);
    return 127;
  }
  return sub.inSubshell(() => sub.invoke(args, io));
};
