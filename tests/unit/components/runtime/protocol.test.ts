// The local runtime's protocol end to end in Node: LocalRuntime ⇄ messages ⇄ the worker host.
import { describe, expect, it } from 'vitest';
import { connect, FakeClock, run, SETUP } from './harness.js';

describe('local runtime protocol', () => {
  it('starts a kind cluster and runs a line with its output and status', async () => {
    const { runtime } = connect();
    const reply = await runtime.start(SETUP);
    expect(reply).toMatchObject({ restored: false, saving: false, history: [] });
    expect(runtime.prompt()).toMatch(/\$ $/);
    const r = await run(runtime, 'kubectl get nodes');
    expect(r.exit).toBe(0);
    expect(r.out).toMatch(/^NAME\s+STATUS\s+ROLES\s+AGE\s+VERSION\n/);
    for (const n of ['kind-control-plane', 'kind-worker', 'kind-worker2']) expect(r.out).toContain(`${n} `);
    expect(await run(runtime, 'kubectl get pod nope')).toEqual({ exit: 1, out: '', err: 'Error from server (NotFound): pods "nope" not found\n' });
  });

  it('keeps stdout and stderr in the order they were written', async () => {
    const { runtime } = connect();
    await runtime.start(SETUP);
    const chunks: string[] = [];
    await runtime.run('echo one; echo two >&2; echo three', { onStdout: (s) => chunks.push(`out:${s}`), onStderr: (s) => chunks.push(`err:${s}`) });
    expect(chunks.join('')).toBe('out:one\nerr:two\nout:three\n');
  });

  it('batches a flood of output into few messages', async () => {
    const { runtime, posted } = connect();
    await runtime.start(SETUP);
    const r = await run(runtime, 'for i in $(seq 1 5000); do echo line $i; done');
    expect(r.out.split('\n')).toHaveLength(5001);
    expect(posted.filter((m) => m.type === 'output').length).toBeLessThan(50);
  });

  it('answers completion, needsMore and the prompt after cd', async () => {
    const { runtime } = connect();
    await runtime.start(SETUP);
    expect(await runtime.complete('kubectl get no', 14)).toMatchObject({ candidates: expect.arrayContaining(['nodes']) });
    expect(runtime.needsMore('for i in 1 2; do')).toBe(true);
    expect(runtime.needsMore('echo "open')).toBe(true);
    expect(runtime.needsMore('echo done')).toBe(false);
    await run(runtime, 'mkdir -p work && cd work');
    expect(runtime.prompt()).toMatch(/~\/work\$ $/);
  });

  it('reads, writes and lists workspace files, and kubectl apply reads them', async () => {
    const { runtime } = connect();
    await runtime.start(SETUP);
    const manifest = 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n';
    await runtime.writeFile('ns.yaml', manifest);
    expect(await runtime.readFile('ns.yaml')).toBe(manifest);
    expect(await runtime.readFile('missing.yaml')).toBeUndefined();
    expect(await runtime.listFiles()).toEqual(['/home/learner/ns.yaml']);
    expect(await run(runtime, 'kubectl apply -f ns.yaml')).toMatchObject({ exit: 0, out: 'namespace/shop created\n' });
    await run(runtime, 'echo hi > note.txt');
    expect(await runtime.readFile('/home/learner/note.txt')).toBe('hi\n');
  });

  it('emits a change event after each command and file write', async () => {
    const { runtime } = connect();
    const seen: number[] = [];
    runtime.on('change', (i) => seen.push(i.commands));
    await runtime.start(SETUP);
    await run(runtime, 'true');
    await runtime.writeFile('a.txt', 'x');
    await run(runtime, 'false');
    expect(seen).toEqual([0, 1, 1, 2]);
  });

  it('sleep waits on the wall clock and moves the cluster by exactly the time slept', async () => {
    const clock = new FakeClock();
    const { runtime } = connect({ clock });
    const times: number[] = [];
    runtime.on('change', (i) => times.push(i.now));
    await runtime.start(SETUP);
    const wall = clock.t;
    await run(runtime, 'sleep 5');
    expect(clock.t - wall).toBe(5000);
    expect(times[1]! - times[0]!).toBe(5000);
    clock.t += 60_000; // the learner reads for a minute
    await run(runtime, 'true');
    expect(times[2]! - times[1]!).toBe(60_000);
  });

  it('snapshot and restore bring back the cluster, the shell and the files', async () => {
    const { runtime } = connect();
    await runtime.start(SETUP);
    await run(runtime, 'kubectl create namespace before && export GREETING=hello');
    await runtime.writeFile('kept.txt', 'kept');
    const state = await runtime.snapshot();
    expect(state.format).toBe('knet-runtime/v1');
    await run(runtime, 'kubectl create namespace after && unset GREETING && rm kept.txt');
    await runtime.restore(state);
    expect((await run(runtime, 'kubectl get ns before after')).err).toBe('Error from server (NotFound): namespaces "after" not found\n');
    expect((await run(runtime, 'echo $GREETING; cat kept.txt')).out).toBe('hello\nkept');
    await expect(runtime.restore({ format: 'nope' } as never)).rejects.toThrow('not a knet runtime state');
  });

  it('reports requests made before start as errors, not crashes', async () => {
    const { runtime } = connect();
    await expect(runtime.listFiles()).rejects.toThrow('the runtime has not been started');
  });

  it('a crashed worker fails the waiting requests and warns the learner', async () => {
    const { runtime, crash } = connect();
    await runtime.start(SETUP);
    const warnings: string[] = [];
    runtime.on('warning', (w) => warnings.push(w));
    const waiting = runtime.listFiles();
    crash('out of memory');
    const message = 'The simulator stopped: out of memory. Reload the page to start it again.';
    await expect(waiting).rejects.toThrow(message);
    expect(warnings).toEqual([message]);
  });
});
