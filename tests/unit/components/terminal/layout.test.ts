import { describe, expect, it } from 'vitest';
import { harness, KEY } from './harness.js';

describe('LineEditor: continuation lines', () => {
  // Incomplete while quotes are unbalanced or the line ends in a backslash, like a shell's parser says.
  const needsMore = (text: string) => (text.split("'").length - 1) % 2 === 1 || text.endsWith('\\');

  it('shows "> " and returns all lines joined with newlines once complete', async () => {
    const h = await harness({ needsMore });
    await h.type("echo 'a" + KEY.enter);
    expect(h.events).toEqual([]);
    expect(h.screen.text()).toBe("$ echo 'a\n>");
    await h.type("b'" + KEY.enter);
    expect(h.events).toEqual([{ type: 'line', text: "echo 'a\nb'" }]);
    expect(h.editor.historyEntries).toEqual(["echo 'a\nb'"]);
  });

  it('a custom continuation prompt, and Ctrl-C drops the whole input', async () => {
    const h = await harness({ needsMore, continuationPrompt: '... ' });
    await h.type('kubectl get \\' + KEY.enter + 'pods');
    expect(h.screen.text()).toBe('$ kubectl get \\\n... pods');
    await h.type(KEY.ctrl('c'));
    expect(h.screen.text()).toBe('$ kubectl get \\\n... pods^C\n$');
    await h.type('ls' + KEY.enter);
    expect(h.events.at(-1)).toEqual({ type: 'line', text: 'ls' });
  });

  it('Ctrl-D on an empty continuation line rings instead of ending input', async () => {
    const h = await harness({ needsMore });
    await h.type("echo '" + KEY.enter + KEY.ctrl('d'));
    expect(h.screen.bells).toBe(1);
    expect(h.editor.isActive).toBe(true);
  });
});

describe('LineEditor: wide characters and wrapping', () => {
  it('moves over a wide character as one step of two columns', async () => {
    const h = await harness();
    await h.type('日本');
    expect(h.screen.cursor()).toEqual({ row: 0, col: 6 });
    expect(await h.type(KEY.left)).toBe('\x1b[2D');
    await h.type(KEY.bs);
    expect(h.editor.line).toBe('本');
    expect(h.screen.text()).toBe('$ 本');
    expect(h.screen.cursor()).toEqual({ row: 0, col: 2 });
  });

  it('keeps combining marks and emoji sequences with their base character', async () => {
    const h = await harness();
    await h.type('cafe\u0301!');
    await h.type(KEY.left + KEY.bs);
    expect(h.editor.line).toBe('caf!');
    expect(h.screen.text()).toBe('$ caf!');
    await h.type(KEY.end + '👩‍💻' + KEY.bs);
    expect(h.editor.line).toBe('caf!');
    await h.type('😀' + KEY.left);
    expect(h.editor.cursorIndex).toBe(4);
  });

  it('wraps long input and moves the cursor across rows', async () => {
    const h = await harness({ columns: 10 });
    await h.type('abcdefghijklmn');
    expect(h.screen.text()).toBe('$ abcdefgh\nijklmn');
    expect(h.screen.cursor()).toEqual({ row: 1, col: 6 });
    await h.type(KEY.home);
    expect(h.screen.cursor()).toEqual({ row: 0, col: 2 });
    await h.type('XY');
    expect(h.screen.text()).toBe('$ XYabcdef\nghijklmn');
    expect(h.screen.cursor()).toEqual({ row: 0, col: 4 });
    await h.type(KEY.end + KEY.ctrl('u'));
    expect(h.screen.text()).toBe('$');
  });

  it('steps off the right margin when a row is exactly full', async () => {
    const h = await harness({ columns: 10 });
    const out = await h.type('12345678');
    expect(out).toBe('12345678\r\n');
    expect(h.screen.cursor()).toEqual({ row: 1, col: 0 });
    await h.type('9' + KEY.left + KEY.left);
    expect(h.screen.cursor()).toEqual({ row: 0, col: 9 });
    await h.type(KEY.enter);
    expect(h.events).toEqual([{ type: 'line', text: '123456789' }]);
  });

  it('wraps a wide character that does not fit in the last column', async () => {
    const h = await harness({ columns: 10 });
    await h.type('1234567日');
    expect(h.screen.text()).toBe('$ 1234567\n日');
    expect(h.screen.cursor()).toEqual({ row: 1, col: 2 });
    await h.type(KEY.left);
    expect(h.screen.cursor()).toEqual({ row: 1, col: 0 });
    await h.type(KEY.left);
    expect(h.screen.cursor()).toEqual({ row: 0, col: 8 });
  });

  it('recomputes the cursor row after a resize', async () => {
    const h = await harness({ columns: 10 });
    await h.type('abcdefghijkl');
    h.editor.resize(40);
    const fresh = await harness({ columns: 40 });
    await fresh.type('abcdefghijkl');
    await fresh.type(KEY.home);
    await h.type(KEY.home);
    // xterm reflows the wrapped row; from then on the editor draws as on a 40-column screen.
    expect(h.written.at(-1)).toBe(fresh.written.at(-1));
  });
});
