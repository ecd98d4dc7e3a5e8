// Running what is not a builtin or function: the host's commands (with their CommandContext),
// scripts named by path, and script files in a child shell.

import type { CommandContext } from '../commands/types.js';
import { resolvePath } from '../fs/types.js';
import { notFoundMessage } from './flavour.js';
import type { IO } from './io.js';
import { StopError } from './limits.js';
import type { Shell } from './interpreter.js';

export async function runExternal(sh: Shell, argv: string[], io: IO, line: number): Promise<number> {
  const name = argv[0]!;
  const entry = sh.lookup(name);
  if (!entry) {
    if (name.includes('/')) return runPath(sh, argv, io);
    io.err.write(notFoundMessage(sh.flavour, name, line));
    return 127;
  }
  const cmd = await entry.load();
  const ctx: CommandContext = {
    argv,
    stdin: '',
    stdout: (s) => io.out.write(s),
    stderr: (s) => io.err.write(s),
    cluster: sh.svc.cluster,
    fs: sh.fs,
    cwd: sh.cwd,
    env: sh.environ(),
    host: sh.host,
    tty: sh.run.tty && io.out.terminal,
    signal: sh.run.signal,
    exec: (l, opts) => sh.svc.exec(sh, io, l, opts),
    enterShell: (host, shell, onExit) => sh.svc.enterShell(host, shell, onExit),
  };
  if (sh.svc.editText) ctx.editText = sh.svc.editText.bind(sh.svc);
  if (sh.svc.waitForChange) {
    const wait = sh.svc.waitForChange.bind(sh.svc);
    const signal = sh.run.signal;
    ctx.waitForChange = () => wait(signal);
  }
  if (sh.svc.columns !== undefined) ctx.columns = sh.svc.columns;
  // Standard input is consumed only by commands that read it, so `while read x; do kubectl …; done < f`
  // keeps its remaining lines for the next `read`, as with a real file descriptor.
  let stdin: string | undefined;
  Object.defineProperty(ctx, 'stdin', { get: () => (stdin ??= io.stdin.takeAll()), enumerable: true });
  // Lets endless producers (`yes`) stop quietly when their output goes into a pipe.
  (ctx as CommandContext & { piped?: boolean }).piped = !io.out.terminal;
  const status = await cmd.run(ctx);
  if (sh.run.signal.aborted) throw new StopError('interrupt');
  return status;
}

/** `./script.sh`: runs files that start with `#!`; others are not executable. */
async function runPath(sh: Shell, argv: string[], io: IO): Promise<number> {
  const name = argv[0]!;
  const abs = resolvePath(sh.cwd, name);
  if (sh.fs.isDir(abs)) {
    io.err.write(`${sh.name}: ${name}: Is a directory\n`);
    return 126;
  }
  const text = sh.fs.read(abs);
  if (text === undefined) {
    io.err.write(`${sh.name}: ${name}: No such file or directory\n`);
    return 127;
  }
  if (!text.startsWith('#!')) {
    io.err.write(`${sh.name}: ${name}: Permission denied\n`);
    return 126;
  }
  return runScriptText(sh, text, argv, io);
}

/** Runs a script in a child shell with its own positional parameters. */
export async function runScriptText(sh: Shell, text: string, argv: string[], io: IO): Promise<number> {
  const sub = sh.clone();
  sub.vars = new Map([...sh.vars].filter(([k]) => sh.exported.has(k)));
  sub.functions = new Map();
  sub.aliases = new Map();
  sub.positional = argv.slice(1);
  return sub.inSubshell(() => sub.source(text, io));
}
