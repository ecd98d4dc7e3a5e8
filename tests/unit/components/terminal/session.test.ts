// The terminal host driving the sandbox's real Session: the shapes fit and a kubectl command round-trips.
import { describe, expect, it } from 'vitest';
import { attachTerminal, type ShellBackend } from '../../../../components/terminal/host.js';
import { createCluster, HOME, MemoryFs, Session } from '../../../../sandbox/index.js';
import { Screen } from './screen.js';

describe('attachTerminal with the sandbox Session', () => {
  it('runs kubectl through the editor and prints its table', async () => {
    const cluster = createCluster({ seed: 7 });
    const session: ShellBackend = new Session({ cluster, fs: new MemoryFs(), home: HOME, columns: 120 });
    const screen = new Screen(120);
    let listener: (d: string) => void = () => {};
    const attached = attachTerminal(
      { cols: 120, write: (d) => screen.write(d), onData: (l) => ((listener = l), { dispose: () => {} }) },
      session,
    );
    await attached.ready;
    listener('kubectl get nodes\r');
    await attached.idle();
    const lines = screen.text().split('\n');
    expect(lines[0]).toMatch(/\$ kubectl get nodes$/);
    expect(lines[1]).toMatch(/^NAME\s+STATUS\s+ROLES\s+AGE\s+VERSION$/);
    expect(lines.some((l) => l.startsWith('kind-control-plane'))).toBe(true);
    expect(lines.at(-1)).toMatch(/\$$/);
  });
});
