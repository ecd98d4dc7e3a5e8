// A DOM-free line editor between xterm.js and the shell: fed onData strings, it keeps the input line and
// returns the escape sequences to write, with bash-like keys, history, Ctrl-R search, Tab completion and
// continuation lines.
import * as B from './buffer.js';
import { listMatches, tabAction, type Completer } from './complete.js';
import { History } from './history.js';
import { parseKeys, type Key } from './keys.js';
import { layout, moveCursor, type Frame } from './render.js';
import { ReverseSearch } from './search.js';
import { LineView } from './view.js';

export type EditorEvent =
  /** Enter on complete input: the text (continuation lines joined with \n), to run. The editor then waits for start(). */
  | { type: 'line'; text: string }
  /** Ctrl-C: the input was discarded and a fresh prompt shown. */
  | { type: 'interrupt' }
  /** Ctrl-D on an empty line. The editor then waits for start(). */
  | { type: 'eof' };

export interface FeedResult {
  /** What to write to the terminal, escape sequences included. */
  output: string;
  events: EditorEvent[];
}

export interface LineEditorOptions {
  /** The primary prompt (PS1), single-line; may contain SGR colour sequences. */
  prompt?: string;
  /** The continuation prompt (PS2). */
  continuationPrompt?: string;
  /** Terminal width in columns. */
  columns?: number;
  completer?: Completer;
  /** True when the text so far is incomplete (open quote, trailing backslash, heredoc…) and Enter should continue it. */
  needsMore?: (text: string) => boolean;
  history?: readonly string[];
  historySize?: number;
}

const BELL = '\x07';

export class LineEditor extends LineView {
  private readonly history: History;
  private active = false;
  private typeAhead: Key[] = [];
  private killRing = '';
  private lastWasTab = false;
  private search: ReverseSearch | undefined;
  /** Matches waiting on "Display all N possibilities? (y or n)". */
  private asking: string[] | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private events: EditorEvent[] = [];

  constructor(private readonly options: LineEditorOptions = {}) {
    super(options.prompt ?? '$ ', options.continuationPrompt ?? '> ', Math.max(1, options.columns ?? 80));
    this.history = new History(options.history ?? [], options.historySize ?? 500);
  }

  /** The line being edited and the cursor (UTF-16 index). */
  get line(): string {
    return this.text;
  }
  get cursorIndex(): number {
    return this.cursor;
  }
  /** False while a command runs (after Enter or Ctrl-D, until start()); input is then kept as type-ahead. */
  get isActive(): boolean {
    return this.active;
  }
  get historyEntries(): readonly string[] {
    return this.history.list();
  }

  private get buf(): B.Buf {
    return { text: this.text, cursor: this.cursor };
  }

  setPrompt(prompt: string): void {
    this.prompt = prompt;
  }

  /** Shows a fresh prompt and replays keys typed while the last command ran. */
  start(): Promise<FeedResult> {
    return this.run(async () => {
      this.active = true;
      this.pos = { row: 0, col: 0 };
      this.repaint();
      const keys = this.typeAhead;
      this.typeAhead = [];
      await this.process(keys);
    });
  }

  /** Handles data from xterm's onData. Calls are processed one after another, in order. */
  feed(data: string): Promise<FeedResult> {
    return this.run(() => this.process(parseKeys(data)));
  }

  /** The terminal was resized; xterm reflows wrapped rows, so recompute where the cursor is. */
  resize(columns: number): void {
    this.cols = Math.max(1, columns);
    if (this.active) this.pos = this.positionOf(this.cursor);
  }

  private run(task: () => Promise<void>): Promise<FeedResult> {
    const result = this.queue.then(async () => {
      this.out = '';
      this.events = [];
      await task();
      return { output: this.out, events: this.events };
    });
    this.queue = result.catch(() => undefined);
    return result;
  }

  private async process(keys: Key[]): Promise<void> {
    for (let i = 0; i < keys.length; i++) {
      if (!this.active) {
        this.typeAhead.push(...keys.slice(i));
        return;
      }
      await this.key(keys[i]!);
    }
  }

  protected override overlay(): Frame | undefined {
    return this.search?.frame();
  }

  private apply(e: B.Edit): void {
    if (e.killed) this.killRing = e.killed;
    this.draw(e);
  }

  private async key(k: Key): Promise<void> {
    const wasTab = this.lastWasTab;
    this.lastWasTab = false;
    if (this.asking) return this.answerQuery(k);
    if (this.search) {
      const outcome = this.search.key(k);
      if (outcome.bell) this.out += BELL;
      if (outcome.done) {
        this.text = outcome.done.text;
        this.cursor = outcome.done.cursor;
        if (outcome.done.historyIndex !== undefined) this.history.jump(outcome.done.historyIndex);
        this.search = undefined;
      }
      this.repaint();
      if (!outcome.passOn) return;
    }
    if (k.kind === 'text') return this.apply(B.insert(this.buf, k.text));
    if (k.kind === 'ctrl') return this.ctrl(k.letter);
    switch (k.name) {
      case 'enter':
        return this.enter();
      case 'tab':
        return this.complete(wasTab);
      case 'backspace':
        return this.cursor > 0 ? this.apply(B.backwardDeleteChar(this.buf)) : void (this.out += BELL);
      case 'delete':
        return this.cursor < this.text.length ? this.apply(B.deleteChar(this.buf)) : void (this.out += BELL);
      case 'left':
        return this.moveTo(B.backwardChar(this.buf));
      case 'right':
        return this.moveTo(B.forwardChar(this.buf));
      case 'home':
        return this.moveTo(0);
      case 'end':
        return this.moveTo(this.text.length);
      case 'word-left':
        return this.moveTo(B.backwardWord(this.buf));
      case 'word-right':
        return this.moveTo(B.forwardWord(this.buf));
      case 'word-delete-back':
        return this.apply(B.backwardKillWord(this.buf));
      case 'word-delete-forward':
        return this.apply(B.killWord(this.buf));
      case 'up': {
        const older = this.history.up(this.text);
        return older === undefined ? void (this.out += BELL) : this.replaceLine(older);
      }
      case 'down': {
        // Past the newest entry readline just stays on the line being typed (no bell, unlike Up).
        const newer = this.history.down();
        return newer === undefined ? undefined : this.replaceLine(newer);
      }
      default:
        return;
    }
  }

  private async ctrl(letter: string): Promise<void> {
    switch (letter) {
      case 'a':
        return this.moveTo(0);
      case 'e':
        return this.moveTo(this.text.length);
      case 'b':
        return this.moveTo(B.backwardChar(this.buf));
      case 'f':
        return this.moveTo(B.forwardChar(this.buf));
      case 'p':
        return this.key({ kind: 'key', name: 'up', seq: '\x10' });
      case 'n':
        return this.key({ kind: 'key', name: 'down', seq: '\x0e' });
      case 'u':
        return this.apply(B.unixLineDiscard(this.buf));
      case 'k':
        return this.apply(B.killLine(this.buf));
      case 'w':
        return this.apply(B.unixWordRubout(this.buf));
      case 'y':
        return this.killRing ? this.apply(B.insert(this.buf, this.killRing)) : void (this.out += BELL);
      case 'c':
        return this.interrupt();
      case 'd':
        if (this.text === '' && this.pending.length === 0) {
          this.active = false;
          this.events.push({ type: 'eof' });
          return;
        }
        return this.cursor < this.text.length ? this.apply(B.deleteChar(this.buf)) : void (this.out += BELL);
      case 'l':
        this.out += '\x1b[H\x1b[2J';
        this.pos = { row: 0, col: 0 };
        return this.repaint();
      case 'r':
        this.search = new ReverseSearch(this.history, this.text, this.cursor, this.continuation);
        return this.repaint();
      case 'g':
        this.out += BELL;
        return;
      default:
        return;
    }
  }

  private enter(): void {
    this.leaveInput();
    const full = [...this.pending, this.text].join('\n');
    this.text = '';
    this.cursor = 0;
    if (this.options.needsMore?.(full)) {
      this.pending = full.split('\n');
      this.repaint();
      return;
    }
    this.pending = [];
    this.history.add(full);
    this.active = false;
    this.events.push({ type: 'line', text: full });
  }

  private interrupt(): void {
    const l = layout(this.currentPrompt(), this.continuation, this.text, this.cols);
    this.out += moveCursor(this.pos, l.end) + '^C\r\n';
    this.pos = { row: 0, col: 0 };
    this.text = '';
    this.cursor = 0;
    this.pending = [];
    this.history.reset();
    this.events.push({ type: 'interrupt' });
    this.repaint();
  }

  private async complete(secondTab: boolean): Promise<void> {
    const completer = this.options.completer;
    if (!completer) return void (this.out += BELL);
    const action = tabAction(this.text, this.cursor, await completer(this.text, this.cursor), secondTab);
    switch (action.kind) {
      case 'bell':
        this.out += BELL;
        // Only an unproductive Tab arms the listing on the next one.
        this.lastWasTab = true;
        return;
      case 'insert':
        return this.apply(action);
      case 'ask':
        this.leaveInput();
        this.out += `Display all ${action.matches.length} possibilities? (y or n)`;
        this.asking = action.matches;
        return;
      case 'list':
        return this.showMatches(action.matches);
    }
  }

  private showMatches(matches: string[]): void {
    this.leaveInput();
    this.out += listMatches(matches, this.cols);
    this.repaint();
  }

  private answerQuery(k: Key): void {
    const c = k.kind === 'text' ? k.text[0] : k.kind === 'ctrl' ? `^${k.letter}` : k.name;
    const matches = this.asking!;
    if (c === 'y' || c === 'Y' || c === ' ') {
      this.asking = undefined;
      this.out += '\r\n' + listMatches(matches, this.cols);
      this.pos = { row: 0, col: 0 };
      this.repaint();
    } else if (c === 'n' || c === 'N' || c === 'backspace' || c === '^g' || c === '^c') {
      this.asking = undefined;
      this.out += '\r\n';
      this.pos = { row: 0, col: 0 };
      this.repaint();
    } else {
      this.out += BELL;
    }
  }
}
