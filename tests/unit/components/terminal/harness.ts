// Test harness: a LineEditor wired to a Screen, collecting events, as the terminal component will wire them.
import { LineEditor, type EditorEvent, type LineEditorOptions } from '../../../../components/terminal/line-editor.js';
import { Screen } from './screen.js';

export interface Harness {
  editor: LineEditor;
  screen: Screen;
  events: EditorEvent[];
  /** Everything written so far, escape sequences included. */
  written: string[];
  type(data: string): Promise<string>;
  start(): Promise<string>;
}

export async function harness(options: LineEditorOptions = {}): Promise<Harness> {
  const editor = new LineEditor({ columns: 80, ...options });
  const screen = new Screen(options.columns ?? 80);
  const events: EditorEvent[] = [];
  const written: string[] = [];
  const take = (r: { output: string; events: EditorEvent[] }) => {
    screen.write(r.output);
    written.push(r.output);
    events.push(...r.events);
    return r.output;
  };
  const h: Harness = {
    editor,
    screen,
    events,
    written,
    type: async (data) => take(await editor.feed(data)),
    start: async () => take(await editor.start()),
  };
  await h.start();
  return h;
}

export const KEY = {
  left: '\x1b[D',
  right: '\x1b[C',
  up: '\x1b[A',
  down: '\x1b[B',
  home: '\x1b[H',
  end: '\x1b[F',
  del: '\x1b[3~',
  bs: '\x7f',
  tab: '\t',
  enter: '\r',
  ctrl: (letter: string) => String.fromCharCode(letter.toLowerCase().charCodeAt(0) - 96),
};
