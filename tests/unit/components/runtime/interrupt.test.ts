// Ctrl-C reaches a busy line in the worker: by message (the shell yields to the event loop) or
// through the shared flag of a cross-origin isolated page.
import { afterEach, describe, expect, it } from 'vitest';
import { createWorkerHost } from '../../../../sandbox/runtime/worker-host.js';
import type { RuntimeMessage } from '../../../../sandbox/index.js';
import { connect, FakeClock, run, SETUP } from './harness.js';

const isolated = globalThis as { crossOriginIsolated?: boolean };

afterEach(() => {
  delete isolated.crossOriginIsolated;
});

/** Resolves once `pred` holds, checking between macrotasks. */
async function until(pred: () => boolean): Promise<void> {
  while (!pred()) await new Promise((r) => setTimeout(r, 1));
}

describe('interrupting a running line', () => {
  it('by message: a runaway loop stops with ^C and status 130, and the runtime goes on', async () => {
    const { runtime, host } = connect();
    await runtime.start(SETUP);
    let steps = 0;
    const running = run(runtime, 'while true; do : $((steps++)); done');
    await new Promise((r) => setTimeout(r, 20));
    runtime.interrupt();
    const r = await running;
    expect(r).toEqual({ exit: 130, out: '', err: '^C\n' });
    steps = Number((await run(runtime, 'echo $steps')).out);
    expect(steps).toBeGreaterThan(0);
    expect(steps).toBeLessThan(100_000); // stopped by Ctrl-C, not the step limit
    expect((await run(runtime, 'echo $?')).out).toBe('0\n');
    await host.idle();
  });

  it('by shared flag when cross-origin isolated, without a message getting through', async () => {
    isolated.crossOriginIsolated = true;
    const posted: RuntimeMessage[] = [];
    const host = createWorkerHost({ post: (m) => posted.push(m), clock: new FakeClock(), later: (f, ms) => void setTimeout(f, ms) });
    const abort = new SharedArrayBuffer(4);
    host.handle({ type: 'start', id: 1, setup: SETUP, options: { abort } });
    host.handle({ type: 'run', id: 2, line: 'while true; do :; done' });
    await until(() => posted.some((m) => m.type === 'reply' && m.id === 1));
    Atomics.store(new Int32Array(abort), 0, 1); // no 'interrupt' message: only the flag
    await host.idle();
    expect(posted.find((m) => m.type === 'reply' && m.id === 2)).toEqual({ type: 'reply', id: 2, ok: true, value: expect.objectContaining({ exit: 130 }) });
  });

  it('the page side resets the shared flag before each line and sets it on Ctrl-C', async () => {
    isolated.crossOriginIsolated = true;
    const { runtime } = connect();
    await runtime.start(SETUP);
    const running = run(runtime, 'while true; do :; done');
    await new Promise((r) => setTimeout(r, 10));
    runtime.interrupt();
    expect((await running).exit).toBe(130);
    expect(await run(runtime, 'echo next')).toEqual({ exit: 0, out: 'next\n', err: '' });
  });

  it('an interrupted sleep moves the cluster only by the time slept', async () => {
    const clock = new FakeClock();
    const { runtime } = connect({ clock });
    const times: number[] = [];
    runtime.on('change', (i) => times.push(i.now));
    await runtime.start(SETUP);
    const wall = clock.t;
    const running = run(runtime, 'sleep 100000');
    await until(() => clock.t - wall >= 3000);
    runtime.interrupt();
    expect((await running).exit).toBe(130);
    const slept = clock.t - wall;
    expect(slept).toBeLessThan(100_000);
    expect(times[1]! - times[0]!).toBe(slept);
  });

  it('a runaway line without Ctrl-C is cut off by the step limit', async () => {
    const { runtime } = connect();
    await runtime.start(SETUP);
    const r = await run(runtime, 'while true; do :; done');
    expect(r.exit).toBe(124);
    expect(r.err).toMatch(/^knet: command stopped: it ran more than 100000 steps/);
  });
});

describe('streaming commands follow the wall clock', () => {
  it('kubectl get -w prints pods as they start, until Ctrl-C', async () => {
    const clock = new FakeClock();
    const { runtime } = connect({ clock });
    await runtime.start(SETUP);
    await run(runtime, 'kubectl create deployment web --image=nginx');
    const wall = clock.t;
    const watching = run(runtime, 'kubectl get pods -w --no-headers');
    await until(() => clock.t - wall >= 20_000);
    runtime.interrupt();
    const r = await watching;
    expect(r.exit).toBe(130);
    const rows = r.out.trimEnd().split('\n');
    expect(rows[0]).toMatch(/^web-[a-z0-9]+-[a-z0-9]{5}\s+0\/1\s+(Pending|ContainerCreating)\s/);
    expect(rows[rows.length - 1]).toMatch(/^web-[a-z0-9]+-[a-z0-9]{5}\s+1\/1\s+Running\s/);
  });
});
