// The lesson terminal on the local runtime, end to end in Node: keys → LineEditor → LocalRuntime →
// messages → worker host → Session, and the output back on a screen.
import { describe, expect, it } from 'vitest';
import { attachTerminal, type TerminalLike } from '../../../../components/terminal/host.js';
import { shellBackend } from '../../../../components/runtime/backend.js';
import { Screen } from '../terminal/screen.js';
import { connect, MemoryStorage, SETUP } from './harness.js';

class FakeTerm implements TerminalLike {
  cols = 100;
  screen = new Screen(100);
  private data: ((d: string) => void) | undefined;
  write(d: string) {
    this.screen.write(d);
  }
  onData(l: (d: string) => void) {
    this.data = l;
    return { dispose: () => (this.data = undefined) };
  }
  type(d: string) {
    this.data?.(d);
  }
}

async function lesson(storage = new MemoryStorage()) {
  const { runtime } = connect({ storage });
  await runtime.start(SETUP, { columns: 100 });
  const term = new FakeTerm();
  const statuses: number[] = [];
  const attached = attachTerminal(term, shellBackend(runtime), { onCommand: (_l, s) => statuses.push(s) });
  await attached.ready;
  return { term, attached, statuses, storage };
}

describe('the terminal on the local runtime', () => {
  it('runs a typed line and shows the next prompt', async () => {
    const { term, attached } = await lesson();
    term.type('kubectl get nodes -o name\r');
    await attached.idle();
    expect(term.screen.text()).toBe(
      'learner@knet:~$ kubectl get nodes -o name\nnode/kind-control-plane\nnode/kind-worker\nnode/kind-worker2\nlearner@knet:~$',
    );
  });

  it('Ctrl-C stops a busy loop in the worker and the prompt comes back', async () => {
    const { term, attached, statuses } = await lesson();
    term.type('while true; do :; done\r');
    await new Promise((r) => setTimeout(r, 20));
    term.type('\x03');
    await attached.idle();
    expect(statuses).toEqual([130]);
    expect(term.screen.text()).toBe('learner@knet:~$ while true; do :; done\n^C\nlearner@knet:~$');
  });

  it('continuation lines and completion go through the runtime', async () => {
    const { term, attached } = await lesson();
    term.type('for i in 1 2; do\recho n$i\rdone\r');
    await attached.idle();
    expect(term.screen.text()).toBe('learner@knet:~$ for i in 1 2; do\n> echo n$i\n> done\nn1\nn2\nlearner@knet:~$');
    term.type('kubectl get namesp\t');
    await attached.idle();
    expect(term.screen.text().split('\n').pop()).toBe('learner@knet:~$ kubectl get namespaces');
  });

  it('after a reload, Up recalls the line typed before it', async () => {
    const first = await lesson();
    first.term.type('echo before-reload\r');
    await first.attached.idle();
    const second = await lesson(first.storage);
    second.term.type('\x1b[A');
    await second.attached.idle();
    expect(second.term.screen.text()).toBe('learner@knet:~$ echo before-reload');
  });
});
