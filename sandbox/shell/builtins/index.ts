// The shell's builtins, by name. Each takes the shell, argv (argv[0] is the name) and streams.

import type { IO } from '../io.js';
import type { Shell } from '../interpreter.js';
import { cd, pwd } from './dir.js';
import { echo } from './echo.js';
import { printf } from './printf.js';
import { declare, env, exportCmd, local, set, shift, unset } from './vars.js';
import { breakCmd, colon, continueCmd, evalCmd, exec, exit, falseCmd, let_, returnCmd, source, trueCmd, wait } from './control.js';
import { alias, unalias } from './alias.js';
import { history } from './history.js';
import { command, type, which } from './type.js';
import { read } from './read.js';
import { test } from './test.js';
import { sleep } from './sleep.js';
import { clear, complete, help, shopt, sudo, trap } from './misc.js';
import { shCmd } from './sh.js';
import { jobs, kill, mapfile } from './jobs.js';

export type Builtin = (sh: Shell, argv: string[], io: IO) => number | Promise<number>;

// A null-prototype table, so names like `toString` are not mistaken for builtins.
export const BUILTINS: Record<string, Builtin> = Object.assign(Object.create(null) as Record<string, Builtin>, {
  ':': colon,
  '.': source,
  '[': test,
  alias,
  ash: shCmd,
  bash: shCmd,
  break: breakCmd,
  cd,
  clear,
  command,
  complete,
  continue: continueCmd,
  declare,
  echo,
  env,
  eval: evalCmd,
  exec,
  exit,
  export: exportCmd,
  false: falseCmd,
  help,
  history,
  jobs,
  kill,
  let: let_,
  local,
  mapfile,
  printf,
  pwd,
  read,
  readarray: mapfile,
  return: returnCmd,
  set,
  sh: shCmd,
  shift,
  shopt,
  sleep,
  source,
  sudo,
  test,
  trap,
  true: trueCmd,
  type,
  typeset: declare,
  unalias,
  unset,
  wait,
  which,
});

/** Names `type` reports as shell builtins (the rest are commands that happen to be built in here). */
export const TRUE_BUILTINS = new Set([
  ':', '.', '[', 'alias', 'break', 'cd', 'command', 'complete', 'continue', 'declare', 'echo', 'eval', 'exec', 'exit', 'export', 'false', 'help',
  'history', 'jobs', 'kill', 'let', 'local', 'mapfile', 'printf', 'pwd', 'read', 'readarray', 'return', 'set', 'shift', 'shopt', 'source', 'test', 'trap', 'true', 'type', 'typeset', 'unalias', 'unset', 'wait',
]);

export const KEYWORDS = new Set(['if', 'then', 'else', 'elif', 'fi', 'case', 'esac', 'for', 'select', 'while', 'until', 'do', 'done', 'in', 'function', 'time', '{', '}', '!', '[[', ']]', 'coproc']);
