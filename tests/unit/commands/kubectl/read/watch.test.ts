// `kubectl get -w`: one-shot hosts get the first table only; a streaming host gets one row per
// change, padded to the widths of the first table.

import { describe, expect, it } from 'vitest';
import { runKubectl } from '../../../../../sandbox/commands/kubectl/kubectl.js';
import type { CommandContext } from '../../../../../sandbox/commands/types.js';
import { scenario } from './scenario.js';
import { split } from './harness.js';

describe('get -w', () => {
  it('streams added, changed and deleted objects while the host waits for changes', async () => {
    const h = scenario();
    const c = h.cluster;
    let out = '';
    const steps = [
      () => c.api.create({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'a-much-longer-name' }, data: { k: 'v' } }),
      () => c.api.update({ ...c.api.get(c.api.typeOf({ apiVersion: 'v1', kind: 'ConfigMap' }), 'default', 'settings'), data: { one: '1' } }),
      () => c.api.delete(c.api.typeOf({ apiVersion: 'v1', kind: 'ConfigMap' }), 'default', 'a-much-longer-name'),
    ];
    const ctx = {
      argv: split('kubectl get cm -w'),
      stdin: '',
      stdout: (s: string) => void (out += s),
      stderr: () => {},
      cluster: c,
      fs: h.fs,
      cwd: '/work',
      env: {},
      host: { kind: 'workstation', hostname: 'laptop' },
      tty: false,
      signal: { aborted: false },
      exec: async () => 0,
      waitForChange: async () => {
        const step = steps.shift();
        if (!step) return false;
        step();
        return true;
      },
    } as CommandContext;
    expect(await runKubectl(ctx)).toBe(0);
    expect(out).toBe(
      'NAME       DATA   AGE\n' +
        'settings   2      5m7s\n' +
        'a-much-longer-name   1      0s\n' +
        'settings             1      5m7s\n' +
        'a-much-longer-name   1      0s\n',
    );
  });
  it('refuses to watch several types', async () => {
    expect((await scenario().run('kubectl get pods,svc -w')).stderr).toBe('error: watch is only supported on individual resources and resource collections, but 2 resources were found\n');
  });
});
