import { describe, expect, it } from 'vitest';
import { attachTerminal, toTerminal, type ShellBackend, type ShellIO, type TerminalLike } from '../../../../components/terminal/host.js';
import { Screen } from './screen.js';

class FakeTerm implements TerminalLike {
  cols = 40;
  screen = new Screen(40);
  writes: string[] = [];
  private data: ((d: string) => void) | undefined;
  private resized: ((s: { cols: number; rows: number }) => void) | undefined;
  write(d: string) {
    this.writes.push(d);
    this.screen.write(d);
  }
  onData(l: (d: string) => void) {
    this.data = l;
    return { dispose: () => (this.data = undefined) };
  }
  onResize(l: (s: { cols: number; rows: number }) => void) {
    this.resized = l;
    return { dispose: () => (this.resized = undefined) };
  }
  type(d: string) {
    this.data?.(d);
  }
  resize(cols: number) {
    this.resized?.({ cols, rows: 24 });
  }
}

/** A tiny shell: echo, cd (changes the prompt), wait (blocks until released or interrupted), exit. */
function fakeShell() {
  const ran: string[] = [];
  let cwd = '~';
  let release: (() => void) | undefined;
  const backend: ShellBackend & { exited: boolean; release(): void } = {
    exited: false,
    history: ['kubectl get pods'],
    prompt: () => `${cwd}$ `,
    needsMore: (t) => t.endsWith('\\'),
    complete: async (line) => ({ start: 0, candidates: ['kubectl'].filter((c) => c.startsWith(line)) }),
    release: () => release?.(),
    run: async (line: string, io: ShellIO) => {
      ran.push(line);
      const [cmd, ...args] = line.split(' ');
      if (cmd === 'echo') io.stdout(args.join(' ') + '\n');
      if (cmd === 'cd') cwd = args[0] ?? '~';
      if (cmd === 'exit') backend.exited = true;
      if (cmd === 'fail') throw new Error('boom');
      if (cmd === 'wait') {
        await new Promise<void>((r) => {
          release = r;
          const poll = setInterval(() => io.signal.aborted && (clearInterval(poll), r()), 1);
        });
        if (io.signal.aborted) {
          io.stderr('^C\n');
          return 130;
        }
      }
      return 0;
    },
  };
  return { backend, ran };
}

async function setup() {
  const term = new FakeTerm();
  const { backend, ran } = fakeShell();
  const statuses: [string, number][] = [];
  const attached = attachTerminal(term, backend, { onCommand: (l, s) => statuses.push([l, s]) });
  await attached.ready;
  return { term, backend, ran, statuses, attached };
}

describe('attachTerminal', () => {
  it('runs typed lines, converts newlines and shows the backend’s new prompt', async () => {
    const { term, ran, statuses, attached } = await setup();
    term.type('echo hello\r');
    await attached.idle();
    term.type('cd /tmp\r');
    await attached.idle();
    expect(ran).toEqual(['echo hello', 'cd /tmp']);
    expect(statuses).toEqual([['echo hello', 0], ['cd /tmp', 0]]);
    expect(term.screen.text()).toBe('~$ echo hello\nhello\n~$ cd /tmp\n/tmp$');
  });

  it('runs type-ahead in order once the running command ends', async () => {
    const { term, backend, ran, attached } = await setup();
    term.type('wait\r');
    term.type('echo one\recho two\r');
    await new Promise((r) => setTimeout(r, 5));
    expect(ran).toEqual(['wait']);
    backend.release();
    await attached.idle();
    expect(ran).toEqual(['wait', 'echo one', 'echo two']);
    expect(term.screen.text()).toBe('~$ wait\n~$ echo one\none\n~$ echo two\ntwo\n~$');
  });

  it('sends Ctrl-C to the running command and not to the next prompt', async () => {
    const { term, statuses, attached } = await setup();
    term.type('wait\r');
    await new Promise((r) => setTimeout(r, 2));
    term.type('\x03');
    await attached.idle();
    expect(statuses).toEqual([['wait', 130]]);
    expect(term.screen.text()).toBe('~$ wait\n^C\n~$');
  });

  it('passes completion, continuation and history through', async () => {
    const { term, ran, attached } = await setup();
    term.type('kub\t');
    term.type('\x15\x1b[A\r');
    term.type('echo a \\\rb\r');
    await attached.idle();
    expect(ran).toEqual(['kubectl get pods', 'echo a \\\nb']);
  });

  it('survives a backend crash and ends cleanly on Ctrl-D at the workstation', async () => {
    const { term, ran, attached } = await setup();
    term.type('fail\r');
    await attached.idle();
    expect(term.screen.text()).toContain('knet: internal error: boom');
    term.type('\x04');
    await attached.idle();
    expect(ran).toEqual(['fail', 'exit']);
    expect(term.screen.text()).toContain('~$ exit\n\n[The shell has exited.');
    term.type('echo ignored\r');
    await attached.idle();
    expect(ran).toEqual(['fail', 'exit']);
  });

  it('forwards resizes to the editor', async () => {
    const { term, attached } = await setup();
    term.resize(10);
    term.type('abcdefghij');
    term.type('\x1b[H');
    await attached.idle();
    // On 10 columns, '~$ ' + 10 characters wraps after g: Home goes straight up (on 40 it would be 10 left).
    expect(term.writes.at(-1)).toBe('\x1b[1A');
  });

  it('toTerminal turns LF and CR LF into CR LF', () => {
    expect(toTerminal('a\nb\r\nc')).toBe('a\r\nb\r\nc');
  });
});
