// `type`, `which` and `command`: how a name would be run.

import type { Builtin } from './index.js';
import type { Shell } from '../interpreter.js';
import { BUILTINS, KEYWORDS, TRUE_BUILTINS } from './index.js';
import { hasBash } from '../flavour.js';

/** Where a command's binary lives on the host (kubectl as its install docs place it). */
export function binaryPath(sh: Shell, name: string): string | undefined {
  if (name.includes('/')) return sh.lookup(name) ? name : undefined;
  if (name === 'bash') return hasBash(sh.host) ? '/usr/bin/bash' : undefined;
  if (name === 'sh') return '/usr/bin/sh';
  if (BUILTINS[name] && ['echo', 'printf', 'pwd', 'sleep', 'test', '[', 'true', 'false', 'env', 'which', 'kill', 'sudo'].includes(name)) return `/usr/bin/${name}`;
  if (sh.host.kind === 'pod' && BUILTINS[name] === undefined && sh.lookup(name)) return `/bin/${name}`;
  if (!sh.lookup(name)) return undefined;
  if (name === 'kubectl' || name === 'kind') return `/usr/local/bin/${name}`;
  return `/usr/bin/${name}`;
}

export const type: Builtin = (sh, argv, io) => {
  let status = 0;
  const args = argv.slice(1).filter((a) => !a.startsWith('-'));
  const terse = argv.includes('-t');
  for (const name of args) {
    let kind: string;
    let text: string;
    if (sh.aliases.has(name)) [kind, text] = ['alias', `${name} is aliased to \`${sh.aliases.get(name)}'`];
    else if (KEYWORDS.has(name)) [kind, text] = ['keyword', `${name} is a shell keyword`];
    else if (sh.functions.has(name)) [kind, text] = ['function', `${name} is a function`];
    else if (TRUE_BUILTINS.has(name)) [kind, text] = ['builtin', `${name} is a shell builtin`];
    else {
      const p = binaryPath(sh, name);
      if (!p) {
        if (!terse) io.err.write(`${sh.name}: type: ${name}: not found\n`);
        status = 1;
        continue;
      }
      [kind, text] = ['file', `${name} is ${p}`];
    }
    io.out.write((terse ? kind : text) + '\n');
  }
  return status;
};

export const which: Builtin = (sh, argv, io) => {
  let status = 0;
  const args = argv.slice(1).filter((a) => !a.startsWith('-'));
  if (!args.length) return 1;
  for (const name of args) {
    const p = binaryPath(sh, name);
    if (p) io.out.write(p + '\n');
    else status = 1;
  }
  return status;
};

/** `command -v NAME` (how scripts test for a tool) or `command NAME ARGS` (skip functions). */
export const command: Builtin = async (sh, argv, io) => {
  const args = argv.slice(1);
  if (args[0] === '-v' || args[0] === '-V') {
    let status = 0;
    for (const name of args.slice(1)) {
      if (sh.aliases.has(name)) io.out.write(args[0] === '-v' ? `alias ${name}='${sh.aliases.get(name)}'\n` : `${name} is aliased to \`${sh.aliases.get(name)}'\n`);
      else if (sh.functions.has(name) || TRUE_BUILTINS.has(name) || KEYWORDS.has(name)) io.out.write(args[0] === '-v' ? `${name}\n` : `${name} is a shell builtin\n`);
      else {
        const p = binaryPath(sh, name);
        if (p) io.out.write(args[0] === '-v' ? `${p}\n` : `${name} is ${p}\n`);
        else status = 1;
      }
    }
    return status;
  }
  if (!args.length) return 0;
  const fns = sh.functions;
  sh.functions = new Map();
  try {
    return await sh.invoke(args, io);
  } finally {
    sh.functions = fns;
  }
};
