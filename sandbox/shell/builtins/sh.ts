// `sh` / `bash` / `ash`: a child shell for `-c STRING`, a script file, standard input, or an
// interactive nested shell (`kubectl exec -it POD -- sh` ends up here too).

import type { Builtin } from './index.js';
import { Shell } from '../interpreter.js';
import { flavourFor, hasBash, notFoundMessage } from '../flavour.js';
import { resolvePath } from '../../fs/types.js';

export const shCmd: Builtin = async (sh, argv, io) => {
  const name = argv[0]!;
  const base = name.replace(/^.*\//, '');
  if ((base === 'bash' && !hasBash(sh.host)) || (base === 'ash' && sh.host.kind !== 'pod')) {
    io.err.write(notFoundMessage(sh.flavour, name, 1));
    return 127;
  }
  const flavour = flavourFor(sh.host, base);
  const child = new Shell(sh.svc, sh.host, flavour, sh.fs, sh.cwd);
  for (const [k, v] of Object.entries(sh.environ())) {
    child.vars.set(k, v);
    child.exported.add(k);
  }
  child.run = sh.run;
  child.funcDepth = sh.funcDepth + 1;
  let i = 1;
  let command: string | undefined;
  for (; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '-c') {
      command = argv[++i];
      if (command === undefined) {
        io.err.write(`${child.name}: -c: option requires an argument\n`);
        return 2;
      }
      i++;
      break;
    }
    if (a === '--' || !a.startsWith('-')) break;
    if (a.includes('e')) child.opts.errexit = true;
    if (a.includes('x')) child.opts.xtrace = true;
  }
  if (command !== undefined) {
    child.positional = argv.slice(i + 1);
    return child.inSubshell(() => child.source(command, io), io.err);
  }
  const file = argv[i === 0 ? 1 : i];
  if (file !== undefined && file !== '--') {
    const text = sh.fs.read(resolvePath(sh.cwd, file));
    if (text === undefined) {
      io.err.write(flavour === 'bash' ? `bash: ${file}: No such file or directory\n` : flavour === 'dash' ? `sh: 0: cannot open ${file}: No such file\n` : `sh: can't open '${file}': No such file or directory\n`);
      return 127;
    }
    child.positional = argv.slice(i + 1);
    return child.inSubshell(() => child.source(text, io), io.err);
  }
  // No command and no file: an interactive shell when we have a terminal, else read stdin.
  if (sh.run.tty && io.out.terminal && sh.svc.enterShell(sh.host, base)) return 0;
  return child.inSubshell(() => child.source(io.stdin.takeAll(), io), io.err);
};
