import { describe, expect, it } from 'vitest';
import { harness, KEY } from './harness.js';

describe('LineEditor: typing, moving and deleting', () => {
  it('shows the prompt on start and echoes typed text as is', async () => {
    const h = await harness();
    expect(h.written[0]).toContain('$ ');
    expect(await h.type('kubectl')).toBe('kubectl');
    expect(h.screen.text()).toBe('$ kubectl');
    expect(h.editor.line).toBe('kubectl');
  });

  it('returns the line on Enter and moves to a fresh row', async () => {
    const h = await harness();
    await h.type('kubectl get pods');
    const out = await h.type(KEY.enter);
    expect(out).toBe('\r\n');
    expect(h.events).toEqual([{ type: 'line', text: 'kubectl get pods' }]);
    expect(h.editor.isActive).toBe(false);
  });

  it.each([
    ['\x1b[D', 'CSI D'],
    ['\x1bOD', 'SS3 D (application cursor keys)'],
    ['\x02', 'Ctrl-B'],
  ])('moves left with %j (%s)', async (seq) => {
    const h = await harness();
    await h.type('ab');
    await h.type(seq);
    await h.type('X');
    expect(h.editor.line).toBe('aXb');
    expect(h.screen.text()).toBe('$ aXb');
    expect(h.screen.cursor()).toEqual({ row: 0, col: 4 });
  });

  it.each(['\x1b[H', '\x1bOH', '\x1b[1~', '\x1b[7~', '\x01', '\x1b[1;2H'])('Home key %j goes to the start', async (seq) => {
    const h = await harness();
    await h.type('hello');
    await h.type(seq + '>');
    expect(h.editor.line).toBe('>hello');
    expect(h.screen.cursor()).toEqual({ row: 0, col: 3 });
  });

  it.each(['\x1b[F', '\x1bOF', '\x1b[4~', '\x1b[8~', '\x05'])('End key %j goes to the end', async (seq) => {
    const h = await harness();
    await h.type('hello' + KEY.home + seq + '!');
    expect(h.editor.line).toBe('hello!');
  });

  it('Right and Ctrl-F move right; moving past either end stays put', async () => {
    const h = await harness();
    await h.type('abc' + KEY.home + KEY.right + '\x06' + '_');
    expect(h.editor.line).toBe('ab_c');
    await h.type(KEY.end + KEY.right + KEY.right + '.');
    expect(h.editor.line).toBe('ab_c.');
    await h.type(KEY.home + KEY.left + '<');
    expect(h.editor.line).toBe('<ab_c.');
  });

  it('Backspace (DEL and ^H) deletes before the cursor, Delete and Ctrl-D under it', async () => {
    const h = await harness();
    await h.type('abcdef' + KEY.bs + '\b');
    expect(h.screen.text()).toBe('$ abcd');
    await h.type(KEY.home + KEY.del + KEY.ctrl('d'));
    expect(h.editor.line).toBe('cd');
    expect(h.screen.text()).toBe('$ cd');
    expect(h.screen.cursor()).toEqual({ row: 0, col: 2 });
  });

  it('Backspace at the start of the line rings the bell and changes nothing', async () => {
    const h = await harness();
    await h.type('a' + KEY.home + KEY.bs);
    expect(h.screen.bells).toBe(1);
    expect(h.editor.line).toBe('a');
  });

  it('Ctrl-U, Ctrl-K and Ctrl-W cut, and Ctrl-Y yanks the last cut back', async () => {
    const h = await harness();
    await h.type('kubectl get pods -o wide');
    await h.type(KEY.ctrl('w'));
    expect(h.editor.line).toBe('kubectl get pods -o ');
    await h.type(KEY.ctrl('w'));
    expect(h.editor.line).toBe('kubectl get pods ');
    await h.type(KEY.ctrl('y'));
    expect(h.editor.line).toBe('kubectl get pods -o ');
    await h.type(KEY.home + '\x1b[1;5C' + KEY.ctrl('k'));
    expect(h.editor.line).toBe('kubectl');
    expect(h.screen.text()).toBe('$ kubectl');
    await h.type(KEY.left + KEY.left + KEY.ctrl('u'));
    expect(h.editor.line).toBe('tl');
    expect(h.screen.text()).toBe('$ tl');
    expect(h.screen.cursor()).toEqual({ row: 0, col: 2 });
  });

  it('Alt-B / Alt-F and Ctrl-Left / Ctrl-Right move by words; Alt-Backspace and Alt-D cut words', async () => {
    const h = await harness();
    await h.type('get svc/web-1');
    await h.type('\x1bb');
    expect(h.editor.cursorIndex).toBe(12);
    await h.type('\x1b[1;5D\x1b[1;5D');
    expect(h.editor.cursorIndex).toBe(4);
    await h.type('\x1bf');
    expect(h.editor.cursorIndex).toBe(7);
    await h.type('\x1b\x7f');
    expect(h.editor.line).toBe('get /web-1');
    await h.type('\x1bd');
    expect(h.editor.line).toBe('get -1');
  });

  it('Ctrl-C prints ^C, discards the line and shows a new prompt', async () => {
    const h = await harness();
    await h.type('kubectl delete pod' + KEY.left + KEY.left);
    await h.type(KEY.ctrl('c'));
    expect(h.events).toEqual([{ type: 'interrupt' }]);
    expect(h.screen.text()).toBe('$ kubectl delete pod^C\n$');
    expect(h.editor.line).toBe('');
    expect(h.editor.isActive).toBe(true);
  });

  it('Ctrl-D on an empty line is end of input; on text it deletes', async () => {
    const h = await harness();
    await h.type(KEY.ctrl('d'));
    expect(h.events).toEqual([{ type: 'eof' }]);
    expect(h.editor.isActive).toBe(false);
  });

  it('Ctrl-L clears the screen and redraws the prompt and line, cursor kept', async () => {
    const h = await harness();
    await h.type('ls' + KEY.enter);
    await h.start();
    await h.type('echo hi' + KEY.left);
    const out = await h.type(KEY.ctrl('l'));
    expect(out.startsWith('\x1b[H\x1b[2J')).toBe(true);
    expect(h.screen.text()).toBe('$ echo hi');
    expect(h.screen.cursor()).toEqual({ row: 0, col: 8 });
  });

  it('pasted text is inserted at once; pasted lines are run one at a time', async () => {
    const h = await harness();
    await h.type('\x1b[200~echo a\techo\r\nkubectl get ns\x1b[201~');
    expect(h.events).toEqual([{ type: 'line', text: 'echo a\techo' }]);
    expect(h.editor.isActive).toBe(false);
    await h.start();
    expect(h.editor.line).toBe('kubectl get ns');
    expect(h.screen.text().split('\n').at(-1)).toBe('$ kubectl get ns');
  });

  it('keeps keys typed while a command runs and replays them at the next prompt', async () => {
    const h = await harness();
    await h.type('sleep 5\rkubectl get po');
    expect(h.events).toEqual([{ type: 'line', text: 'sleep 5' }]);
    expect(await h.type('ds\r')).toBe('');
    await h.start();
    expect(h.events.at(-1)).toEqual({ type: 'line', text: 'kubectl get pods' });
  });

  it('a new prompt can be set between commands, colours included', async () => {
    const h = await harness();
    await h.type('cd /tmp\r');
    h.editor.setPrompt('\x1b[32m/tmp\x1b[0m $ ');
    const out = await h.start();
    expect(out).toContain('\x1b[32m/tmp\x1b[0m $ ');
    await h.type('x');
    await h.type(KEY.left);
    expect(h.written.at(-1)).toBe('\x1b[1D');
  });
});
