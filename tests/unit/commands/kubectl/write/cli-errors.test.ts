// Client-side argument errors of the write verbs, replayed against what real kubectl printed
// (tests/fixtures/kubectl/write-err-*.json): same stdout, stderr and exit code.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Harness, split } from './harness.js';

const DIR = join(__dirname, '../../../../fixtures/kubectl');

describe('write verbs: argument errors match real kubectl', () => {
  for (const file of readdirSync(DIR).filter((f) => f.startsWith('write-err-'))) {
    const fx = JSON.parse(readFileSync(join(DIR, file), 'utf8'));
    it(fx.command, async () => {
      const h = new Harness().write('x.yaml', 'apiVersion: v1\n');
      const r = await h.run(split(fx.command));
      expect({ stdout: r.stdout, stderr: r.stderr, code: r.code }).toEqual({ stdout: fx.stdout, stderr: fx.stderr, code: fx.exitCode });
    });
  }
});
