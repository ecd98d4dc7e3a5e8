// The Web Worker entry itself (sandbox/runtime/worker.ts), loaded in Node with a fake worker scope:
// the same payload the browser runs, without IndexedDB (so nothing is saved, and it says so).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RuntimeMessage, RuntimeRequest } from '../../../../sandbox/index.js';

const posted: RuntimeMessage[] = [];
let deliver: (data: RuntimeRequest) => void = () => {};

async function reply(id: number): Promise<RuntimeMessage & { type: 'reply' }> {
  for (;;) {
    const r = posted.find((m): m is RuntimeMessage & { type: 'reply' } => m.type === 'reply' && m.id === id);
    if (r) return r;
    await new Promise((res) => setTimeout(res, 1));
  }
}

const scope = globalThis as Record<string, unknown>;
const saved = { postMessage: scope.postMessage, addEventListener: scope.addEventListener };

afterAll(() => Object.assign(scope, saved));

beforeAll(async () => {
  scope.postMessage = (m: RuntimeMessage) => posted.push(structuredClone(m));
  scope.addEventListener = (type: string, l: (e: { data: RuntimeRequest }) => void) => {
    if (type === 'message') deliver = (data) => l({ data: structuredClone(data) });
  };
  await import('../../../../sandbox/runtime/worker.js');
});

describe('worker.ts', () => {
  it('answers start and run messages through postMessage', async () => {
    deliver({ type: 'start', id: 1, setup: { key: 'k', seed: 3, manifests: [] }, options: { persist: true } });
    expect(await reply(1)).toMatchObject({ ok: true, value: { restored: false, saving: false, history: [] } });
    deliver({ type: 'run', id: 2, line: 'kubectl get nodes -o name' });
    expect(await reply(2)).toMatchObject({ ok: true, value: { exit: 0 } });
    const out = posted.filter((m) => m.type === 'output' && m.id === 2).map((m) => (m as { data: string }).data);
    expect(out.join('')).toBe('node/kind-control-plane\nnode/kind-worker\nnode/kind-worker2\n');
    expect(posted.some((m) => m.type === 'changed' && m.info.commands === 1)).toBe(true);
  });

  it('replies with an error for a bad request instead of dying', async () => {
    deliver({ type: 'restore', id: 3, state: {} as never });
    expect(await reply(3)).toEqual({ type: 'reply', id: 3, ok: false, error: 'not a knet runtime state' });
  });
});
