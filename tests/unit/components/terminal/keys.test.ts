import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseKeys } from '../../../../components/terminal/keys.js';
import { harness } from './harness.js';

describe('parseKeys', () => {
  it('splits text runs, control keys and escape sequences', () => {
    expect(parseKeys('ab\x1b[Dc\x01\x1bOH\x1b[3~\x1b[1;5C\x1bb\r')).toEqual([
      { kind: 'text', text: 'ab', pasted: false },
      { kind: 'key', name: 'left', seq: '\x1b[D' },
      { kind: 'text', text: 'c', pasted: false },
      { kind: 'ctrl', letter: 'a' },
      { kind: 'key', name: 'home', seq: '\x1bOH' },
      { kind: 'key', name: 'delete', seq: '\x1b[3~' },
      { kind: 'key', name: 'word-right', seq: '\x1b[1;5C' },
      { kind: 'key', name: 'word-left', seq: '\x1bb' },
      { kind: 'key', name: 'enter', seq: '\r' },
    ]);
  });

  it('treats a bracketed paste as text with Enter between lines, dropping control characters', () => {
    expect(parseKeys('\x1b[200~a\tb\x07\r\nc\x1b[201~')).toEqual([
      { kind: 'text', text: 'a\tb', pasted: true },
      { kind: 'key', name: 'enter', seq: '\r' },
      { kind: 'text', text: 'c', pasted: true },
    ]);
  });

  it('ignores unknown and function-key sequences', () => {
    expect(parseKeys('\x1b[15~\x1bOP').map((k) => (k.kind === 'key' ? k.name : k.kind))).toEqual(['unknown', 'unknown']);
  });

  it('never throws and keeps every printable character (fuzz)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (s) => {
        const keys = parseKeys(s);
        const text = keys.map((k) => (k.kind === 'text' ? k.text : '')).join('');
        // Outside escape sequences, nothing printable is lost.
        if (!s.includes('\x1b')) expect(text).toBe(s.replace(/[\x00-\x1f\x7f]/g, ''));
      }),
    );
  });
});

describe('LineEditor on arbitrary input (fuzz)', () => {
  it('never throws, and the cursor stays inside the line on a character boundary', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.string({ unit: 'binary', maxLength: 12 }), { maxLength: 12 }), async (chunks) => {
        const h = await harness({ columns: 12, history: ['a', 'bb'], needsMore: (t) => t.endsWith('\\') });
        for (const c of chunks) {
          await h.type(c);
          if (!h.editor.isActive) await h.start();
        }
        const { line, cursorIndex } = h.editor;
        expect(cursorIndex).toBeGreaterThanOrEqual(0);
        expect(cursorIndex).toBeLessThanOrEqual(line.length);
        const code = line.charCodeAt(cursorIndex);
        expect(code >= 0xdc00 && code <= 0xdfff).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});
