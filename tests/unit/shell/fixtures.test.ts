// Replays cases recorded from real bash 5.2 (fixtures/bash.json, made by fixtures/record.mjs)
// through the simulated shell and compares stdout, stderr and exit status byte for byte.

import { describe, expect, it } from 'vitest';
import recorded from './fixtures/bash.json';
import { makeSession } from './harness.js';

describe('shell matches recorded bash', () => {
  for (const c of recorded.cases) {
    it(c.command.split('\n')[0]!.slice(0, 70), async () => {
      const { run } = makeSession();
      const r = await run(c.command);
      expect({ stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode }).toEqual({ stdout: c.stdout, stderr: c.stderr, exitCode: c.exitCode });
    });
  }
});
