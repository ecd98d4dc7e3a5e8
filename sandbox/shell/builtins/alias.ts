// `alias` and `unalias` (tutorials start with `alias k=kubectl`).

import type { Builtin } from './index.js';

const show = (name: string, value: string) => `alias ${name}='${value.replace(/'/g, `'\\''`)}'\n`;

export const alias: Builtin = (sh, argv, io) => {
  const args = argv.slice(1).filter((a) => a !== '-p');
  if (!args.length) {
    for (const [k, v] of [...sh.aliases].sort(([a], [b]) => (a < b ? -1 : 1))) io.out.write(show(k, v));
    return 0;
  }
  let status = 0;
  for (const a of args) {
    const eq = a.indexOf('=');
    if (eq > 0) {
      const name = a.slice(0, eq);
      if (/[\s/$`'"|&;()<>=]/.test(name)) {
        io.err.write(`${sh.name}: alias: \`${name}': invalid alias name\n`);
        status = 1;
      } else sh.aliases.set(name, a.slice(eq + 1));
    } else if (sh.aliases.has(a)) io.out.write(show(a, sh.aliases.get(a)!));
    else {
      io.err.write(`${sh.name}: alias: ${a}: not found\n`);
      status = 1;
    }
  }
  return status;
};

export const unalias: Builtin = (sh, argv, io) => {
  const args = argv.slice(1);
  if (!args.length) {
    io.err.write(`unalias: usage: unalias [-a] name [name ...]\n`);
    return 2;
  }
  if (args[0] === '-a') {
    sh.aliases.clear();
    return 0;
  }
  let status = 0;
  for (const a of args) {
    if (!sh.aliases.delete(a)) {
      io.err.write(`${sh.name}: unalias: ${a}: not found\n`);
      status = 1;
    }
  }
  return status;
};
