// The `local` runtime: the sandbox in a Web Worker, reached by messages (sandbox/runtime/protocol.ts).
// The page never waits on the worker's thread; Ctrl-C reaches a busy line through a shared flag
// when the page is cross-origin isolated, else through a message the shell sees when it yields.
// The shell's parser directly, not the sandbox's front door: through index.js the page's bundle would
// pull in the whole simulator (schemas, validation) that runs in the worker.
import { isIncomplete } from '../../sandbox/shell/parser.js';
import type { RunReply, RuntimeMessage, RuntimeRequest, StartReply } from '../../sandbox/index.js';
import type { LessonSetup, RunHandlers, Runtime, RuntimeEvents, RuntimeOptions, RuntimeState } from './types.js';

/** The part of a Worker this module uses (a fake in tests). */
export interface WorkerLike {
  postMessage(message: RuntimeRequest): void;
  addEventListener(type: 'message', listener: (e: { data: RuntimeMessage }) => void): void;
  addEventListener(type: 'error', listener: (e: { message?: string }) => void): void;
  terminate(): void;
}

type Body<R> = R extends { id: number } ? Omit<R, 'id'> : never;
type Pending = { resolve(v: unknown): void; reject(e: Error): void };

export class LocalRuntime implements Runtime {
  readonly kind = 'local' as const;
  exited = false;
  history: readonly string[] = [];
  private currentPrompt = '$ ';
  private nextId = 1;
  private pending = new Map<number, Pending>();
  private output = new Map<number, RunHandlers>();
  private listeners: { [E in keyof RuntimeEvents]: Set<(v: RuntimeEvents[E]) => void> } = { change: new Set(), warning: new Set() };
  private abort: Int32Array | undefined;

  constructor(private readonly worker: WorkerLike) {
    worker.addEventListener('message', (e) => this.receive(e.data));
    worker.addEventListener('error', (e) => this.crashed(`The simulator stopped${e.message ? `: ${e.message}` : ''}. Reload the page to start it again.`));
  }

  private receive(m: RuntimeMessage): void {
    switch (m.type) {
      case 'reply': {
        const p = this.pending.get(m.id);
        this.pending.delete(m.id);
        if (m.ok) p?.resolve(m.value);
        else p?.reject(new Error(m.error));
        return;
      }
      case 'output': {
        const h = this.output.get(m.id);
        if (m.stream === 'stdout') h?.onStdout(m.data);
        else h?.onStderr(m.data);
        return;
      }
      case 'changed':
        this.currentPrompt = m.info.prompt;
        this.exited = m.info.exited;
        for (const l of this.listeners.change) l(m.info);
        return;
      case 'warning':
        for (const l of this.listeners.warning) l(m.message);
        return;
    }
  }

  private async request<T>(body: Body<RuntimeRequest>, handlers?: RunHandlers): Promise<T> {
    const id = this.nextId++;
    if (handlers) this.output.set(id, handlers);
    try {
      return await new Promise<T>((resolve, reject) => {
        this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
        this.worker.postMessage({ ...body, id } as RuntimeRequest);
      });
    } finally {
      this.output.delete(id);
    }
  }

  /** The worker died (a crash, or its script failed to load): fail what waits, tell the learner. */
  private crashed(message: string): void {
    for (const p of this.pending.values()) p.reject(new Error(message));
    this.pending.clear();
    for (const l of this.listeners.warning) l(message);
  }

  private started(r: StartReply): StartReply {
    this.currentPrompt = r.prompt;
    this.history = r.history;
    this.exited = false;
    return r;
  }

  async start(setup: LessonSetup, options: RuntimeOptions = {}): Promise<StartReply> {
    // A SharedArrayBuffer can only be shared when the page is cross-origin isolated.
    const isolated = typeof SharedArrayBuffer !== 'undefined' && (globalThis as { crossOriginIsolated?: boolean }).crossOriginIsolated === true;
    const shared = isolated ? new SharedArrayBuffer(4) : undefined;
    this.abort = shared ? new Int32Array(shared) : undefined;
    const o = { persist: options.persist ?? true, ...(options.columns !== undefined ? { columns: options.columns } : {}), ...(shared ? { abort: shared } : {}) };
    return this.started(await this.request<StartReply>({ type: 'start', setup, options: o }));
  }

  async run(line: string, handlers: RunHandlers): Promise<number> {
    if (this.abort) Atomics.store(this.abort, 0, 0);
    const onAbort = () => this.interrupt();
    handlers.signal?.addEventListener('abort', onAbort);
    try {
      const body = { type: 'run' as const, line, ...(handlers.stdin !== undefined ? { stdin: handlers.stdin } : {}) };
      const r = await this.request<RunReply>(body, handlers);
      this.currentPrompt = r.prompt;
      this.exited = r.exited;
      return r.exit;
    } finally {
      handlers.signal?.removeEventListener('abort', onAbort);
    }
  }

  interrupt(): void {
    if (this.abort) Atomics.store(this.abort, 0, 1);
    this.worker.postMessage({ type: 'interrupt' });
  }

  needsMore(text: string): boolean {
    // A pure syntax check, cheap enough for the page's thread, and the editor needs it synchronously.
    return isIncomplete(text);
  }

  complete(line: string, cursor: number): Promise<{ start: number; candidates: string[] }> {
    return this.request({ type: 'complete', line, cursor });
  }

  prompt(): string {
    return this.currentPrompt;
  }

  async readFile(path: string): Promise<string | undefined> {
    return (await this.request<string | null>({ type: 'readFile', path })) ?? undefined;
  }

  async writeFile(path: string, content: string): Promise<void> {
    await this.request({ type: 'writeFile', path, content });
  }

  listFiles(): Promise<string[]> {
    return this.request({ type: 'listFiles' });
  }

  snapshot(): Promise<RuntimeState> {
    return this.request({ type: 'snapshot' });
  }

  async restore(state: RuntimeState): Promise<void> {
    await this.request({ type: 'restore', state });
  }

  async reset(): Promise<StartReply> {
    return this.started(await this.request<StartReply>({ type: 'reset' }));
  }

  on<E extends keyof RuntimeEvents>(event: E, listener: (value: RuntimeEvents[E]) => void): () => void {
    const set = this.listeners[event] as Set<(v: RuntimeEvents[E]) => void>;
    set.add(listener);
    return () => set.delete(listener);
  }

  dispose(): void {
    this.worker.terminate();
    for (const p of this.pending.values()) p.reject(new Error('the runtime was stopped'));
    this.pending.clear();
  }
}

/** The `local` runtime in a new module worker (Vite bundles the worker from this URL). */
export function createLocalRuntime(): LocalRuntime {
  const worker = new Worker(new URL('../../sandbox/runtime/worker.ts', import.meta.url), { type: 'module', name: 'knet-sandbox' });
  return new LocalRuntime(worker as unknown as WorkerLike);
}
