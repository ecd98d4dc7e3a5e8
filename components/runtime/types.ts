// The runtime interface (DESIGN contract 4): what the page needs from wherever the sandbox runs —
// a Web Worker (`local`) or a WebContainer — so the terminal and cluster views never care which.
import type { ChangeInfo, LessonSetup, RuntimeState, StartReply } from '../../sandbox/index.js';

export type { ChangeInfo, LessonSetup, RuntimeState, StartReply };

export type RuntimeKind = 'local' | 'webcontainer';

export interface RunHandlers {
  onStdout(data: string): void;
  onStderr(data: string): void;
  /** Text the line reads as standard input (the terminal sends none). */
  stdin?: string;
  /** Aborting it has the effect of `interrupt()` for this line. */
  signal?: AbortSignal;
}

export interface RuntimeOptions {
  /** Keep the lesson's state across reloads (IndexedDB in the browser). Default true. */
  persist?: boolean;
  /** Terminal width that commands format for. */
  columns?: number;
}

export interface RuntimeEvents {
  /** The cluster or the workspace changed (after a command, a file write, a restore, a reset). */
  change: ChangeInfo;
  /** A message for the learner that is not command output. */
  warning: string;
}

export interface Runtime {
  readonly kind: RuntimeKind;
  /** Builds the lesson's cluster from its setup, or restores the saved state of the same lesson. */
  start(setup: LessonSetup, options?: RuntimeOptions): Promise<StartReply>;
  /** Runs one line as typed at the prompt; resolves to its exit status. */
  run(line: string, handlers: RunHandlers): Promise<number>;
  /** Ctrl-C: stops the running line (a no-op when none runs). */
  interrupt(): void;
  /** True when the text so far is an unfinished command (open quote, `\`, heredoc, `do` without `done`). */
  needsMore(text: string): boolean;
  complete(line: string, cursor: number): Promise<{ start: number; candidates: string[] }>;
  /** The prompt of the current shell (changes with `cd` and `kubectl exec -it`). */
  prompt(): string;
  /** True once the workstation shell has exited. */
  readonly exited: boolean;
  /** The learner's history, oldest first, as of the last start. */
  readonly history: readonly string[];
  /** Workspace files; relative paths are under the learner's home directory. */
  readFile(path: string): Promise<string | undefined>;
  writeFile(path: string, content: string): Promise<void>;
  listFiles(): Promise<string[]>;
  /** The whole lesson (cluster, shell, workspace) as one serializable value. */
  snapshot(): Promise<RuntimeState>;
  restore(state: RuntimeState): Promise<void>;
  /** Forgets the saved state and starts the lesson afresh. */
  reset(): Promise<StartReply>;
  on<E extends keyof RuntimeEvents>(event: E, listener: (value: RuntimeEvents[E]) => void): () => void;
  dispose(): void;
}
