import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layout, paint } from '../../../../components/terminal/render.js';
import { harness, KEY } from './harness.js';
import { Screen } from './screen.js';

const TEXT = ['a', 'b', 'z', ' ', '-', '日', '本', 'e\u0301', '😀', 'kubectl '];
const KEYS = [
  KEY.left,
  KEY.right,
  KEY.home,
  KEY.end,
  KEY.bs,
  KEY.del,
  KEY.up,
  KEY.down,
  '\x1bOH',
  '\x1b[4~',
  '\x1b[1;5D',
  '\x1b[1;5C',
  '\x1bd',
  '\x1b\x7f',
  KEY.ctrl('u'),
  KEY.ctrl('k'),
  KEY.ctrl('w'),
  KEY.ctrl('y'),
  KEY.ctrl('a'),
  KEY.ctrl('e'),
];

const input = fc.array(fc.oneof(fc.constantFrom(...TEXT), fc.constantFrom(...KEYS)), { maxLength: 40 });

describe('LineEditor invariants', () => {
  it('after any key sequence the screen shows prompt + line and the cursor sits on the cursor index', async () => {
    await fc.assert(
      fc.asyncProperty(input, fc.integer({ min: 4, max: 30 }), fc.boolean(), async (keys, columns, batch) => {
        const h = await harness({ columns, history: ['kubectl get pods', '日本 😀'] });
        if (batch) await h.type(keys.join(''));
        else for (const k of keys) await h.type(k);
        const line = h.editor.line;
        const expected = new Screen(columns);
        const l = layout('$ ', '> ', line, columns);
        expected.write(paint('$ ', '> ', line) + (l.endsAtMargin ? '\r\n' : ''));
        expect(h.screen.text()).toBe(expected.text());
        expect(h.screen.cursor()).toEqual(l.at.get(h.editor.cursorIndex));
        // The cursor never splits a surrogate pair or a base character from its marks.
        expect(l.at.has(h.editor.cursorIndex)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
