// The unified diff behind `kubectl diff`, against GNU diff's hunks for edits of a Deployment.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unifiedHunks } from '../../../../../sandbox/commands/kubectl/verbs/util/udiff.js';

const fx = JSON.parse(readFileSync(join(__dirname, '../../../../fixtures/diff/udiff-deployment.json'), 'utf8'));

describe('unified diff hunks match GNU diff -u', () => {
  fx.cases.forEach((c: { b: string; hunks: string }, i: number) => {
    it(`case ${i}`, () => expect(unifiedHunks(fx.a, c.b)).toBe(c.hunks));
  });
  it('no hunks for equal texts; whole-file hunks for a new file', () => {
    expect(unifiedHunks('a\nb\n', 'a\nb\n')).toBe('');
    expect(unifiedHunks('', 'a\nb\n')).toBe('@@ -0,0 +1,2 @@\n+a\n+b\n');
    expect(unifiedHunks('a\n', '')).toBe('@@ -1 +0,0 @@\n-a\n');
  });
});
