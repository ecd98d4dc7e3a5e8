// `kill` and `jobs`: commands run in the foreground here (a trailing `&` is accepted), so there
// are never background jobs or other processes to signal.

import type { Builtin } from './index.js';

export const kill: Builtin = (sh, argv, io) => {
  const targets = argv.slice(1).filter((a, i, all) => !(a.startsWith('-') && a !== '-') && !(i > 0 && (all[i - 1] === '-s' || all[i - 1] === '-n')));
  if (argv[1] === '-l') {
    io.out.write(' 1) SIGHUP\t 2) SIGINT\t 3) SIGQUIT\t 4) SIGILL\t 5) SIGTRAP\n 6) SIGABRT\t 7) SIGBUS\t 8) SIGFPE\t 9) SIGKILL\t10) SIGUSR1\n11) SIGSEGV\t12) SIGUSR2\t13) SIGPIPE\t14) SIGALRM\t15) SIGTERM\n');
    return 0;
  }
  if (!targets.length) {
    io.err.write('kill: usage: kill [-s sigspec | -n signum | -sigspec] pid | jobspec ... or kill -l [sigspec]\n');
    return 2;
  }
  for (const t of targets) {
    if (t.startsWith('%')) io.err.write(`${sh.name}: kill: ${t}: no such job\n`);
    else if (/^-?\d+$/.test(t)) io.err.write(`${sh.name}: kill: (${t}) - No such process\n`);
    else io.err.write(`${sh.name}: kill: ${t}: arguments must be process or job IDs\n`);
  }
  return 1;
};

export const jobs: Builtin = () => 0;

/** `mapfile [-t] ARRAY` / `readarray`: standard input's lines into an array. */
export const mapfile: Builtin = (sh, argv, io) => {
  const args = argv.slice(1);
  const trim = args.includes('-t');
  const name = args.filter((a) => !a.startsWith('-')).pop() ?? 'MAPFILE';
  const lines: string[] = [];
  for (let got = io.stdin.takeLine(); got; got = io.stdin.takeLine()) lines.push(trim || !got.sawNewline ? got.line : got.line + '\n');
  sh.setArray(name, lines);
  return 0;
};
