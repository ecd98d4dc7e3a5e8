// Whole-process figure: `knet run -- 'kubectl get pods'` from process start to exit.

import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Bench } from './types.js';

// Run from the repository root (npm run bench does), so this works bundled or not.
const bin = join(process.cwd(), 'bin', 'knet.mjs');

export function suite(): Bench[] {
  const dir = mkdtempSync(join(tmpdir(), 'knet-bench-'));
  const state = join(dir, '.knet');
  execFileSync(process.execPath, [bin, 'cluster', 'create', '--state', state, '--seed', '1'], { stdio: 'ignore' });
  return [
    {
      name: "whole-process `knet run -- 'kubectl get pods'`",
      goal: '≤ 150 ms',
      goalMs: 150,
      iterations: 11,
      run: () => void execFileSync(process.execPath, [bin, 'run', '--state', state, '--workspace', dir, '--', 'kubectl get pods'], { stdio: 'ignore' }),
    },
  ];
}
