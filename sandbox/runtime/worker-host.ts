// The runtime host's message handler: turns protocol requests into work on one lesson's sandbox.
// It knows nothing of Workers or IndexedDB (worker.ts plugs those in), so Node tests drive it too.

import type { ChangeInfo, LessonSetup, Message, Request, RunReply, RuntimeState, StartOptions, StartReply } from './protocol.js';
import { lessonState, restoreLesson, setupFingerprint, startLesson, type Clock, type Lesson } from './lesson.js';
import { HOME } from './replay.js';
import { resolvePath } from '../fs/types.js';

/** Output waits at most this long (wall time) before it is sent to the page. */
const FLUSH_MS = 30;

/** Where a host keeps each lesson's state: one value per key, written in one transaction. */
export interface StateStorage {
  load(key: string): Promise<unknown>;
  save(key: string, value: RuntimeState): Promise<void>;
  clear(key: string): Promise<void>;
}

export interface HostDeps {
  post(message: Message): void;
  clock: Clock;
  /** Runs `f` after `ms` of wall time (the host's setTimeout); used to send output in batches. */
  later(f: () => void, ms: number): void;
  storage?: StateStorage;
}

type Work = Exclude<Request, { type: 'interrupt' }>;

export interface WorkerHost {
  handle(request: Request): void;
  /** Resolves when every request received so far has been answered (tests). */
  idle(): Promise<void>;
}

/** The storage key of a lesson's state. */
export function stateKey(setup: LessonSetup): string {
  return `lesson:${setup.key}`;
}

function isState(v: unknown): v is RuntimeState {
  return typeof v === 'object' && v !== null && (v as RuntimeState).format === 'knet-runtime/v1';
}

export function createWorkerHost(deps: HostDeps): WorkerHost {
  let lesson: Lesson | undefined;
  let setup: LessonSetup | undefined;
  let options: StartOptions = {};
  let abortView: Int32Array | undefined;
  /** The Ctrl-C flag of the line that is running. */
  let running: { hit: boolean } | undefined;
  let queue: Promise<void> = Promise.resolve();

  const live = (): Lesson => {
    if (!lesson) throw new Error('the runtime has not been started');
    return lesson;
  };

  const changed = (): void => {
    const l = live();
    const info: ChangeInfo = { now: l.cluster.now, commands: l.cluster.journal.length, prompt: l.session.prompt(), exited: l.session.exited };
    deps.post({ type: 'changed', info });
  };

  const saving = (): boolean => !!deps.storage && !!options.persist;

  /** Saves the whole lesson in one write; a failed save is reported, never fatal. */
  const save = async (): Promise<void> => {
    if (!saving() || !setup || !lesson) return;
    try {
      await deps.storage!.save(stateKey(setup), lessonState(lesson, setupFingerprint(setup), deps.clock.now()));
    } catch (e) {
      deps.post({ type: 'warning', message: `Your work could not be saved in this browser: ${e instanceof Error ? e.message : String(e)}` });
    }
  };

  const fresh = async (): Promise<Lesson> =>
    startLesson(setup!, deps.clock, options.columns, (m) => deps.post({ type: 'warning', message: m }));

  async function start(s: LessonSetup, o: StartOptions): Promise<StartReply> {
    setup = s;
    options = o;
    abortView = o.abort ? new Int32Array(o.abort) : undefined;
    let warning: string | undefined;
    // Loaded even when not persisting: a second tab of a lesson starts from the first one's work.
    const saved = deps.storage ? await deps.storage.load(stateKey(s)).catch(() => undefined) : undefined;
    lesson = undefined;
    if (isState(saved) && saved.setup === setupFingerprint(s)) {
      try {
        lesson = restoreLesson(saved, deps.clock, o.columns);
      } catch (e) {
        warning = `The saved state of this lesson could not be restored (${e instanceof Error ? e.message : String(e)}); starting afresh.`;
      }
    } else if (saved !== undefined) {
      warning = 'This lesson changed since your last visit; starting afresh.';
    }
    const restored = lesson !== undefined;
    lesson ??= await fresh();
    if (!restored) await save();
    changed();
    return { restored, saving: saving(), prompt: lesson.session.prompt(), history: [...lesson.session.history], ...(warning ? { warning } : {}) };
  }

  async function run(id: number, line: string, stdin: string | undefined): Promise<RunReply> {
    const l = live();
    const flag = { hit: false };
    const view = abortView;
    const signal = {
      get aborted(): boolean {
        return flag.hit || (view !== undefined && Atomics.load(view, 0) !== 0);
      },
    };
    // Output is sent in batches: a line that prints 100 000 rows must not post 100 000 messages.
    let pending: { stream: 'stdout' | 'stderr'; data: string } | undefined;
    const flush = () => {
      if (pending) deps.post({ type: 'output', id, ...pending });
      pending = undefined;
    };
    const write = (stream: 'stdout' | 'stderr') => (data: string) => {
      if (pending && pending.stream !== stream) flush();
      if (pending) pending.data += data;
      else {
        pending = { stream, data };
        deps.later(flush, FLUSH_MS);
      }
      if (pending.data.length > 16_384) flush();
    };
    running = flag;
    let exit: number;
    try {
      exit = await l.session.run(line, { stdout: write('stdout'), stderr: write('stderr'), signal, tty: true, ...(stdin !== undefined ? { stdin } : {}) });
    } finally {
      running = undefined;
      flush();
    }
    await save();
    changed();
    return { exit, prompt: l.session.prompt(), exited: l.session.exited };
  }

  async function perform(r: Work): Promise<unknown> {
    switch (r.type) {
      case 'start':
        return start(r.setup, r.options);
      case 'run':
        return run(r.id, r.line, r.stdin);
      case 'complete':
        return live().session.complete(r.line, r.cursor);
      case 'readFile':
        return live().fs.read(resolvePath(HOME, r.path)) ?? null;
      case 'writeFile': {
        const path = resolvePath(HOME, r.path);
        live().fs.write(path, r.content);
        await save();
        changed();
        return path;
      }
      case 'listFiles':
        return Object.keys(live().fs.dump());
      case 'snapshot':
        return lessonState(live(), setupFingerprint(setup!), deps.clock.now());
      case 'restore':
        if (!isState(r.state)) throw new Error('not a knet runtime state');
        lesson = restoreLesson(r.state, deps.clock, options.columns);
        await save();
        changed();
        return null;
      case 'reset':
        if (!setup) throw new Error('the runtime has not been started');
        if (deps.storage && options.persist) await deps.storage.clear(stateKey(setup));
        lesson = await fresh();
        await save();
        changed();
        return { restored: false, saving: saving(), prompt: lesson.session.prompt(), history: [] } satisfies StartReply;
    }
  }

  return {
    handle(request) {
      if (request.type === 'interrupt') {
        // Handled at once, not queued: the line it stops is what the queue is waiting for.
        if (running) running.hit = true;
        return;
      }
      const r = request;
      queue = queue.then(async () => {
        try {
          deps.post({ type: 'reply', id: r.id, ok: true, value: await perform(r) });
        } catch (e) {
          deps.post({ type: 'reply', id: r.id, ok: false, error: e instanceof Error ? e.message : String(e) });
        }
      });
    },
    idle: async () => {
      let seen: Promise<void> | undefined;
      while (seen !== queue) {
        seen = queue;
        await queue;
      }
    },
  };
}
