// The Web Worker entry of the `local` runtime: wires the host's message handler to the worker's
// messages, IndexedDB (one transaction per save, through idb-keyval) and the wall clock.

import { createStore, del, get, set } from 'idb-keyval';
import { createWorkerHost, type StateStorage } from './worker-host.js';
import type { Message, Request } from './protocol.js';

/** The few worker globals used here; the sandbox's tsconfig has no DOM or WebWorker lib. */
interface WorkerScope {
  postMessage(message: Message): void;
  addEventListener(type: 'message', listener: (e: { data: Request }) => void): void;
  setTimeout(f: () => void, ms: number): unknown;
  indexedDB?: unknown;
  Date: { now(): number };
}

const scope = globalThis as unknown as WorkerScope;

function idbStorage(): StateStorage | undefined {
  // Private windows of some browsers have no IndexedDB; the lesson still runs, unsaved.
  if (!scope.indexedDB) return undefined;
  const store = createStore('knet', 'lessons');
  return {
    load: (key) => get(key, store),
    save: (key, value) => set(key, value, store),
    clear: (key) => del(key, store),
  };
}

const host = createWorkerHost({
  post: (m) => scope.postMessage(m),
  // The browser's cluster follows wall time (DESIGN: "In the browser it follows wall time").
  clock: { now: () => scope.Date.now(), wait: (ms) => new Promise((r) => scope.setTimeout(r, ms)) },
  later: (f, ms) => void scope.setTimeout(f, ms),
  ...(() => {
    const storage = idbStorage();
    return storage ? { storage } : {};
  })(),
});

scope.addEventListener('message', (e) => host.handle(e.data));
