// Replays cases recorded from GNU coreutils/grep/sed, mawk and jq 1.6 on Debian 12
// (fixtures/*.json, made by tests/unit/shell/fixtures/record.mjs) through the simulated tools.

import { describe, expect, it } from 'vitest';
import gnu from './fixtures/gnu.json';
import jq from './fixtures/jq.json';
import { makeSession } from '../../shell/harness.js';

for (const [name, set] of [
  ['GNU tools', gnu],
  ['jq', jq],
] as const) {
  describe(`${name} match the recorded output`, () => {
    for (const c of set.cases) {
      it(c.command.slice(0, 80), async () => {
        const { run } = makeSession();
        const r = await run(c.command);
        expect({ stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode }).toEqual({ stdout: c.stdout, stderr: c.stderr, exitCode: c.exitCode });
      });
    }
  });
}
