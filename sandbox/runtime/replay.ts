// Replays a journal on a fresh cluster built from the same config and seed. This is how a
// workspace is graded: the state is recomputed from what the learner typed, so a hand-edited
// state file cannot fake a pass.

import { Cluster, type JournalEntry } from '../cluster/cluster.js';
import { createCluster } from '../cluster/bootstrap.js';
import type { KindConfig } from '../cluster/config.js';
import { MemoryFs } from '../fs/memfs.js';
import { Session } from '../shell/session.js';

export interface ReplayOrigin {
  seed: number;
  startTime: number;
  config: KindConfig;
}

export interface ReplayResult {
  cluster: Cluster;
  /** Entries whose exit status differed from the recorded one (the journal does not match this engine). */
  divergences: { index: number; line: string; recorded: number; replayed: number }[];
}

export const HOME = '/home/learner';

export async function replayJournal(origin: ReplayOrigin, journal: readonly JournalEntry[], from?: Cluster): Promise<ReplayResult> {
  const cluster = from ?? createCluster(origin);
  const fs = new MemoryFs();
  fs.mkdir(HOME, true);
  const session = new Session({ cluster, fs, home: HOME });
  const divergences: ReplayResult['divergences'] = [];
  const discard = () => {};
  for (const [index, e] of journal.entries()) {
    cluster.advanceTo(e.at);
    for (const [p, content] of Object.entries(e.files ?? {})) fs.write(p, content);
    const code = await session.run(e.line, {
      stdout: discard,
      stderr: discard,
      stdin: e.stdin ?? '',
      signal: { aborted: false },
      tty: !!e.tty,
      interactive: !!e.interactive,
    });
    if (code !== e.exit) divergences.push({ index, line: e.line, recorded: e.exit, replayed: code });
  }
  return { cluster, divergences };
}

/** The origin of a saved cluster: enough to rebuild it from scratch. */
export function originOf(c: Cluster): ReplayOrigin {
  return { seed: c.seed, startTime: c.startTime, config: c.config };
}
