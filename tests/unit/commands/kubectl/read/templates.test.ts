// jsonpath, go-template and name output byte for byte against real kubectl, on the object in
// tests/fixtures/kubectl/templates-deployment.json (errors included, with their exit codes).

import { describe, expect, it } from 'vitest';
import { printError } from '../../../../../sandbox/commands/kubectl/kubectl.js';
import { printGeneric, printSpec } from '../../../../../sandbox/commands/kubectl/printers/index.js';
import type { KubectlContext } from '../../../../../sandbox/commands/kubectl/types.js';
import { fixtures } from './fixtures.js';

function print(input: any, format: string, template: string, allowMissingKeys = true): { stdout: string; stderr: string; exitCode: number } {
  let stdout = '';
  let stderr = '';
  const k = { out: (s: string) => void (stdout += s), err: (s: string) => void (stderr += s) } as KubectlContext;
  try {
    const spec = printSpec({ output: template ? `${format}=${template}` : format, 'allow-missing-template-keys': allowMissingKeys });
    printGeneric(k, [input], spec, { single: true, sortKeys: false });
    return { stdout, stderr, exitCode: 0 };
  } catch (e) {
    const exitCode = printError(k, e);
    return { stdout, stderr, exitCode };
  }
}

for (const { file, data } of fixtures('templates-')) {
  describe(file, () => {
    for (const c of data.cases) {
      it(`-o ${c.format}${c.template ? '=' + c.template : ''}${c.allowMissingKeys === false ? ' --allow-missing-template-keys=false' : ''}`, () => {
        expect(print(data.input, c.format, c.template, c.allowMissingKeys ?? true)).toEqual({ stdout: c.stdout, stderr: c.stderr, exitCode: c.exitCode });
      });
    }
  });
}
