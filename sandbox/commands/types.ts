// The contract between the shell and every command it runs: kubectl, curl, cat, ...
// A command reads argv and stdin, writes stdout and stderr, and returns its exit status.

import type { Cluster } from '../cluster/cluster.js';
import type { FileSystem } from '../fs/types.js';

/** Where a shell runs: the learner's workstation, a container in a pod, or a kind node. */
export interface HostInfo {
  kind: 'workstation' | 'pod' | 'node';
  /** `hostname` output. */
  hostname: string;
  /** For pods: namespace/name and container; for nodes: the node name. */
  namespace?: string;
  pod?: string;
  container?: string;
  node?: string;
  /** The container image, which decides which tools exist (busybox has no curl). */
  image?: string;
}

export interface CommandIO {
  stdin: string;
  stdout(s: string): void;
  stderr(s: string): void;
}

/** Where a nested shell's exit handler writes: the output of the line that typed `exit`. */
export interface ShellExitIO {
  stdout(s: string): void;
  stderr(s: string): void;
}

export interface CommandContext extends CommandIO {
  /** argv[0] is the command name as typed. */
  argv: string[];
  cluster: Cluster;
  fs: FileSystem;
  cwd: string;
  env: Record<string, string>;
  host: HostInfo;
  /** Terminal width for tools that size output to it (wget's progress bar), when known. */
  columns?: number;
  /** True when stdin/stdout are a terminal (`-it`), so tools may prompt or colour. */
  tty: boolean;
  /** Checked by long-running commands; set by Ctrl-C or the runaway limit. */
  signal: { aborted: boolean };
  /** Runs a nested command line in a (possibly different) host: `kubectl exec`, `docker exec`. */
  exec(line: string | string[], opts?: { host?: HostInfo; stdin?: string; tty?: boolean }): Promise<number>;
  /**
   * Opens an interactive shell in another host (`kubectl exec -it POD -- sh`); the session keeps
   * it until `exit`. Returns false when the host runtime cannot (a one-shot `knet run`).
   * `onExit`, when given, runs once that shell ends (`kubectl run --rm -it` deletes its pod then),
   * with the shell's exit status and the output of the line that ended it; it then owns the
   * messages (the session prints exec's `command terminated with exit code N` only without it)
   * and may return the status the outer shell's `$?` gets (default: the nested shell's).
   */
  enterShell?(host: HostInfo, shell: string, onExit?: (status: number, io: ShellExitIO) => number | void): boolean;
  /**
   * Lets the learner edit a text (`kubectl edit`, `$EDITOR`): resolves to the saved text, or
   * undefined when the editor was closed without saving. Absent when the host has no editor.
   */
  editText?(path: string, text: string): Promise<string | undefined>;
  /**
   * For streaming commands (`kubectl get -w`): resolves when the cluster may have changed (the
   * clock moved or something was written), or false once the stream should end (Ctrl-C). Absent
   * in one-shot hosts, where such commands print their first output and return.
   */
  waitForChange?(): Promise<boolean>;
}

export interface Command {
  name: string;
  /** Runs the command; the result is the exit status. */
  run(ctx: CommandContext): number | Promise<number>;
}

export interface CommandEntry {
  name: string;
  /** Lazy import so bundlers split each command into its own chunk. */
  load: () => Promise<Command>;
  /** Which hosts ship it. Default: every host. */
  available?: (host: HostInfo) => boolean;
}
