// Connects a terminal (xterm.js or anything with the same small surface) to a shell backend through
// the LineEditor: keys in, prompt and command output out, Ctrl-C to a running command, resizes.
import type { Completion } from './complete.js';
import { LineEditor, type FeedResult } from './line-editor.js';

/** The part of xterm.js's Terminal this module uses. */
export interface TerminalLike {
  readonly cols: number;
  write(data: string): void;
  onData(listener: (data: string) => void): { dispose(): void };
  onResize?(listener: (size: { cols: number; rows: number }) => void): { dispose(): void };
}

export interface ShellIO {
  stdout(s: string): void;
  stderr(s: string): void;
  /** Set when the learner presses Ctrl-C while the command runs. */
  signal: { aborted: boolean };
  tty: boolean;
}

/** What the terminal needs from a shell; the sandbox's Session has this shape. */
export interface ShellBackend {
  prompt(): string;
  run(line: string, io: ShellIO): Promise<number>;
  /** Ctrl-C while a line runs, for a backend that cannot watch `io.signal` (one in another thread). */
  interrupt?(): void;
  needsMore?(text: string): boolean;
  complete?(line: string, cursor: number): Promise<Completion>;
  readonly history?: readonly string[];
  /** True once the workstation shell has exited. */
  readonly exited?: boolean;
}

export interface AttachOptions {
  historySize?: number;
  /** Called after every command with its exit status (progress tracking, autosave). */
  onCommand?(line: string, status: number): void;
}

export interface AttachedTerminal {
  /** Resolves once the first prompt is on screen. */
  ready: Promise<void>;
  /** Resolves when the current command (if any) and any queued type-ahead have finished. */
  idle(): Promise<void>;
  dispose(): void;
}

/** Shell output uses bare newlines; a terminal needs CR LF. */
export function toTerminal(s: string): string {
  return s.replace(/\r?\n/g, '\r\n');
}

export function attachTerminal(term: TerminalLike, backend: ShellBackend, options: AttachOptions = {}): AttachedTerminal {
  const editor = new LineEditor({
    prompt: backend.prompt(),
    columns: term.cols,
    ...(backend.needsMore ? { needsMore: (t: string) => backend.needsMore!(t) } : {}),
    ...(backend.complete ? { completer: (l: string, c: number) => backend.complete!(l, c) } : {}),
    history: backend.history ?? [],
    ...(options.historySize !== undefined ? { historySize: options.historySize } : {}),
  });
  let running: { aborted: boolean } | undefined;
  let ended = false;
  let work: Promise<void> = Promise.resolve();

  const io = (signal: { aborted: boolean }): ShellIO => ({
    stdout: (s) => term.write(toTerminal(s)),
    stderr: (s) => term.write(toTerminal(s)),
    signal,
    tty: true,
  });

  async function runLine(line: string): Promise<void> {
    const signal = { aborted: false };
    running = signal;
    let status: number;
    try {
      status = await backend.run(line, io(signal));
    } catch (e) {
      // A crash in the simulator must not kill the terminal; show it like a shell would show a fatal error.
      term.write(toTerminal(`knet: internal error: ${e instanceof Error ? e.message : String(e)}\n`));
      status = 1;
    }
    running = undefined;
    options.onCommand?.(line, status);
  }

  async function show(result: FeedResult): Promise<void> {
    term.write(result.output);
    for (const event of result.events) {
      if (event.type === 'line') await runLine(event.text);
      else if (event.type === 'eof') {
        term.write('exit\r\n');
        await runLine('exit');
      } else continue;
      if (backend.exited) {
        ended = true;
        term.write(toTerminal('\n[The shell has exited. Reload the page to start a new one.]\n'));
        return;
      }
      editor.setPrompt(backend.prompt());
      await show(await editor.start());
    }
  }

  const ready = editor.start().then((r) => show(r));
  work = ready;

  const data = term.onData((d) => {
    if (ended) return;
    if (running && d.includes('\x03')) {
      // Ctrl-C goes to the running command, not to the next prompt; the shell prints the ^C.
      running.aborted = true;
      backend.interrupt?.();
      d = d.replace(/\x03/g, '');
      if (d === '') return;
    }
    work = work.then(async () => show(await editor.feed(d)));
  });
  const resize = term.onResize?.(({ cols }) => editor.resize(cols));

  return {
    ready,
    idle: async () => {
      let seen: Promise<void> | undefined;
      while (seen !== work) {
        seen = work;
        await work;
      }
    },
    dispose: () => {
      data.dispose();
      resize?.dispose();
    },
  };
}
