// kubectl's read verbs on a fixed cluster state (scenario.ts), compared byte for byte with the
// fixtures in tests/fixtures/kubectl/ whose `setup` is "scenario" (stdout, stderr, exit code).

import { describe, expect, it } from 'vitest';
import { fixtures } from './fixtures.js';
import { scenario } from './scenario.js';

describe('read verbs on the scenario cluster', () => {
  for (const { file, data } of fixtures('').filter((f) => f.data.setup === 'scenario')) {
    it(`${file}: ${data.command}`, async () => {
      const r = await scenario().run(data.command);
      expect({ stdout: r.stdout, stderr: r.stderr, exitCode: r.code }).toEqual({ stdout: data.stdout, stderr: data.stderr, exitCode: data.exitCode });
    });
  }
});
