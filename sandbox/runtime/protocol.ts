// The messages between a page and the sandbox's Web Worker host (and, later, the WebContainer
// payload): requests carry an id and get exactly one reply; output and change events stream.

import type { ClusterState } from '../cluster/cluster.js';
import type { SessionState } from '../shell/session.js';

/** A lesson's starting state: what the runtime builds before the learner types. */
export interface LessonSetup {
  /** Identifies the saved state (one per lesson), e.g. the lesson id. */
  key: string;
  seed: number;
  /** Applied in order with `kubectl apply -f NAME` before the learner starts. */
  manifests: { name: string; content: string }[];
  /** Files placed in the learner's workspace (paths relative to $HOME or absolute). */
  files?: Record<string, string>;
  /** Lines run after the manifests, outside the journal. */
  commands?: string[];
}

/** Everything a runtime restores: the cluster, the shell (history, env, cwd) and the workspace. */
export interface RuntimeState {
  format: 'knet-runtime/v1';
  /** Fingerprint of the setup this state grew from; a changed lesson starts afresh. */
  setup: string;
  /** Wall time of the save (ms since the epoch): a restore catches up with the time since. */
  savedAt?: number;
  cluster: ClusterState;
  session: SessionState;
  files: Record<string, string>;
}

/** What a cluster view needs to decide whether to redraw. */
export interface ChangeInfo {
  now: number;
  /** Number of journal entries (commands run by the learner). */
  commands: number;
  prompt: string;
  exited: boolean;
}

export interface StartReply {
  /** True when the saved state of this lesson was restored. */
  restored: boolean;
  /** True when the lesson is saved as it goes (false: no storage in this browser, or not asked to). */
  saving: boolean;
  prompt: string;
  history: string[];
  /** Why a saved state could not be used, if it was dropped. */
  warning?: string;
}

export interface RunReply {
  exit: number;
  prompt: string;
  exited: boolean;
}

export interface StartOptions {
  /** Save the state in the host's storage (IndexedDB in the browser); a saved state is loaded either way. */
  persist?: boolean;
  columns?: number;
  /** Int32Array view target shared with the page: element 0 is non-zero while Ctrl-C is pending. */
  abort?: SharedArrayBuffer;
}

export type Request =
  | { type: 'start'; id: number; setup: LessonSetup; options: StartOptions }
  | { type: 'run'; id: number; line: string; stdin?: string }
  | { type: 'complete'; id: number; line: string; cursor: number }
  | { type: 'readFile'; id: number; path: string }
  | { type: 'writeFile'; id: number; path: string; content: string }
  | { type: 'listFiles'; id: number }
  | { type: 'snapshot'; id: number }
  | { type: 'restore'; id: number; state: RuntimeState }
  | { type: 'reset'; id: number }
  /** Ctrl-C: stops the line that is running, if any. No reply. */
  | { type: 'interrupt' };

export type Reply = { type: 'reply'; id: number; ok: true; value: unknown } | { type: 'reply'; id: number; ok: false; error: string };

export type Event =
  | { type: 'output'; id: number; stream: 'stdout' | 'stderr'; data: string }
  | { type: 'changed'; info: ChangeInfo }
  /** Something the learner should know that is not command output (storage full, state dropped). */
  | { type: 'warning'; message: string };

export type Message = Reply | Event;
