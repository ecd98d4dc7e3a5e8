// `clear`, `help`, and `complete`/`shopt`, accepted so setup lines from tutorials
// (`complete -o default -F __start_kubectl k`) run; tab completion here is built in.

import type { Builtin } from './index.js';
import { TRUE_BUILTINS } from './index.js';

export const clear: Builtin = (_sh, _argv, io) => {
  io.out.write('\x1b[H\x1b[2J\x1b[3J');
  return 0;
};

export const help: Builtin = (sh, argv, io) => {
  const topics = argv.slice(1);
  if (topics.length) {
    const hits = topics.filter((t) => TRUE_BUILTINS.has(t));
    if (!hits.length) {
      io.err.write(`${sh.name}: help: no help topics match \`${topics[0]}'.  Try \`help help' or \`man -k ${topics[0]}' or \`info ${topics[0]}'.\n`);
      return 1;
    }
    for (const t of hits) io.out.write(`${t}: ${t} [arg ...]\n    See \`man bash' for the full description of \`${t}'.\n`);
    return 0;
  }
  io.out.write(
    'GNU bash, version 5.2.15(1)-release (x86_64-pc-linux-gnu)\n' +
      'These shell commands are defined internally.  Type `help\' to see this list.\n' +
      "Type `help name' to find out more about the function `name'.\n\n" +
      [...TRUE_BUILTINS].sort().join('  ') +
      '\n\nknet: this terminal runs a small bash-compatible shell; programs such as kubectl, curl and\n' +
      'grep are simulated. Edit files in the Files tab or with `cat <<EOF > file`.\n',
  );
  return 0;
};

export const complete: Builtin = () => 0;

export const shopt: Builtin = (sh, argv, io) => {
  const names = argv.slice(1).filter((a) => !a.startsWith('-'));
  const known = ['autocd', 'cdspell', 'checkwinsize', 'cmdhist', 'dotglob', 'expand_aliases', 'extglob', 'globstar', 'histappend', 'nocaseglob', 'nullglob', 'progcomp'];
  for (const n of names) {
    if (!known.includes(n)) {
      io.err.write(`${sh.name}: shopt: ${n}: invalid shell option name\n`);
      return 1;
    }
  }
  return 0;
};

/** `trap`: accepted (scripts set cleanup handlers); signals and EXIT traps do not fire here. */
export const trap: Builtin = () => 0;

/** `sudo CMD`: the learner may administer their laptop; runs CMD (no password in this terminal). */
export const sudo: Builtin = (sh, argv, io) => {
  const args = argv.slice(1);
  while (args[0]?.startsWith('-') && args[0] !== '--') {
    const f = args.shift()!;
    if (f === '-u' || f === '-g') args.shift();
  }
  if (args[0] === '--') args.shift();
  if (!args.length) {
    io.err.write('usage: sudo -h | -K | -k | -V\nusage: sudo -v [-ABkNnS] [-g group] [-h host] [-p prompt] [-u user]\n');
    return 1;
  }
  if (sh.host.kind !== 'workstation') {
    io.err.write(`${sh.name}: sudo: ${sh.flavour === 'bash' ? 'command not found' : 'not found'}\n`);
    return 127;
  }
  return sh.invoke(args, io);
};
