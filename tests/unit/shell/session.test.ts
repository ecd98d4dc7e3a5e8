// The session: journal entries, the step budget, Ctrl-C, virtual sleep, stdin reaching commands,
// prompts and history, nested shells, and state that survives export/restore.

import { describe, expect, it } from 'vitest';
import type { Command, CommandEntry } from '../../../sandbox/commands/types.js';
import { Session } from '../../../sandbox/shell/session.js';
import { STEP_LIMIT_MESSAGE } from '../../../sandbox/shell/limits.js';
import { HOME, makeSession } from './harness.js';

/** A stub command that records what it was given. */
function stub(name: string, seen: { argv: string[]; stdin: string }[]): CommandEntry {
  const cmd: Command = {
    name,
    run: (ctx) => {
      seen.push({ argv: ctx.argv, stdin: ctx.stdin });
      return 0;
    },
  };
  return { name, load: async () => cmd };
}

describe('journal', () => {
  it('records line, clock, exit status, where, and the workspace files read', async () => {
    const { run, cluster } = makeSession({ 'app.yaml': 'kind: Pod\n' });
    const t0 = cluster.now;
    await run('cat app.yaml > copy.yaml; sleep 2');
    await run('cat nope.yaml');
    expect(cluster.journal).toEqual([
      { line: 'cat app.yaml > copy.yaml; sleep 2', at: t0, exit: 0, where: 'workstation', files: { [`${HOME}/app.yaml`]: 'kind: Pod\n' } },
      { line: 'cat nope.yaml', at: t0 + 2000, exit: 1, where: 'workstation' },
    ]);
  });

  it('keeps standard input given from outside', async () => {
    const { run, cluster } = makeSession();
    await run('cat > got.txt', { stdin: 'piped\n' });
    expect(cluster.journal[0]!.stdin).toBe('piped\n');
  });

  it('can be turned off', async () => {
    const { run, cluster } = makeSession({}, { journal: false });
    await run('echo hi');
    expect(cluster.journal).toEqual([]);
  });
});

describe('limits', () => {
  it('cuts off runaway loops with one message', async () => {
    const { run } = makeSession();
    const r = await run('while true; do :; done; echo never');
    expect(r).toEqual({ stdout: '', stderr: STEP_LIMIT_MESSAGE, exitCode: 124 });
  });

  it('stops endless recursion', async () => {
    const { run } = makeSession();
    const r = await run('f() { f; }; f; echo after');
    expect(r.exitCode).not.toBe(0);
    expect(r.stdout).toBe('');
  });

  it('lets `yes | head` finish quietly', async () => {
    const { run } = makeSession();
    expect(await run('yes | head -n 2')).toEqual({ stdout: 'y\ny\n', stderr: '', exitCode: 0 });
  });

  it('a Ctrl-C that arrives as a host event stops a busy loop', async () => {
    const signal = { aborted: false };
    const { run } = makeSession();
    setTimeout(() => (signal.aborted = true), 20);
    expect(await run('while true; do :; done', { signal })).toEqual({ stdout: '', stderr: '^C\n', exitCode: 130 });
  });

  it('stops on Ctrl-C with ^C and status 130', async () => {
    const signal = { aborted: false };
    const { run } = makeSession({}, { sleep: async (_ms, s) => void (s === signal && (signal.aborted = true)) });
    const r = await run('echo start; sleep 100; echo never', { signal });
    expect(r).toEqual({ stdout: 'start\n', stderr: '^C\n', exitCode: 130 });
  });
});

describe('time', () => {
  it('sleep advances the cluster clock virtually', async () => {
    const { run, cluster } = makeSession();
    const t0 = cluster.now;
    expect((await run('sleep 1.5; sleep 1m')).exitCode).toBe(0);
    expect(cluster.now - t0).toBe(61500);
    expect(await run('sleep abc')).toEqual({ stdout: '', stderr: "sleep: invalid time interval ‘abc’\nTry 'sleep --help' for more information.\n", exitCode: 1 });
  });

  it('date reads the cluster clock', async () => {
    const { run } = makeSession();
    expect((await run('date; date +%s; date -u +%Y-%m-%dT%H:%M:%SZ')).stdout).toBe('Mon Sep  1 09:00:00 UTC 2025\n1756717200\n2025-09-01T09:00:00Z\n');
  });
});

describe('stdin', () => {
  it('a heredoc piped into a command arrives on its stdin', async () => {
    const seen: { argv: string[]; stdin: string }[] = [];
    const { run } = makeSession({}, { commands: [stub('kubectl', seen)] });
    await run('cat <<EOF | kubectl apply -f -\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: $USER\nEOF');
    expect(seen).toEqual([{ argv: ['kubectl', 'apply', '-f', '-'], stdin: 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: learner\n' }]);
  });

  it("the run's stdin reaches the first command (knet run … < file)", async () => {
    const seen: { argv: string[]; stdin: string }[] = [];
    const { run } = makeSession({}, { commands: [stub('kubectl', seen)] });
    await run('kubectl apply -f -', { stdin: 'kind: Pod\n' });
    expect(seen[0]!.stdin).toBe('kind: Pod\n');
  });

  it('aliases work (alias k=kubectl)', async () => {
    const seen: { argv: string[]; stdin: string }[] = [];
    const { run } = makeSession({}, { commands: [stub('kubectl', seen)] });
    await run('alias k=kubectl');
    await run('k get pods -A');
    expect(seen[0]!.argv).toEqual(['kubectl', 'get', 'pods', '-A']);
  });
});

describe('prompt, history and state', () => {
  it('prompts like Debian bash and numbers history like bash', async () => {
    const { run, session } = makeSession();
    expect(session.prompt()).toBe('learner@knet:~$ ');
    await run('cd dir');
    expect(session.prompt()).toBe('learner@knet:~/dir$ ');
    await run('cd /');
    expect(session.prompt()).toBe('learner@knet:/$ ');
    await run(' secret');
    await run('cd /');
    expect((await run('history')).stdout).toBe('    1  cd dir\n    2  cd /\n    3  history\n');
  });

  it('expands !! and !$ on a terminal, as interactive bash does', async () => {
    const { run, session } = makeSession();
    await run('echo first "x y"', { tty: true });
    expect(await run('!!', { tty: true })).toEqual({ stdout: 'echo first "x y"\nfirst x y\n', stderr: '', exitCode: 0 });
    expect((await run('echo !$ "hi!"', { tty: true })).stdout).toBe('echo "x y" "hi!"\nx y hi!\n');
    expect(await run('!nosuch', { tty: true })).toEqual({ stdout: '', stderr: 'bash: !nosuch: event not found\n', exitCode: 1 });
    expect((await run("echo '!!' [ ! -f x ]", { tty: true })).stdout).toBe('!! [ ! -f x ]\n');
    expect((await run('echo !!')).stdout).toBe('!!\n');
    expect(session.history.slice(0, 2)).toEqual(['echo first "x y"', 'echo "x y" "hi!"']);
  });

  it('exports and restores env, cwd, aliases, functions and history', async () => {
    const { run, session, cluster, fs } = makeSession();
    await run('export GREETING=hi; cd dir; alias k=kubectl; f() { echo "f:$1"; }');
    const state = JSON.parse(JSON.stringify(session.exportState()));
    const restored = Session.restore(state, { cluster, fs, home: HOME });
    let out = '';
    await restored.run('echo $GREETING $PWD; f x; alias', { stdout: (s) => (out += s), stderr: (s) => (out += s) });
    expect(out).toBe(`hi ${HOME}/dir\nf:x\nalias k='kubectl'\n`);
    expect(restored.history.length).toBe(2);
  });

  it('exit ends the session', async () => {
    const { run, session } = makeSession();
    await run('exit 4');
    expect([session.exited, session.exitCode]).toEqual([true, 4]);
  });
});

describe('other hosts', () => {
  const pod = { kind: 'pod' as const, hostname: 'web-5d9c7b-x2x4q', namespace: 'default', pod: 'web-5d9c7b-x2x4q', image: 'busybox:1.36' };

  it('an interactive nested shell changes the prompt until exit', async () => {
    const shellCmd: Command = { name: 'podsh', run: (ctx) => (ctx.enterShell?.(pod, 'sh') ? 0 : 1) };
    const { run, session, cluster } = makeSession({}, { commands: [{ name: 'podsh', load: async () => shellCmd }] });
    expect((await run('podsh', { tty: true })).exitCode).toBe(0);
    expect(session.prompt()).toBe('/ # ');
    expect(await run('nosuch', { tty: true })).toEqual({ stdout: '', stderr: 'sh: nosuch: not found\n', exitCode: 127 });
    expect((await run('hostname; echo $HOME', { tty: true })).stdout).toBe('web-5d9c7b-x2x4q\n/root\n');
    expect(await run('exit 3', { tty: true })).toEqual({ stdout: '', stderr: 'command terminated with exit code 3\n', exitCode: 3 });
    expect(session.prompt()).toBe('learner@knet:~$ ');
    expect(session.exited).toBe(false);
    expect(cluster.journal.map((e) => e.where)).toEqual(['workstation', 'pod/default/web-5d9c7b-x2x4q', 'pod/default/web-5d9c7b-x2x4q', 'pod/default/web-5d9c7b-x2x4q']);
  });

  it('calls onExit when the nested shell ends (kubectl run --rm -it)', async () => {
    let ended = 0;
    const shellCmd: Command = { name: 'podsh', run: (ctx) => (ctx.enterShell?.(pod, 'sh', () => ended++) ? 0 : 1) };
    const { run } = makeSession({}, { commands: [{ name: 'podsh', load: async () => shellCmd }] });
    await run('podsh', { tty: true });
    await run('echo inside', { tty: true });
    expect(ended).toBe(0);
    await run('exit', { tty: true });
    expect(ended).toBe(1);
  });

  it('replay can reopen nested shells without a terminal (interactive: true)', async () => {
    const shellCmd: Command = { name: 'podsh', run: (ctx) => (ctx.enterShell?.(pod, 'sh') ? 0 : 1) };
    const { run, session } = makeSession({}, { commands: [{ name: 'podsh', load: async () => shellCmd }] });
    await (session.run('podsh', { stdout: () => {}, stderr: () => {}, interactive: true }));
    expect((await run('hostname')).stdout).toBe('web-5d9c7b-x2x4q\n');
  });

  it('a one-shot run cannot open an interactive shell', async () => {
    const shellCmd: Command = { name: 'podsh', run: (ctx) => (ctx.enterShell?.(pod, 'sh') ? 0 : 1) };
    const { run, session } = makeSession({}, { commands: [{ name: 'podsh', load: async () => shellCmd }] });
    expect((await run('podsh')).exitCode).toBe(1);
    expect(session.prompt()).toBe('learner@knet:~$ ');
  });

  it('exec runs a line or argv on another host with its stdin', async () => {
    const remote: Command = {
      name: 'remote',
      run: async (ctx) => {
        const a = await ctx.exec('echo "in $(hostname)"; cat', { host: pod, stdin: 'piped\n' });
        const b = await ctx.exec(['nosuch'], { host: pod });
        return a + b;
      },
    };
    const { run } = makeSession({}, { commands: [{ name: 'remote', load: async () => remote }] });
    expect(await run('remote')).toEqual({ stdout: 'in web-5d9c7b-x2x4q\npiped\n', stderr: 'exec: "nosuch": executable file not found in $PATH\n', exitCode: 127 });
  });
});

describe('flavours', () => {
  it('prompts and errors depend on the host and shell', async () => {
    const { flavourFor, promptFor, notFoundMessage } = await import('../../../sandbox/shell/flavour.js');
    const node = { kind: 'node' as const, hostname: 'kind-worker', node: 'kind-worker' };
    expect(promptFor(flavourFor(node, 'bash'), node, '/', '/root')).toBe('root@kind-worker:/# ');
    expect(flavourFor(node, 'sh')).toBe('dash');
    expect(flavourFor({ ...node, image: 'busybox:1.36' }, 'sh')).toBe('ash');
    expect(flavourFor({ kind: 'pod', hostname: 'web', image: 'nginx:1.27' }, 'sh')).toBe('dash');
    expect(notFoundMessage('dash', 'curl', 1)).toBe('sh: 1: curl: not found\n');
    expect(notFoundMessage('ash', 'curl', 1)).toBe('sh: curl: not found\n');
  });
});

describe('arrays in saved state', () => {
  it('survive a JSON round trip, holes included', async () => {
    const { run, session, cluster, fs } = makeSession();
    await run('a=(x y); a[4]=z');
    const restored = Session.restore(JSON.parse(JSON.stringify(session.exportState())), { cluster, fs, home: HOME });
    let out = '';
    await restored.run('echo ${#a[@]} "${a[@]}" "[${a[2]-unset}]"', { stdout: (s) => (out += s), stderr: (s) => (out += s) });
    expect(out).toBe('3 x y z [unset]\n');
  });
});
