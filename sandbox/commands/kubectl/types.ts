// The shape of a kubectl verb: its flags, its help text in kubectl's words, and what it does.

import type { Cluster } from '../../cluster/cluster.js';
import type { CommandContext } from '../types.js';
import type { FlagSpec, ParsedFlags } from './flags.js';

export interface KubectlContext {
  ctx: CommandContext;
  cluster: Cluster;
  /** `-n`, or the context's namespace (`default`). */
  namespace: string;
  /** Whether `-n` was given explicitly. */
  namespaceExplicit: boolean;
  /** `-v=N`. */
  verbosity: number;
  out(s: string): void;
  err(s: string): void;
  /** `kubectl <path>`, e.g. `kubectl create deployment`, for `See '… --help'` hints. */
  commandPath: string;
  /** Logs a REST call at -v=6..8 the way kubectl's round-tripper does. */
  logRequest(method: string, path: string, status: number, body?: unknown): void;
}

export interface Verb {
  name: string;
  aliases?: string[];
  /** One line for `kubectl --help`'s command list. */
  short: string;
  /** The group heading in `kubectl --help` ("Basic Commands (Beginner):" …). */
  group?: string;
  /** Full `--help` text as real kubectl prints it (without the trailing global-options note). */
  help: string;
  flags: FlagSpec[];
  subcommands?: Verb[];
  /**
   * Runs the verb with parsed flags. Returns the exit status. Errors may be thrown as StatusError
   * (printed `Error from server (Reason): …`) or KubectlError (printed `error: …`).
   */
  run?(k: KubectlContext, f: ParsedFlags): number | Promise<number>;
}

/** A client-side error kubectl prints as `error: <message>` (exit 1 unless given). */
export class KubectlError extends Error {
  constructor(message: string, readonly exitCode = 1, readonly usageHint = false) {
    super(message);
  }
}

/** A verb in the registry: its name for dispatch, loaded only when run. */
export interface VerbEntry {
  name: string;
  aliases?: string[];
  load: () => Promise<Verb>;
}
