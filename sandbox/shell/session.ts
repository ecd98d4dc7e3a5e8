// A terminal session: the public face of the shell for the runtimes (CLI, Web Worker, tests).
// It owns the stack of shells (workstation, then any `kubectl exec -it` shells), history,
// the journal, and turns runaway lines and Ctrl-C into clear messages.

import type { Cluster } from '../cluster/cluster.js';
import type { FileSystem } from '../fs/types.js';
import { MemoryFs } from '../fs/memfs.js';
import type { CommandEntry, HostInfo, ShellExitIO } from '../commands/types.js';
import type { Command } from './ast.js';
import { findCommand } from '../commands/registry.js';
import { ExitSignal, ReturnSignal, BreakSignal, Shell, type ShellServices } from './interpreter.js';
import { In, type IO } from './io.js';
import { ParseError } from './lexer.js';
import { isIncomplete, parse } from './parser.js';
import { INTERRUPT_STATUS, STEP_LIMIT_MESSAGE, STEP_LIMIT_STATUS, StopError } from './limits.js';
import { flavourFor, promptFor, syntaxMessage, type Flavour } from './flavour.js';
import { defaultEnv, DevFdFs, startDir, TrackingFs, whereOf, WORKSTATION } from './hostenv.js';
import { complete } from './complete.js';
import { hostFiles } from '../net/connect/hostfiles.js';
import { expandHistory } from './histexpand.js';
import { ExpansionError } from './expand.js';
import { BUILTINS } from './builtins/index.js';

export interface SessionOptions {
  cluster: Cluster;
  fs: FileSystem;
  home: string;
  cwd?: string;
  env?: Record<string, string>;
  columns?: number;
  /** Default: virtual time, `cluster.advance(ms)`. */
  sleep?: (ms: number, signal: { aborted: boolean }) => Promise<void>;
  /** Called before each line (the browser advances the cluster clock to wall time here). */
  beforeLine?: () => void;
  /** Append each line to `cluster.journal` (default true). */
  journal?: boolean;
  /** The file system of a pod's container or a node; default: an empty one per host. */
  hostFs?: (host: HostInfo) => FileSystem;
  /** Extra environment for a host's shells (a pod's service variables). */
  hostEnv?: (host: HostInfo) => Record<string, string>;
  /** Commands that take precedence over the registry (tests' stubs, runtime extras). */
  commands?: CommandEntry[];
  /** The runtime's editor for `kubectl edit` and `vi FILE`: resolves to the saved text, or undefined. */
  editText?: (path: string, text: string) => Promise<string | undefined>;
  /** For streaming commands (`kubectl get -w`): resolves true when the cluster may have changed, false to stop. */
  waitForChange?: (signal: { aborted: boolean }) => Promise<boolean>;
}

export interface RunIO {
  stdout(s: string): void;
  stderr(s: string): void;
  stdin?: string;
  signal?: { aborted: boolean };
  tty?: boolean;
  /**
   * Whether `kubectl exec -it` may open a nested shell that later lines run in. Default: `tty`.
   * Journal replay passes true so lines typed inside a pod shell run there again.
   */
  interactive?: boolean;
}

interface FrameState {
  host: HostInfo;
  flavour: Flavour;
  cwd: string;
  vars: [string, string][];
  arrays?: [string, string[]][];
  exported: string[];
  aliases: [string, string][];
  functions: [string, Command][];
  opts: Shell['opts'];
  status: number;
}

export interface SessionState {
  format: 'knet-session/v1';
  history: string[];
  frames: FrameState[];
}

export class Session {
  readonly history: string[] = [];
  /** Set when the workstation shell ran `exit`. */
  exited = false;
  exitCode: number | undefined;
  private frames: Shell[] = [];
  /** Callbacks for when a nested shell ends (`kubectl run --rm -it`), by frame. */
  private onExit = new Map<Shell, (status: number, io: ShellExitIO) => number | void>();
  private readFiles: Record<string, string> = {};
  private hostFs = new Map<string, FileSystem>();
  private interactive = false;
  private readonly svc: ShellServices;

  constructor(private readonly opts: SessionOptions) {
    const cluster = opts.cluster;
    this.svc = {
      cluster,
      ...(opts.columns !== undefined ? { columns: opts.columns } : {}),
      sleep: opts.sleep ?? (async (ms) => cluster.advance(ms)),
      history: () => this.history,
      findCommand: (name, host) => {
        const extra = opts.commands?.find((c) => c.name === name && (!c.available || c.available(host)));
        return extra ?? findCommand(name, host);
      },
      exec: (from, io, line, o) => this.exec(from, io, line, o),
      enterShell: (host, shell, onExit) => this.enterShell(host, shell, onExit),
    };
    if (opts.editText) this.svc.editText = opts.editText;
    if (opts.waitForChange) this.svc.waitForChange = opts.waitForChange;
    const sh = this.newShell(WORKSTATION, 'bash');
    if (opts.cwd) sh.cwd = opts.cwd;
    for (const [k, v] of Object.entries(opts.env ?? {})) {
      sh.vars.set(k, v);
      sh.exported.add(k);
    }
    sh.vars.set('HOSTNAME', WORKSTATION.hostname);
    this.frames.push(sh);
  }

  private fsFor(host: HostInfo): FileSystem {
    return new DevFdFs(this.baseFs(host));
  }

  private baseFs(host: HostInfo): FileSystem {
    if (host.kind === 'workstation') return new TrackingFs(this.opts.fs, (p, c) => void (p in this.readFiles || (this.readFiles[p] = c)));
    const key = whereOf(host);
    let fs = this.hostFs.get(key);
    if (!fs) {
      fs = this.opts.hostFs?.(host) ?? new MemoryFs(hostFiles(this.opts.cluster, host));
      this.hostFs.set(key, fs);
    }
    return fs;
  }

  private newShell(host: HostInfo, name: string): Shell {
    const sh = new Shell(this.svc, host, flavourFor(host, name), this.fsFor(host), startDir(host, this.opts.home));
    const env = { ...defaultEnv(host, this.opts.home), ...(this.opts.hostEnv?.(host) ?? {}) };
    for (const [k, v] of Object.entries(env)) {
      sh.vars.set(k, v);
      if (k !== 'HOSTNAME' || host.kind !== 'workstation') sh.exported.add(k);
    }
    sh.vars.set('PWD', sh.cwd);
    return sh;
  }

  private get top(): Shell {
    return this.frames[this.frames.length - 1]!;
  }

  prompt(): string {
    const sh = this.top;
    return promptFor(sh.flavour, sh.host, sh.cwd, sh.host.kind === 'workstation' ? this.opts.home : '/root');
  }

  needsMore(text: string): boolean {
    return isIncomplete(text);
  }

  complete(line: string, cursor: number): Promise<{ start: number; candidates: string[] }> {
    try {
      return Promise.resolve(complete(this.top, line, cursor));
    } catch {
      return Promise.resolve({ start: cursor, candidates: [] });
    }
  }

  private remember(line: string): void {
    // Debian's default ~/.bashrc sets HISTCONTROL=ignoreboth.
    if (!line.trim() || /^\s/.test(line) || this.history[this.history.length - 1] === line) return;
    this.history.push(line);
  }

  async run(line: string, io: RunIO): Promise<number> {
    this.opts.beforeLine?.();
    const sh = this.top;
    const at = this.opts.cluster.now;
    this.readFiles = {};
    if (io.tty && sh.flavour === 'bash') {
      const h = expandHistory(line, this.history);
      if ('error' in h) {
        io.stderr(`bash: ${h.error}\n`);
        return (sh.status = 1);
      }
      if (h.changed) {
        io.stdout(h.line + '\n');
        line = h.line;
      }
    }
    this.remember(line);
    if (sh.fs instanceof DevFdFs) sh.fs.fds.clear();
    const signal = io.signal ?? { aborted: false };
    sh.run = { steps: 0, signal, tty: !!io.tty };
    this.interactive = io.interactive ?? !!io.tty;
    const out = { write: (s: string) => io.stdout(s), terminal: true };
    const err = { write: (s: string) => io.stderr(s), terminal: true };
    const rio: IO = { stdin: new In(io.stdin ?? ''), out, err };
    let status: number;
    try {
      const ast = parse(line, { lenientHeredoc: true, warn: (m) => err.write(`${sh.name}: ${m}\n`) });
      status = await sh.script(ast, rio);
    } catch (e) {
      status = this.failure(e, sh, rio);
    }
    sh.status = status;
    if (this.opts.journal !== false) {
      const entry: import('../cluster/cluster.js').JournalEntry = { line, at, exit: status, where: whereOf(sh.host) };
      if (Object.keys(this.readFiles).length) entry.files = this.readFiles;
      if (io.stdin) entry.stdin = io.stdin;
      if (io.tty) entry.tty = true;
      if (this.interactive) entry.interactive = true;
      this.opts.cluster.journal.push(entry);
    }
    return status;
  }

  /** Turns whatever stopped a line into its status (and message). */
  private failure(e: unknown, sh: Shell, io: IO): number {
    if (e instanceof ParseError) {
      io.err.write(syntaxMessage(sh.flavour, e.message, 1));
      return 2;
    }
    if (e instanceof ExitSignal) {
      if (this.frames.length > 1) {
        this.frames.pop();
        if (sh.flavour === 'bash' && sh.run.tty) io.err.write('exit\n');
        const done = this.onExit.get(sh);
        this.onExit.delete(sh);
        let status = e.status;
        if (done) status = done(e.status, { stdout: (x) => io.out.write(x), stderr: (x) => io.err.write(x) }) ?? e.status;
        else if (e.status !== 0 && sh.host.kind === 'pod') io.err.write(`command terminated with exit code ${e.status}\n`);
        // The shell we return to sees the status of the command that opened the nested one
        // (kubectl exec/run exit with the nested shell's status).
        this.frames[this.frames.length - 1]!.status = status;
        return status;
      } else {
        if (sh.run.tty) io.err.write('exit\n');
        this.exited = true;
        this.exitCode = e.status;
      }
      return e.status;
    }
    if (e instanceof ReturnSignal || e instanceof BreakSignal) return sh.status;
    // Expansion errors (`${x:?}`, `$((1/0))`, bad substitution) abort the rest of the line.
    if (e instanceof ExpansionError) {
      io.err.write(`${sh.name}: ${e.message}\n`);
      return 1;
    }
    if (e instanceof StopError) {
      if (e.why === 'interrupt') {
        io.err.write('^C\n');
        return INTERRUPT_STATUS;
      }
      io.err.write(STEP_LIMIT_MESSAGE);
      return STEP_LIMIT_STATUS;
    }
    if (e instanceof RangeError) {
      io.err.write(`knet: command stopped: it nested too deeply\n`);
      return 1;
    }
    io.err.write(`knet: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }

  /** `ctx.exec`: a nested line or argv in another host (`kubectl exec`, `docker exec`). */
  private async exec(from: Shell, io: IO, line: string | string[], o: { host?: HostInfo; stdin?: string; tty?: boolean } = {}): Promise<number> {
    const host = o.host ?? from.host;
    const sh = host === from.host ? from.clone() : this.newShell(host, 'sh');
    sh.run = from.run;
    const sio: IO = o.stdin !== undefined ? { ...io, stdin: new In(o.stdin) } : io;
    return sh.inSubshell(async () => {
      if (typeof line === 'string') return sh.source(line, sio);
      if (!line.length) return 0;
      const name = line[0]!;
      if (!BUILTINS[name] && !sh.lookup(name)) {
        // Same host (xargs, env): the caller words the error. Another host: the container runtime's.
        if (host !== from.host) io.err.write(`exec: "${name}": executable file not found in $PATH\n`);
        return 127;
      }
      return sh.invoke(line, sio);
    });
  }

  private enterShell(host: HostInfo, shell: string, onExit?: (status: number, io: ShellExitIO) => number | void): boolean {
    if (!this.interactive) return false;
    const sh = this.newShell(host, shell);
    this.frames.push(sh);
    if (onExit) this.onExit.set(sh, onExit);
    return true;
  }

  exportState(): SessionState {
    return {
      format: 'knet-session/v1',
      history: [...this.history],
      frames: this.frames.map((sh) => ({
        host: sh.host,
        flavour: sh.flavour,
        cwd: sh.cwd,
        vars: [...sh.vars],
        arrays: [...sh.arrays],
        exported: [...sh.exported],
        aliases: [...sh.aliases],
        functions: structuredClone([...sh.functions]),
        opts: { ...sh.opts },
        status: sh.status,
      })),
    };
  }

  static restore(state: SessionState, opts: SessionOptions): Session {
    const s = new Session(opts);
    if (state?.format !== 'knet-session/v1') return s;
    s.history.push(...state.history);
    s.frames = state.frames.map((f) => {
      const sh = new Shell(s.svc, f.host, f.flavour, s.fsFor(f.host), f.cwd);
      sh.vars = new Map(f.vars);
      // JSON turns the holes of sparse arrays into null; bring them back as holes.
      sh.arrays = new Map((f.arrays ?? []).map(([k, v]) => [k, v.map((x) => x ?? undefined) as string[]]));
      sh.exported = new Set(f.exported);
      sh.aliases = new Map(f.aliases);
      sh.functions = new Map(structuredClone(f.functions));
      sh.opts = { ...sh.opts, ...f.opts };
      sh.status = f.status;
      return sh;
    });
    if (!s.frames.length) s.frames.push(s.newShell(WORKSTATION, 'bash'));
    return s;
  }
}
