// Fuzzing: random text and random token soups never throw out of the parser or the session,
// and every run finishes (the step budget and nesting limits hold).

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isIncomplete, parse } from '../../../sandbox/shell/parser.js';
import { ParseError } from '../../../sandbox/shell/lexer.js';
import { makeSession } from './harness.js';

const TOKENS = [
  'echo', 'cat', 'ls', 'x=1', '$x', '${x:-d}', '${#x}', '$(', ')', '`', "'", '"', '\\', '|', '||', '&&', ';', ';;', '&', '(', '{', '}',
  '<', '>', '>>', '2>&1', '<<EOF', '<<<', 'EOF', '\n', 'if', 'then', 'else', 'fi', 'for', 'in', 'do', 'done', 'while', 'until', 'case',
  'esac', 'true', 'false', '!', '[[', ']]', '[', ']', '$((', '))', '1+2', '*', '?', '~', '#', 'f()', 'function', 'return', 'break',
  'exit', 'read', 'a', ' ', '$?', '$@', '{1..3}', 'grep', 'sort', 'jq', '.', 'sed', 's/a/b/', 'awk', '{print}', 'head', '-n', '1',
  'a=(1 2)', '${a[@]}', '${a[', '<(', 'time', '!!', 'local', 'set', '-e', 'eval', 'source', 'sh', '-c', 'xargs', 'seq', 'yes', 'diff',
  'find', 'mapfile', 'kill', '%1', 'alias', 'k=echo', 'k', 'export',
];

const soup = fc.array(fc.constantFrom(...TOKENS), { maxLength: 25 }).map((xs) => xs.join(' '));

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return Promise.race([p, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`did not finish in ${ms} ms`)), ms))]);
}

describe('parser fuzzing', () => {
  it('only ever throws ParseError', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 60 }), soup), (src) => {
        try {
          parse(src);
        } catch (e) {
          if (!(e instanceof ParseError)) throw e;
        }
        expect(typeof isIncomplete(src)).toBe('boolean');
      }),
      { numRuns: 3000 },
    );
  });
});

describe('interpreter fuzzing', () => {
  it('never throws and always finishes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(soup, fc.string({ maxLength: 40 })), async (src) => {
        const { run } = makeSession();
        const r = await withTimeout(run(src, { tty: src.length % 2 === 0 }), 5000);
        expect(Number.isInteger(r.exitCode)).toBe(true);
        expect(r.stderr).not.toMatch(/internal error/);
      }),
      { numRuns: 400 },
    );
  }, 120_000);
});
