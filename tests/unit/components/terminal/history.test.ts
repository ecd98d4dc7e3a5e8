import { describe, expect, it } from 'vitest';
import { harness, KEY } from './harness.js';

async function run(h: Awaited<ReturnType<typeof harness>>, line: string) {
  await h.type(line + KEY.enter);
  await h.start();
}

describe('LineEditor: history', () => {
  it('Up and Down walk the history and come back to the line being typed', async () => {
    const h = await harness();
    await run(h, 'kubectl get pods');
    await run(h, 'kubectl get svc');
    await h.type('kub');
    await h.type(KEY.up);
    expect(h.editor.line).toBe('kubectl get svc');
    expect(h.screen.text().split('\n').at(-1)).toBe('$ kubectl get svc');
    await h.type('\x10'); // Ctrl-P
    expect(h.editor.line).toBe('kubectl get pods');
    await h.type(KEY.up);
    expect(h.screen.bells).toBe(1);
    await h.type(KEY.down + '\x0e'); // Down, Ctrl-N
    expect(h.editor.line).toBe('kub');
    expect(h.editor.cursorIndex).toBe(3);
    expect(h.screen.text().split('\n').at(-1)).toBe('$ kub');
    await h.type(KEY.down);
    expect(h.screen.bells).toBe(1);
    expect(h.editor.line).toBe('kub');
  });

  it('accepts SS3 arrow keys (application cursor mode)', async () => {
    const h = await harness({ history: ['one', 'two'] });
    await h.type('\x1bOA\x1bOA\x1bOB');
    expect(h.editor.line).toBe('two');
  });

  it('drops empty lines, repeats of the previous line and lines starting with a space', async () => {
    const h = await harness();
    for (const line of ['ls', 'ls', '', ' secret', 'pwd', 'ls']) await run(h, line);
    expect(h.editor.historyEntries).toEqual(['ls', 'pwd', 'ls']);
  });

  it('keeps at most historySize entries', async () => {
    const h = await harness({ historySize: 2, history: ['a', 'b', 'c'] });
    expect(h.editor.historyEntries).toEqual(['b', 'c']);
    await run(h, 'd');
    expect(h.editor.historyEntries).toEqual(['c', 'd']);
  });

  it('recalls a multi-line entry and redraws it with continuation prompts', async () => {
    const h = await harness({ history: ['cat <<EOF\nhello\nEOF'] });
    await h.type(KEY.up);
    expect(h.screen.text()).toBe('$ cat <<EOF\n> hello\n> EOF');
    await h.type(KEY.enter);
    expect(h.events).toEqual([{ type: 'line', text: 'cat <<EOF\nhello\nEOF' }]);
  });
});

describe('LineEditor: Ctrl-R reverse-i-search', () => {
  const history = ['kubectl get pods', 'curl http://web', 'kubectl get svc web', 'ls'];

  it('shows bash’s prompt, finds the newest match and puts the cursor on it', async () => {
    const h = await harness({ history });
    await h.type(KEY.ctrl('r'));
    expect(h.screen.text()).toBe("(reverse-i-search)`':");
    await h.type('get');
    expect(h.screen.text()).toBe("(reverse-i-search)`get': kubectl get svc web");
    expect(h.screen.cursor()).toEqual({ row: 0, col: '(reverse-i-search)`get\': kubectl '.length });
  });

  it('Ctrl-R again finds older matches; a failed search says so and rings', async () => {
    const h = await harness({ history });
    await h.type(KEY.ctrl('r') + 'web');
    expect(h.screen.text()).toBe("(reverse-i-search)`web': kubectl get svc web");
    await h.type(KEY.ctrl('r'));
    expect(h.screen.text()).toBe("(reverse-i-search)`web': curl http://web");
    await h.type(KEY.ctrl('r'));
    expect(h.screen.bells).toBe(1);
    expect(h.screen.text()).toBe("(failed reverse-i-search)`web': curl http://web");
  });

  it('Enter runs the match', async () => {
    const h = await harness({ history });
    await h.type(KEY.ctrl('r') + 'curl' + KEY.enter);
    expect(h.events).toEqual([{ type: 'line', text: 'curl http://web' }]);
    expect(h.screen.text()).toBe('$ curl http://web');
  });

  it('an editing key ends the search, keeps the match and acts on it', async () => {
    const h = await harness({ history });
    await h.type(KEY.ctrl('r') + 'pods' + KEY.end + ' -A');
    expect(h.editor.line).toBe('kubectl get pods -A');
    expect(h.screen.text()).toBe('$ kubectl get pods -A');
  });

  it('Ctrl-G gives up and restores the line typed before', async () => {
    const h = await harness({ history });
    await h.type('echo' + KEY.ctrl('r') + 'kub' + KEY.ctrl('g'));
    expect(h.editor.line).toBe('echo');
    expect(h.screen.text()).toBe('$ echo');
  });

  it('Backspace shortens the query and searches again', async () => {
    const h = await harness({ history });
    await h.type(KEY.ctrl('r') + 'lsx');
    expect(h.screen.text()).toBe("(failed reverse-i-search)`lsx': ls");
    await h.type(KEY.bs);
    expect(h.screen.text()).toBe("(reverse-i-search)`ls': ls");
  });

  it('after accepting, Up continues from the matched entry', async () => {
    const h = await harness({ history });
    await h.type(KEY.ctrl('r') + 'curl' + KEY.right + KEY.up);
    expect(h.editor.line).toBe('kubectl get pods');
  });
});
