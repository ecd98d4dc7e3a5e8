// Saving each lesson in one write after every command and file write, and restoring it on reload.
import { describe, expect, it } from 'vitest';
import { connect, FakeClock, MemoryStorage, run, SETUP } from './harness.js';
import { MAX_AWAY_MS } from '../../../../sandbox/runtime/lesson.js';

const DEPLOY = [
  'apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: web', 'spec:', '  replicas: 2',
  '  selector: {matchLabels: {app: web}}', '  template:', '    metadata: {labels: {app: web}}',
  '    spec: {containers: [{name: nginx, image: nginx}]}', '',
].join('\n');

describe('local runtime persistence', () => {
  it('saves once per command and per file write, under the lesson key', async () => {
    const storage = new MemoryStorage();
    const { runtime } = connect({ storage });
    await runtime.start(SETUP);
    expect(storage.saves).toBe(1);
    await run(runtime, 'kubectl create deployment web --image=nginx');
    await runtime.writeFile('svc.yaml', 'kind: Service\n');
    expect(storage.saves).toBe(3);
    expect([...storage.data.keys()]).toEqual(['lesson:test/lesson']);
  });

  it('a reload restores the cluster, history, environment, cwd and files', async () => {
    const storage = new MemoryStorage();
    const first = connect({ storage }).runtime;
    await first.start(SETUP);
    await run(first, 'kubectl create deployment web --image=nginx --replicas=2');
    await run(first, 'export COLOR=blue; mkdir -p app; cd app');
    await first.writeFile('notes.md', '# mine\n');
    const pods = (await run(first, 'kubectl get pods -o name')).out;

    const second = connect({ storage }).runtime;
    const reply = await second.start(SETUP);
    expect(reply).toMatchObject({ restored: true, saving: true });
    expect(reply.history).toEqual(['kubectl create deployment web --image=nginx --replicas=2', 'export COLOR=blue; mkdir -p app; cd app', 'kubectl get pods -o name']);
    expect(second.history).toEqual(reply.history);
    expect(second.prompt()).toMatch(/~\/app\$ $/);
    expect((await run(second, 'echo $COLOR; pwd')).out).toBe('blue\n/home/learner/app\n');
    expect(await second.readFile('notes.md')).toBe('# mine\n');
    expect((await run(second, 'kubectl get pods -o name')).out).toBe(pods);
  });

  it('keeps lessons apart', async () => {
    const storage = new MemoryStorage();
    const a = connect({ storage }).runtime;
    await a.start(SETUP);
    await run(a, 'kubectl create namespace only-in-a');
    const b = connect({ storage }).runtime;
    expect((await b.start({ ...SETUP, key: 'other/lesson' })).restored).toBe(false);
    expect((await run(b, 'kubectl get ns only-in-a')).exit).toBe(1);
  });

  it('starts afresh, and says so, when the lesson setup changed', async () => {
    const storage = new MemoryStorage();
    const a = connect({ storage }).runtime;
    await a.start(SETUP);
    await run(a, 'kubectl create namespace old');
    const b = connect({ storage }).runtime;
    const reply = await b.start({ ...SETUP, seed: 8 });
    expect(reply).toMatchObject({ restored: false, warning: 'This lesson changed since your last visit; starting afresh.', history: [] });
    expect((await run(b, 'kubectl get ns old')).exit).toBe(1);
  });

  it('reset forgets the saved state and rebuilds the setup', async () => {
    const storage = new MemoryStorage();
    const a = connect({ storage }).runtime;
    await a.start(SETUP);
    await run(a, 'kubectl create namespace gone; cd /tmp');
    const reply = await a.reset();
    expect(reply).toMatchObject({ restored: false, history: [] });
    expect(a.history).toEqual([]);
    expect(a.prompt()).toMatch(/~\$ $/);
    expect((await run(a, 'kubectl get ns gone')).exit).toBe(1);
    const b = connect({ storage }).runtime;
    expect((await b.start(SETUP)).history).toEqual(['kubectl get ns gone']);
  });

  it('without persistence nothing is written, and nothing is cleared', async () => {
    const storage = new MemoryStorage();
    const { runtime } = connect({ storage });
    expect(await runtime.start(SETUP, { persist: false })).toMatchObject({ saving: false });
    await run(runtime, 'true');
    await runtime.reset();
    expect(storage.saves).toBe(0);
  });

  it('a second tab (not persisting) starts from the saved work and leaves it alone', async () => {
    const storage = new MemoryStorage();
    const owner = connect({ storage }).runtime;
    await owner.start(SETUP);
    await run(owner, 'kubectl create namespace shared');
    const saves = storage.saves;
    const other = connect({ storage }).runtime;
    expect(await other.start(SETUP, { persist: false })).toMatchObject({ restored: true, saving: false });
    expect((await run(other, 'kubectl delete namespace shared')).exit).toBe(0);
    expect(storage.saves).toBe(saves);
    const again = connect({ storage }).runtime;
    await again.start(SETUP);
    expect((await run(again, 'kubectl get ns shared -o name')).out).toBe('namespace/shared\n');
  });

  it('a failing save is a warning, and the command still succeeds', async () => {
    const storage = new MemoryStorage();
    storage.save = async () => {
      throw new Error('QuotaExceededError');
    };
    const { runtime } = connect({ storage });
    const warnings: string[] = [];
    runtime.on('warning', (w) => warnings.push(w));
    await runtime.start(SETUP);
    expect((await run(runtime, 'echo ok')).exit).toBe(0);
    expect(warnings).toContain('Your work could not be saved in this browser: QuotaExceededError');
  });

  it('applies the setup manifests outside the journal, settled', async () => {
    const { runtime } = connect();
    await runtime.start({ ...SETUP, manifests: [{ name: 'web.yaml', content: DEPLOY }] });
    expect(runtime.history).toEqual([]);
    const r = await run(runtime, 'kubectl get deploy web --no-headers');
    expect(r.out).toMatch(/^web\s+2\/2\s+2\s+2\s+/);
    expect(await runtime.listFiles()).toEqual([]);
  });

  it('a shell opened with kubectl exec -it survives a reload, prompt and all', async () => {
    const storage = new MemoryStorage();
    const { runtime } = connect({ storage });
    await runtime.start({ ...SETUP, manifests: [{ name: 'web.yaml', content: DEPLOY }] });
    const outside = runtime.prompt();
    expect((await run(runtime, 'kubectl exec -it deploy/web -- sh')).exit).toBe(0);
    const inside = runtime.prompt();
    expect(inside).not.toBe(outside);
    const again = connect({ storage }).runtime;
    await again.start({ ...SETUP, manifests: [{ name: 'web.yaml', content: DEPLOY }] });
    expect(again.prompt()).toBe(inside);
    await run(again, 'exit');
    expect(again.prompt()).toBe(outside);
  });

  it('a reload catches the cluster up with the time away, at most a day', async () => {
    const storage = new MemoryStorage();
    const clock = new FakeClock();
    const first = connect({ storage, clock }).runtime;
    const times: number[] = [];
    first.on('change', (i) => times.push(i.now));
    await first.start(SETUP);
    await run(first, 'true');
    const reload = async (awayMs: number) => {
      clock.t += awayMs;
      const rt = connect({ storage, clock }).runtime;
      rt.on('change', (i) => times.push(i.now));
      await rt.start(SETUP);
      await run(rt, 'true');
    };
    await reload(2 * 3600_000);
    expect(times[times.length - 1]! - times[1]!).toBe(2 * 3600_000);
    const before = times[times.length - 1]!;
    await reload(30 * MAX_AWAY_MS);
    expect(times[times.length - 1]! - before).toBe(MAX_AWAY_MS);
  });
});
