// Connects the page-side LocalRuntime to the worker host in-process: messages are structured-cloned
// and delivered asynchronously, as between a page and its Web Worker.
import { LocalRuntime, type WorkerLike } from '../../../../components/runtime/local.js';
import { createWorkerHost, type StateStorage, type WorkerHost } from '../../../../sandbox/runtime/worker-host.js';
import type { Clock } from '../../../../sandbox/runtime/lesson.js';
import type { RuntimeMessage, RuntimeState } from '../../../../sandbox/index.js';

export const T0 = Date.UTC(2026, 0, 5, 10, 0, 0);

/** A wall clock that moves only when someone waits on it (or the test moves it). */
export class FakeClock implements Clock {
  t = T0;
  now(): number {
    return this.t;
  }
  async wait(ms: number): Promise<void> {
    this.t += ms;
    await new Promise((r) => setTimeout(r, 0));
  }
}

/** Storage in a Map, counting writes (each one stands for one IndexedDB transaction). */
export class MemoryStorage implements StateStorage {
  data = new Map<string, RuntimeState>();
  saves = 0;
  async load(key: string): Promise<unknown> {
    return structuredClone(this.data.get(key));
  }
  async save(key: string, value: RuntimeState): Promise<void> {
    this.saves++;
    this.data.set(key, structuredClone(value));
  }
  async clear(key: string): Promise<void> {
    this.data.delete(key);
  }
}

export interface Connected {
  runtime: LocalRuntime;
  host: WorkerHost;
  /** Every message the host posted, in order. */
  posted: RuntimeMessage[];
  /** Simulates the worker dying (an uncaught error in its script). */
  crash(message: string): void;
}

export function connect(o: { storage?: StateStorage; clock?: Clock } = {}): Connected {
  const listeners: ((e: { data: RuntimeMessage }) => void)[] = [];
  const errors: ((e: { message?: string }) => void)[] = [];
  const posted: RuntimeMessage[] = [];
  const host = createWorkerHost({
    post: (m) => {
      posted.push(m);
      const copy = structuredClone(m);
      setTimeout(() => listeners.forEach((l) => l({ data: copy })), 0);
    },
    clock: o.clock ?? new FakeClock(),
    later: (f, ms) => void setTimeout(f, ms),
    ...(o.storage ? { storage: o.storage } : {}),
  });
  const worker: WorkerLike = {
    postMessage: (m) => {
      const copy = structuredClone(m);
      setTimeout(() => host.handle(copy), 0);
    },
    addEventListener: ((type: 'message' | 'error', l: never) => void (type === 'message' ? listeners : errors).push(l)) as WorkerLike['addEventListener'],
    terminate: () => {},
  };
  return { runtime: new LocalRuntime(worker), host, posted, crash: (message) => errors.forEach((l) => l({ message })) };
}

export const SETUP = { key: 'test/lesson', seed: 7, manifests: [] };

export async function run(runtime: LocalRuntime, line: string): Promise<{ exit: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const exit = await runtime.run(line, { onStdout: (s) => (out += s), onStderr: (s) => (err += s) });
  return { exit, out, err };
}
