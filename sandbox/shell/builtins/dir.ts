// `cd` and `pwd`.

import type { Builtin } from './index.js';
import { resolvePath } from '../../fs/types.js';

export const cd: Builtin = (sh, argv, io) => {
  const args = argv.slice(1).filter((a, i) => !(i === 0 && (a === '-L' || a === '-P' || a === '--')));
  if (args.length > 1) {
    io.err.write(`${sh.name}: cd: too many arguments\n`);
    return 1;
  }
  let target: string | undefined = args[0];
  let print = false;
  if (target === undefined || target === '') {
    target = sh.vars.get('HOME');
    if (target === undefined) {
      io.err.write(`${sh.name}: cd: HOME not set\n`);
      return 1;
    }
  } else if (target === '-') {
    target = sh.vars.get('OLDPWD');
    if (target === undefined) {
      io.err.write(`${sh.name}: cd: OLDPWD not set\n`);
      return 1;
    }
    print = true;
  }
  if (target === undefined) return 1;
  const abs = resolvePath(sh.cwd, target);
  if (!sh.fs.exists(abs)) {
    io.err.write(sh.flavour === 'bash' ? `bash: cd: ${target}: No such file or directory\n` : sh.flavour === 'dash' ? `sh: 1: cd: can't cd to ${target}\n` : `sh: cd: can't cd to ${target}: No such file or directory\n`);
    return sh.flavour === 'dash' ? 2 : 1;
  }
  if (!sh.fs.isDir(abs)) {
    io.err.write(sh.flavour === 'bash' ? `bash: cd: ${target}: Not a directory\n` : `sh: cd: can't cd to ${target}: Not a directory\n`);
    return 1;
  }
  sh.vars.set('OLDPWD', sh.cwd);
  sh.cwd = abs;
  sh.vars.set('PWD', abs);
  if (print) io.out.write(abs + '\n');
  return 0;
};

export const pwd: Builtin = (sh, _argv, io) => {
  io.out.write(sh.cwd + '\n');
  return 0;
};
