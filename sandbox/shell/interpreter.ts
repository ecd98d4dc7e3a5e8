// Runs the syntax tree: lists, pipelines, compound commands, functions, and simple commands
// (builtins, then the host's commands), with a step budget so no input can hang the page.

import type { AndOr, Command, Pipeline, Script, Word } from './ast.js';
import { Expander, ExpansionError, type ExpandHost } from './expand.js';
import { capture, In, type IO } from './io.js';
import { applyRedirs, RedirError } from './redirect.js';
import { NEST_LIMIT, STEP_LIMIT, StopError } from './limits.js';
import { shellName, type Flavour } from './flavour.js';
import { ParseError } from './lexer.js';
import { parse } from './parser.js';
import { BUILTINS } from './builtins/index.js';
import { BreakSignal, ExitSignal, ReturnSignal } from './signals.js';
import { runCompound } from './compound.js';
import { runExternal, runScriptText } from './external.js';
import { processSubstitute, substitute } from './subst.js';
import type { Cluster } from '../cluster/cluster.js';
import type { CommandEntry, HostInfo, ShellExitIO } from '../commands/types.js';
import { resolvePath, type FileSystem } from '../fs/types.js';

/** What every shell of a session shares: the cluster, command lookup, nested shells. */
export interface ShellServices {
  cluster: Cluster;
  columns?: number;
  sleep(ms: number, signal: { aborted: boolean }): Promise<void>;
  history(): string[];
  findCommand(name: string, host: HostInfo): CommandEntry | undefined;
  exec(from: Shell, io: IO, line: string | string[], opts?: { host?: HostInfo; stdin?: string; tty?: boolean }): Promise<number>;
  enterShell(host: HostInfo, shell: string, onExit?: (status: number, io: ShellExitIO) => number | void): boolean;
  /** The runtime's file editor (`kubectl edit`, `vi`), when it has one. */
  editText?(path: string, text: string): Promise<string | undefined>;
  /** The runtime's change feed for streaming commands (`kubectl get -w`), when it has one. */
  waitForChange?(signal: { aborted: boolean }): Promise<boolean>;
}

/** Per-input bookkeeping: the step budget, Ctrl-C, whether we talk to a terminal. */
export interface RunState {
  steps: number;
  signal: { aborted: boolean };
  tty: boolean;
}

export { BreakSignal, ExitSignal, ReturnSignal } from './signals.js';

const YIELD_EVERY = 2000;
/** The host's setTimeout (Web Worker, Node), reached without DOM or Node typings. */
const macrotask = (globalThis as unknown as { setTimeout?: (f: () => void, ms: number) => unknown }).setTimeout;

const BIN_DIRS = new Set(['/bin', '/usr/bin', '/usr/local/bin', '/sbin', '/usr/sbin', '/usr/local/sbin']);

export class Shell implements ExpandHost {
  vars = new Map<string, string>();
  arrays = new Map<string, string[]>();
  exported = new Set<string>();
  functions = new Map<string, Command>();
  aliases = new Map<string, string>();
  positional: string[] = [];
  status = 0;
  opts = { errexit: false, pipefail: false, xtrace: false, noglob: false };
  run: RunState = { steps: 0, signal: { aborted: false }, tty: false };
  /** Frames of `local` variables: name → value before the function set it. */
  locals: Map<string, string | undefined>[] = [];
  funcDepth = 0;
  sourceDepth = 0;
  condDepth = 0;
  loopDepth = 0;
  /** Status of the last `$( … )` in the current command (what `x=$(false)` leaves in `$?`). */
  substStatus: number | undefined;

  constructor(
    readonly svc: ShellServices,
    readonly host: HostInfo,
    readonly flavour: Flavour,
    public fs: FileSystem,
    public cwd: string,
  ) {}

  get name(): string {
    return shellName(this.flavour);
  }

  /** A subshell: a copy of the state that cannot change this shell. */
  clone(): Shell {
    const s = new Shell(this.svc, this.host, this.flavour, this.fs, this.cwd);
    s.vars = new Map(this.vars);
    s.arrays = new Map([...this.arrays].map(([k, v]) => [k, [...v]]));
    s.exported = new Set(this.exported);
    s.functions = new Map(this.functions);
    s.aliases = new Map(this.aliases);
    s.positional = [...this.positional];
    s.status = this.status;
    s.opts = { ...this.opts };
    s.run = this.run;
    s.funcDepth = this.funcDepth;
    s.condDepth = this.condDepth;
    return s;
  }

  // ExpandHost
  getVar(name: string): string | undefined {
    if (name === 'RANDOM') return String(this.svc.cluster.rng.int(32768));
    if (name === 'PWD' && !this.vars.has('PWD')) return this.cwd;
    if (name === 'SECONDS') return String(Math.floor((this.svc.cluster.now - this.svc.cluster.startTime) / 1000));
    const arr = this.arrays.get(name);
    if (arr) return arr[0];
    return this.vars.get(name);
  }
  setVar(name: string, value: string): void {
    const arr = this.arrays.get(name);
    if (arr) arr[0] = value;
    else this.vars.set(name, value);
  }
  getArray(name: string): string[] | undefined {
    return this.arrays.get(name);
  }
  setArray(name: string, values: string[]): void {
    this.vars.delete(name);
    this.arrays.set(name, values.slice(0, 100_000));
  }
  special(name: string): string | undefined {
    switch (name) {
      case '?':
        return String(this.status);
      case '$':
        return this.host.kind === 'workstation' ? '4242' : '1';
      case '#':
        return String(this.positional.length);
      case '0':
        return this.name;
      case '!':
        return '';
      case '-':
        return this.flavour === 'bash' ? 'himBHs' : 'i';
    }
    return undefined;
  }
  home(): string {
    return this.vars.get('HOME') ?? '/';
  }
  substitute(body: Script): Promise<string> {
    return substitute(this, body);
  }

  processSubstitute(body: Script, dir: '<' | '>'): Promise<string> {
    return processSubstitute(this, body, dir);
  }

  /** Where `$( … )` writes its errors: the current command's stderr. */
  errOut?: IO['err'];

  expander(): Expander {
    return new Expander(this);
  }

  tick(): void {
    if (this.run.signal.aborted) throw new StopError('interrupt');
    if (++this.run.steps > STEP_LIMIT) throw new StopError('budget');
  }

  /**
   * Every few thousand steps, lets the host's event loop run, so a Ctrl-C message can reach a
   * busy loop (a Web Worker only sees messages between tasks).
   */
  async pace(): Promise<void> {
    if (this.run.steps % YIELD_EVERY !== 0 || !macrotask) return;
    await new Promise<void>((resolve) => macrotask!(resolve, 0));
    if (this.run.signal.aborted) throw new StopError('interrupt');
  }

  /** Runs a subshell body, turning `exit` into its status. */
  async inSubshell(f: () => Promise<number>, err?: IO['err']): Promise<number> {
    try {
      return await f();
    } catch (e) {
      if (e instanceof ExitSignal) return e.status;
      if (e instanceof ExpansionError) {
        err?.write(`${this.name}: ${e.message}\n`);
        return 1;
      }
      if (e instanceof BreakSignal || e instanceof ReturnSignal) return this.status;
      throw e;
    }
  }

  /** Parses and runs text (`eval`, `source`, `sh -c`); syntax errors print and return 2. */
  async source(text: string, io: IO): Promise<number> {
    let s: Script;
    try {
      s = parse(text, { lenientHeredoc: true, warn: (m) => io.err.write(`${this.name}: ${m}\n`) });
    } catch (e) {
      if (e instanceof ParseError) {
        io.err.write(`${this.name}: ${e.message}\n`);
        return (this.status = 2);
      }
      throw e;
    }
    return this.script(s, io);
  }

  async script(s: Script, io: IO): Promise<number> {
    let status = this.status;
    for (const item of s.items) status = await this.andOr(item, io);
    return status;
  }

  private async andOr(a: AndOr, io: IO): Promise<number> {
    // `set -e` ignores failures on the left of && and ||: only the last pipeline counts.
    const run = async (p: Pipeline, last: boolean) => {
      if (last) return this.pipeline(p, io);
      this.condDepth++;
      try {
        return await this.pipeline(p, io);
      } finally {
        this.condDepth--;
      }
    };
    let status = await run(a.first, !a.rest.length);
    let ranLast = !a.rest.length;
    let negated = a.first.negate;
    for (let i = 0; i < a.rest.length; i++) {
      const { op, pipe } = a.rest[i]!;
      if ((op === '&&') !== (status === 0)) continue;
      const last = i === a.rest.length - 1;
      status = await run(pipe, last);
      ranLast = last;
      negated = pipe.negate;
    }
    this.status = status;
    if (status !== 0 && this.opts.errexit && this.condDepth === 0 && !negated && ranLast) throw new ExitSignal(status);
    return status;
  }

  private async pipeline(p: Pipeline, io: IO): Promise<number> {
    if (p.timed) {
      const t0 = this.svc.cluster.now;
      const status = await this.pipeline({ ...p, timed: false }, io);
      const ms = this.svc.cluster.now - t0;
      const fmt = (n: number) => `${Math.floor(n / 60000)}m${((n % 60000) / 1000).toFixed(3)}s`;
      io.err.write(`\nreal\t${fmt(ms)}\nuser\t0m0.000s\nsys\t0m0.000s\n`);
      return status;
    }
    if (p.negate) this.condDepth++;
    let status = 0;
    try {
      if (p.cmds.length === 1) status = await this.command(p.cmds[0]!, io);
      else {
        let stdin = io.stdin;
        const statuses: number[] = [];
        for (let i = 0; i < p.cmds.length; i++) {
          const last = i === p.cmds.length - 1;
          const out = last ? io.out : capture();
          const sub = this.clone();
          const s = await sub.inSubshell(() => sub.command(p.cmds[i]!, { stdin, out, err: io.err }), io.err);
          statuses.push(s);
          if (!last) stdin = new In((out as ReturnType<typeof capture>).text());
        }
        status = this.opts.pipefail ? ([...statuses].reverse().find((s) => s !== 0) ?? 0) : statuses[statuses.length - 1]!;
      }
    } finally {
      if (p.negate) this.condDepth--;
    }
    if (p.negate) status = status === 0 ? 1 : 0;
    this.status = status;
    return status;
  }

  /** Applies a compound command's redirections, reporting errors as bash does. */
  async withRedirs(c: Command & { redirs: import('./ast.js').Redir[] }, io: IO, f: (io: IO) => Promise<number>): Promise<number> {
    let rio: IO;
    try {
      rio = await applyRedirs(c.redirs, io, this.expander(), this.fs, this.cwd);
    } catch (e) {
      if (e instanceof RedirError) {
        io.err.write(`${this.name}: ${e.message}\n`);
        return (this.status = 1);
      }
      throw e;
    }
    return f(rio);
  }

  async command(c: Command, io: IO): Promise<number> {
    switch (c.t) {
      case 'simple':
        return (this.status = await this.simple(c, io));
      case 'func':
        this.functions.set(c.name, c.body);
        return (this.status = 0);
      default:
        return runCompound(this, c, io);
    }
  }

  async cond(s: Script, io: IO): Promise<number> {
    this.condDepth++;
    try {
      return await this.script(s, io);
    } finally {
      this.condDepth--;
    }
  }

  /** Drives a loop: `step` runs one iteration through `body` and says whether to go on. */
  async loop(step: (body: (f: () => Promise<number>) => Promise<void>) => Promise<boolean>): Promise<number> {
    let status = 0;
    this.loopDepth++;
    try {
      for (;;) {
        this.tick();
        await this.pace();
        let stop = false;
        const cont = await step(async (f) => {
          try {
            status = await f();
          } catch (e) {
            if (!(e instanceof BreakSignal)) throw e;
            if (e.levels > 1) {
              e.levels--;
              throw e;
            }
            if (!e.cont) stop = true;
          }
        });
        if (!cont || stop) break;
      }
    } finally {
      this.loopDepth--;
    }
    return (this.status = status);
  }

  async expandOrFail(words: Word[], io: IO): Promise<string[] | undefined> {
    this.errOut = io.err;
    return this.expander().words(words);
  }

  /** Alias expansion of the command word (aliases of aliases, but never the same one twice). */
  private unalias(words: Word[]): Word[] {
    const seen = new Set<string>();
    for (;;) {
      const first = words[0];
      const p = first?.parts.length === 1 ? first.parts[0] : undefined;
      if (!p || p.t !== 'lit' || p.q || seen.has(p.v) || !this.aliases.has(p.v)) return words;
      seen.add(p.v);
      try {
        const s = parse(this.aliases.get(p.v)!);
        const c = s.items[0]?.first.cmds[0];
        if (s.items.length !== 1 || s.items[0]!.rest.length || s.items[0]!.first.cmds.length !== 1 || c?.t !== 'simple' || c.redirs.length || c.assigns.length) return words;
        words = [...c.words, ...words.slice(1)];
      } catch {
        return words;
      }
    }
  }

  private async simple(c: Extract<Command, { t: 'simple' }>, io: IO): Promise<number> {
    this.tick();
    await this.pace();
    this.substStatus = undefined;
    this.errOut = io.err;
    const words = this.aliases.size ? this.unalias(c.words) : c.words;
    const ex = this.expander();
    const fdsBefore = new Set((this.fs as { fds?: Map<string, string> }).fds?.keys() ?? []);
    const assigns: [string, string][] = [];
    const argv = await ex.words(words);
    for (const a of c.assigns) {
      if (a.items || a.index) {
        // Array assignments take effect at once, even before a command (bash does the same).
        if (a.items) {
          const items = await ex.words(a.items);
          this.setArray(a.name, a.append ? [...(this.arrays.get(a.name) ?? (this.vars.has(a.name) ? [this.vars.get(a.name)!] : [])), ...items] : items);
        } else {
          const i = await ex.arith(a.index!);
          const arr = this.arrays.get(a.name) ?? (this.vars.has(a.name) ? [this.vars.get(a.name)!] : []);
          if (i < 0 || i > 100_000) throw new ExpansionError(`${a.name}[${i}]: bad array subscript`);
          const v = await ex.string(a.value);
          arr[i] = a.append ? (arr[i] ?? '') + v : v;
          this.setArray(a.name, arr);
        }
        continue;
      }
      const v = await ex.string(a.value);
      assigns.push([a.name, a.append ? (this.getVar(a.name) ?? '') + v : v]);
    }
    let rio: IO;
    try {
      rio = await applyRedirs(c.redirs, io, ex, this.fs, this.cwd);
    } catch (e) {
      if (e instanceof RedirError) {
        io.err.write(`${this.name}: ${e.message}\n`);
        return 1;
      }
      throw e;
    }
    if (!argv.length) {
      for (const [k, v] of assigns) this.setVar(k, v);
      return this.substStatus ?? 0;
    }
    if (this.opts.xtrace) io.err.write(`+ ${[...assigns.map(([k, v]) => `${k}=${v}`), ...argv].map(quoteForTrace).join(' ')}\n`);
    // `A=b cmd`: the assignment lives only for this command.
    const saved = assigns.map(([k]) => [k, this.vars.get(k), this.exported.has(k)] as const);
    for (const [k, v] of assigns) {
      this.vars.set(k, v);
      this.exported.add(k);
    }
    try {
      return await this.invoke(argv, rio, c.line);
    } finally {
      // Process-substitution files live as long as the command that got them.
      const fds = (this.fs as { fds?: Map<string, string> }).fds;
      if (fds) for (const k of [...fds.keys()]) if (!fdsBefore.has(k)) fds.delete(k);
      for (const [k, v, exp] of saved) {
        if (v === undefined) this.vars.delete(k);
        else this.vars.set(k, v);
        if (!exp) this.exported.delete(k);
      }
    }
  }

  /** Environment passed to commands: exported variables. */
  environ(): Record<string, string> {
    const env: Record<string, string> = {};
    for (const k of [...this.exported].sort()) {
      const v = this.vars.get(k);
      if (v !== undefined) env[k] = v;
    }
    return env;
  }

  /** Runs argv: function, builtin, a command of this host, or "command not found". */
  async invoke(argv: string[], io: IO, line = 1): Promise<number> {
    const name = argv[0]!;
    const fn = this.functions.get(name);
    if (fn) return this.callFunction(name, fn, argv.slice(1), io);
    const builtin = BUILTINS[name];
    if (builtin) return builtin(this, argv, io);
    return this.external(argv, io, line);
  }

  async callFunction(name: string, body: Command, args: string[], io: IO): Promise<number> {
    if (this.funcDepth >= NEST_LIMIT) {
      io.err.write(`${this.name}: ${name}: maximum function nesting level exceeded (${NEST_LIMIT})\n`);
      throw new ExitSignal(1);
    }
    const savedPos = this.positional;
    this.positional = args;
    this.funcDepth++;
    this.locals.push(new Map());
    try {
      return await this.command(body, io);
    } catch (e) {
      if (e instanceof ReturnSignal) return (this.status = e.status);
      throw e;
    } finally {
      this.funcDepth--;
      this.positional = savedPos;
      for (const [k, v] of this.locals.pop()!) {
        if (v === undefined) this.vars.delete(k);
        else this.vars.set(k, v);
      }
    }
  }

  /** The command a name runs on this host, if any (`/usr/bin/kubectl` works too). */
  lookup(name: string): CommandEntry | undefined {
    if (name.includes('/')) {
      const abs = resolvePath(this.cwd, name);
      const dir = abs.slice(0, abs.lastIndexOf('/')) || '/';
      if (!BIN_DIRS.has(dir)) return undefined;
      name = abs.slice(abs.lastIndexOf('/') + 1);
    }
    return this.svc.findCommand(name, this.host);
  }

  private external(argv: string[], io: IO, line: number): Promise<number> {
    return runExternal(this, argv, io, line);
  }

  /** Runs a script in a child shell with its own positional parameters. */
  runScriptFile(text: string, argv: string[], io: IO): Promise<number> {
    return runScriptText(this, text, argv, io);
  }
}

function quoteForTrace(s: string): string {
  return /^[A-Za-z0-9_./:=@%+,-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}
