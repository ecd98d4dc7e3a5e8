// kubectl diff: live vs. would-be-applied, as GNU diff -u -N output with kubectl's exit codes.

import { describe, expect, it } from 'vitest';
import { Harness } from './harness.js';

const CM = (v: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cfg\ndata:\n  mode: ${v}\n`;

describe('kubectl diff', () => {
  it('shows a new object against an empty LIVE file, and exits 1', async () => {
    const h = new Harness().write('cm.yaml', CM('fast'));
    const r = await h.run('kubectl diff -f cm.yaml');
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^diff -u -N \/tmp\/LIVE-\d+\/v1\.ConfigMap\.default\.cfg \/tmp\/MERGED-\d+\/v1\.ConfigMap\.default\.cfg$/);
    expect(lines[1]).toMatch(/^--- \/tmp\/LIVE-\d+\/v1\.ConfigMap\.default\.cfg\t1970-01-01 00:00:00\.000000000 \+0000$/);
    expect(lines[2]).toMatch(/^\+\+\+ \/tmp\/MERGED-\d+\/v1\.ConfigMap\.default\.cfg\t2025-09-01 09:00:00\.000000000 \+0000$/);
    expect(lines[3]).toMatch(/^@@ -0,0 \+1,\d+ @@$/);
    expect(r.stdout).toContain('+  mode: fast\n');
    expect(h.get('configmaps', 'cfg')).toBeUndefined();
  });

  it('shows only what apply would change; exits 0 when nothing would', async () => {
    const h = new Harness().write('cm.yaml', CM('fast'));
    await h.run('kubectl apply -f cm.yaml');
    expect(await h.run('kubectl diff -f cm.yaml')).toEqual({ stdout: '', stderr: '', code: 0 });
    h.write('cm.yaml', CM('slow'));
    const r = await h.run('kubectl diff -f cm.yaml');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('-  mode: fast\n+  mode: slow\n');
    expect(r.stdout).toMatch(/^- {6}\{"apiVersion":"v1","data":\{"mode":"fast"\}/m);
    expect(h.get('configmaps', 'cfg').data.mode).toBe('fast');
  });

  it('errors exit 2', async () => {
    expect(await new Harness().run('kubectl diff')).toEqual({ stdout: '', stderr: 'error: must specify one of -f and -k\n', code: 2 });
  });
});
