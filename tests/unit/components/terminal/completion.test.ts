import { describe, expect, it } from 'vitest';
import { listMatches, commonPrefix, printablePart } from '../../../../components/terminal/complete.js';
import type { Completer } from '../../../../components/terminal/complete.js';
import { harness, KEY } from './harness.js';

/** Completes the word before the cursor from a fixed list, as a shell completer would. */
function words(list: string[]): Completer & { calls: [string, number][] } {
  const calls: [string, number][] = [];
  const fn = async (line: string, cursor: number) => {
    calls.push([line, cursor]);
    const start = line.lastIndexOf(' ', cursor - 1) + 1;
    const word = line.slice(start, cursor);
    return { start, candidates: list.filter((w) => w.startsWith(word)) };
  };
  return Object.assign(fn, { calls });
}

describe('LineEditor: Tab completion', () => {
  it('passes the line and cursor and inserts a single candidate with a space', async () => {
    const completer = words(['kubectl', 'kind']);
    const h = await harness({ completer });
    await h.type('kub' + KEY.tab);
    expect(completer.calls).toEqual([['kub', 3]]);
    expect(h.editor.line).toBe('kubectl ');
    expect(h.screen.text()).toBe('$ kubectl');
    expect(h.screen.cursor()).toEqual({ row: 0, col: 10 });
  });

  it('completes in the middle of a line and steps over an existing space', async () => {
    const h = await harness({ completer: words(['deployments']) });
    await h.type('get dep -o wide' + KEY.home + '\x1b[1;5C\x1b[1;5C' + KEY.tab);
    expect(h.editor.line).toBe('get deployments -o wide');
    expect(h.editor.cursorIndex).toBe('get deployments '.length);
  });

  it('keeps a directory open: no space after a trailing slash', async () => {
    const h = await harness({ completer: words(['manifests/']) });
    await h.type('cat man' + KEY.tab);
    expect(h.editor.line).toBe('cat manifests/');
  });

  it('inserts the common prefix of several candidates without listing them', async () => {
    const h = await harness({ completer: words(['networkpolicies', 'networkpolicy', 'nodes']) });
    await h.type('get netw' + KEY.tab);
    expect(h.editor.line).toBe('get networkpolic');
    expect(h.screen.bells).toBe(0);
  });

  it('rings on the first ambiguous Tab and lists the matches bash-style on the second', async () => {
    const h = await harness({ completer: words(['pods', 'podtemplates', 'poddisruptionbudgets']) });
    await h.type('kubectl get pod' + KEY.tab);
    expect(h.screen.bells).toBe(1);
    await h.type(KEY.tab);
    expect(h.screen.text()).toBe(
      ['$ kubectl get pod', 'poddisruptionbudgets  pods                  podtemplates', '$ kubectl get pod'].join('\n'),
    );
    expect(h.screen.cursor()).toEqual({ row: 2, col: 17 });
    expect(h.editor.line).toBe('kubectl get pod');
  });

  it('lists file names without their directory when the completer says they are files', async () => {
    const h = await harness({
      completer: async () => ({ start: 4, candidates: ['app/svc.yaml', 'app/deploy.yaml', 'app/conf/'], filenames: true }),
    });
    await h.type('cat app/' + KEY.tab + KEY.tab);
    expect(h.screen.text()).toBe('$ cat app/\nconf/        deploy.yaml  svc.yaml\n$ cat app/');
  });

  it('a key between two Tabs starts over (no listing)', async () => {
    const h = await harness({ completer: words(['pods', 'podtemplates']) });
    await h.type('pod' + KEY.tab + KEY.left + KEY.right + KEY.tab);
    expect(h.screen.bells).toBe(2);
    expect(h.screen.text()).toBe('$ pod');
  });

  it('rings when nothing matches, and without a completer', async () => {
    const h = await harness({ completer: words(['a']) });
    await h.type('zz' + KEY.tab);
    expect(h.screen.bells).toBe(1);
    const plain = await harness();
    await plain.type(KEY.tab);
    expect(plain.screen.bells).toBe(1);
    expect(plain.editor.line).toBe('');
  });

  it('asks before listing more than 100 matches', async () => {
    const many = Array.from({ length: 150 }, (_, i) => `pod-${String(i).padStart(3, '0')}`);
    const h = await harness({ completer: words(many) });
    await h.type('pod-' + KEY.tab + KEY.tab);
    expect(h.screen.text()).toBe('$ pod-\nDisplay all 150 possibilities? (y or n)');
    await h.type('x');
    expect(h.editor.line).toBe('pod-');
    await h.type('n');
    expect(h.screen.text()).toBe('$ pod-\nDisplay all 150 possibilities? (y or n)\n$ pod-');
    await h.type(KEY.tab + KEY.tab + 'y');
    expect(h.screen.text()).toContain('pod-000');
    expect(h.screen.text()).toContain('pod-149');
    expect(h.screen.text().split('\n').at(-1)).toBe('$ pod-');
  });

  it('waits for a slow completer before handling the keys typed after Tab', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const h = await harness({
      completer: async () => {
        await gate;
        return { start: 0, candidates: ['kubectl'] };
      },
    });
    const first = h.type('k' + KEY.tab);
    const second = h.type('get');
    release();
    await Promise.all([first, second]);
    expect(h.editor.line).toBe('kubectl get');
    expect(h.screen.text()).toBe('$ kubectl get');
  });
});

describe('listMatches and commonPrefix', () => {
  it('fills columns top to bottom, each as wide as the longest match plus two', () => {
    const out = listMatches(['a', 'bb', 'ccc', 'dddd', 'e'], 14);
    // max = 6, limit = floor(14 / 6) = 2 columns, 3 rows.
    expect(out).toBe('a     dddd\r\nbb    e\r\nccc\r\n');
  });

  it('uses one column when a match is wider than the screen', () => {
    expect(listMatches(['a-very-long-name', 'b'], 10)).toBe('a-very-long-name\r\nb\r\n');
  });

  it('drops a column when the columns would exactly fill the row', () => {
    // max = 5: 20 / 5 = 4 fits exactly, readline uses 3 columns, so 2 rows filled top to bottom.
    expect(listMatches(['aaa', 'bbb', 'ccc', 'ddd'], 20)).toBe('aaa  ccc\r\nbbb  ddd\r\n');
    expect(listMatches(['aaa', 'bbb', 'ccc', 'ddd'], 21)).toBe('aaa  bbb  ccc  ddd\r\n');
  });

  it('printablePart keeps the last path component, trailing slash included', () => {
    expect(printablePart('a/b/c.yaml')).toBe('c.yaml');
    expect(printablePart('a/sub/')).toBe('sub/');
    expect(printablePart('plain')).toBe('plain');
  });

  it('finds the longest common prefix without splitting a surrogate pair', () => {
    expect(commonPrefix(['network', 'networkpolicy'])).toBe('network');
    expect(commonPrefix(['x😀', 'x😁'])).toBe('x');
    expect(commonPrefix([])).toBe('');
  });
});
