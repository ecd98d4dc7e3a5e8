// A lesson's live sandbox in a runtime host: the cluster built from the setup (or a saved state),
// the learner's workspace and a Session whose clock follows the host's wall clock.

import { Cluster } from '../cluster/cluster.js';
import { createCluster } from '../cluster/bootstrap.js';
import { MemoryFs } from '../fs/memfs.js';
import { resolvePath } from '../fs/types.js';
import { Session, type SessionOptions } from '../shell/session.js';
import { fnv32a } from '../util/hash.js';
import { HOME } from './replay.js';
import type { LessonSetup, RuntimeState } from './protocol.js';

/** A lesson starts from a settled state, as if the learner arrived a minute after the setup ran. */
export const SETTLE_MS = 60_000;
/**
 * A restored lesson's cluster catches up with the time the learner was away (AGE grows, as on a
 * cluster left running), up to a day, so a lesson reopened after weeks does not simulate weeks.
 */
export const MAX_AWAY_MS = 24 * 3600_000;
/** How often a streaming command (`kubectl get -w`) looks at the cluster again. */
export const WATCH_POLL_MS = 1000;

export interface Clock {
  /** Wall time, ms since the epoch. */
  now(): number;
  /** Resolves after `ms` of wall time. */
  wait(ms: number): Promise<void>;
}

export interface Lesson {
  cluster: Cluster;
  fs: MemoryFs;
  session: Session;
}

export function setupFingerprint(setup: LessonSetup): string {
  const { key: _key, ...rest } = setup;
  return fnv32a(JSON.stringify(rest)).toString(16).padStart(8, '0');
}

/** Waits up to `ms` of wall time, in short steps so Ctrl-C ends it; returns the time waited. */
async function waitFor(clock: Clock, ms: number, signal: { aborted: boolean }): Promise<number> {
  const start = clock.now();
  let waited = 0;
  while (!signal.aborted && waited < ms) {
    await clock.wait(Math.min(100, ms - waited));
    waited = clock.now() - start;
  }
  return Math.min(ms, waited);
}

function sessionOptions(cluster: Cluster, fs: MemoryFs, clock: Clock, columns: number | undefined, away = 0): SessionOptions {
  // The cluster clock runs ahead of the wall (bootstrap and setup took simulated time, a restored
  // lesson skipped part of the time away); from here it follows wall time at that offset.
  const offset = cluster.now + away - clock.now();
  const follow = () => cluster.advanceTo(Math.max(cluster.now, clock.now() + offset));
  return {
    cluster,
    fs,
    home: HOME,
    ...(columns !== undefined ? { columns } : {}),
    beforeLine: follow,
    // `sleep 5` really waits, and moves the cluster on by exactly the time slept.
    sleep: async (ms, signal) => cluster.advance(await waitFor(clock, ms, signal)),
    waitForChange: async (signal) => {
      await waitFor(clock, WATCH_POLL_MS, signal);
      if (signal.aborted) return false;
      follow();
      return true;
    },
  };
}

function workspace(files: Record<string, string>): MemoryFs {
  const fs = new MemoryFs();
  fs.mkdir(HOME, true);
  for (const [p, content] of Object.entries(files)) fs.write(resolvePath(HOME, p), content);
  return fs;
}

/** Builds the lesson from its setup: a fresh cluster, manifests applied, settled. */
export async function startLesson(setup: LessonSetup, clock: Clock, columns?: number, warn: (s: string) => void = () => {}): Promise<Lesson> {
  const cluster = createCluster({ seed: setup.seed, startTime: Math.floor(clock.now() / 1000) * 1000 });
  const fs = workspace(setup.files ?? {});
  if (setup.manifests.length > 0 || setup.commands?.length) {
    // The setup is part of the lesson, not the learner's journal: run it in a session that does not record.
    const setupFs = workspace(Object.fromEntries(setup.manifests.map((m) => [m.name, m.content])));
    const installer = new Session({ cluster, fs: setupFs, home: HOME, journal: false });
    const quiet = { stdout: () => {}, stderr: (s: string) => warn(`lesson setup: ${s}`) };
    for (const m of setup.manifests) await installer.run(`kubectl apply -f ${m.name}`, quiet);
    for (const line of setup.commands ?? []) await installer.run(line, quiet);
    cluster.advance(SETTLE_MS);
  }
  return { cluster, fs, session: new Session(sessionOptions(cluster, fs, clock, columns)) };
}

/** Brings a saved lesson back; its clock moves on by the time away (at most MAX_AWAY_MS) at the next line. */
export function restoreLesson(state: RuntimeState, clock: Clock, columns?: number): Lesson {
  const cluster = Cluster.restore(state.cluster);
  const fs = workspace(state.files);
  const away = state.savedAt === undefined ? 0 : Math.min(MAX_AWAY_MS, Math.max(0, clock.now() - state.savedAt));
  return { cluster, fs, session: Session.restore(state.session, sessionOptions(cluster, fs, clock, columns, away)) };
}

export function lessonState(lesson: Lesson, setup: string, savedAt: number): RuntimeState {
  return {
    format: 'knet-runtime/v1',
    setup,
    savedAt,
    cluster: lesson.cluster.snapshot(),
    session: lesson.session.exportState(),
    files: lesson.fs.dump(),
  };
}
