// Help texts, flag errors and argument errors of the read verbs, byte for byte against
// recordings of real kubectl (tests/fixtures/kubectl/help-*.json and client-side error cases).

import { describe, expect, it } from 'vitest';
import { fixtures } from './fixtures.js';
import { ReadHarness, split } from './harness.js';

const CLIENT_SIDE = ['help-', 'flag-', 'get-no-type', 'get-mixed-args', 'version-bad-output', 'describe-no-type', 'explain-no-type'];

describe('client-side output matches real kubectl', () => {
  for (const prefix of CLIENT_SIDE) {
    for (const { file, data } of fixtures(prefix).filter((f) => !f.data.setup)) {
      it(`${file}: ${data.command}`, async () => {
        const r = await new ReadHarness().run(split(data.command));
        expect({ stdout: r.stdout, stderr: r.stderr, exitCode: r.code }).toEqual({ stdout: data.stdout, stderr: data.stderr, exitCode: data.exitCode });
      });
    }
  }
});
