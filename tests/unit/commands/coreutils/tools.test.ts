// Behaviour the recorded fixtures cannot show: terminal-only layouts, the editors' message,
// per-host tool sets, jq's compile errors, and files written by tools.

import { describe, expect, it } from 'vitest';
import { columns } from '../../../../sandbox/commands/coreutils/ls.js';
import { findCommand } from '../../../../sandbox/commands/registry.js';
import { makeSession } from '../../shell/harness.js';

describe('ls', () => {
  it('lays names out in columns, top to bottom, like GNU ls on a terminal', () => {
    expect(columns(['a.yaml', 'b.yaml', 'deployment.yaml', 'dir', 'notes.txt'], 40)).toBe('a.yaml  deployment.yaml  notes.txt\nb.yaml  dir\n');
    expect(columns(['one', 'two'], 80)).toBe('one  two\n');
  });

  it('uses columns only on a terminal of known width', async () => {
    const { run } = makeSession(undefined, { columns: 80 });
    expect((await run('ls', { tty: true })).stdout).toBe('a.yaml  b.yaml  dir  notes.txt\n');
    expect((await run('ls | cat', { tty: true })).stdout).toBe('a.yaml\nb.yaml\ndir\nnotes.txt\n');
  });
});

describe('editors', () => {
  it('point to the Files tab', async () => {
    const { run } = makeSession();
    expect(await run('vi app.yaml')).toEqual({
      stdout: '',
      stderr: 'knet: vi is not available in this terminal; edit files in the Files tab, or use cat <<EOF > file\n',
      exitCode: 1,
    });
  });
});

describe('vi with a runtime editor', () => {
  it('opens the file in the editor and saves what it returns', async () => {
    const seen: [string, string][] = [];
    const { run, fs } = makeSession({ 'app.yaml': 'old\n' }, { editText: async (p, t) => (seen.push([p, t]), 'new\n') });
    expect((await run('vi app.yaml')).exitCode).toBe(0);
    expect(seen).toEqual([['/home/learner/app.yaml', 'old\n']]);
    expect(fs.read('/home/learner/app.yaml')).toBe('new\n');
  });
});

describe('hosts', () => {
  const busybox = { kind: 'pod' as const, hostname: 'bb', image: 'busybox:1.36' };
  const node = { kind: 'node' as const, hostname: 'kind-worker', node: 'kind-worker' };
  it('ship different tools', () => {
    expect(findCommand('kubectl', { kind: 'workstation', hostname: 'knet' })).toBeDefined();
    expect(findCommand('kubectl', busybox)).toBeUndefined();
    expect(findCommand('jq', busybox)).toBeUndefined();
    expect(findCommand('jq', { ...busybox, image: 'nicolaka/netshoot' })).toBeDefined();
    expect(findCommand('kubectl', node)).toBeDefined();
    expect(findCommand('grep', busybox)).toBeDefined();
  });
});

describe('jq', () => {
  it('reports compile errors with exit 3', async () => {
    const { run } = makeSession();
    expect(await run(`echo '{}' | jq '.items[] | nosuch(1)'`)).toEqual({
      stdout: '',
      stderr: 'jq: error: nosuch/1 is not defined at <top-level>, line 1:\n.items[] | nosuch(1)\njq: 1 compile error\n',
      exitCode: 3,
    });
  });

  it('reads files and keeps going after a runtime error', async () => {
    const { run } = makeSession({ 'a.json': '{"a":1}\n"s"\n{"a":2}\n' });
    expect(await run('jq .a a.json')).toEqual({ stdout: '1\n2\n', stderr: 'jq: error (at a.json:3): Cannot index string with string "a"\n', exitCode: 5 });
  });

  it('stops filters that would run forever', async () => {
    const { run } = makeSession();
    const r = await run(`jq -n '[range(1e9)] | length'`);
    expect(r.exitCode).toBe(5);
    expect(r.stderr).toContain('ran too long');
  });
});

describe('writing files', () => {
  it('tee, sed -i, cp and redirections change the workspace', async () => {
    const { run, fs } = makeSession({ 'app.yaml': 'replicas: 1\n' });
    await run("sed -i 's/1/3/' app.yaml && cp app.yaml b.yaml && echo x | tee c.txt >/dev/null");
    expect(fs.read('/home/learner/app.yaml')).toBe('replicas: 3\n');
    expect(fs.read('/home/learner/b.yaml')).toBe('replicas: 3\n');
    expect(fs.read('/home/learner/c.txt')).toBe('x\n');
  });
});

describe('busybox pods', () => {
  it('word file errors as busybox applets do', async () => {
    const pod = { kind: 'pod' as const, hostname: 'bb', namespace: 'default', pod: 'bb', image: 'busybox:1.36' };
    const probe = { name: 'probe', run: (ctx: import('../../../../sandbox/commands/types.js').CommandContext) => ctx.exec('cat /nope; echo "a\\tb"', { host: pod }) };
    const { run } = makeSession({}, { commands: [{ name: 'probe', load: async () => probe }] });
    expect(await run('probe')).toEqual({ stdout: 'a\\tb\n', stderr: "cat: can't open '/nope': No such file or directory\n", exitCode: 0 });
  });
});
