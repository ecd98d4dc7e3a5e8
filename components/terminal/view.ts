// Drawing of the line being edited: where each character sits on screen, and the least output that
// shows an edit (echo when typing at the end, relative moves for the cursor, a redraw otherwise).
import type { Buf } from './buffer.js';
import { layout, moveCursor, redraw, type Frame, type Pos } from './render.js';

export class LineView {
  protected text = '';
  protected cursor = 0;
  /** Earlier lines of a multi-line input, already on screen above. */
  protected pending: string[] = [];
  /** Cursor position relative to the first row of the line being edited. */
  protected pos: Pos = { row: 0, col: 0 };
  /** Output accumulated for the caller. */
  protected out = '';

  constructor(
    protected prompt: string,
    protected readonly continuation: string,
    protected cols: number,
  ) {}

  /** A frame drawn instead of prompt + line (the reverse-i-search display). */
  protected overlay(): Frame | undefined {
    return undefined;
  }

  protected currentPrompt(): string {
    return this.pending.length > 0 ? this.continuation : this.prompt;
  }

  protected positionOf(index: number): Pos {
    const l = layout(this.currentPrompt(), this.continuation, this.text, this.cols);
    return l.at.get(index) ?? l.end;
  }

  /** Redraws the line being edited, from its first row. */
  protected repaint(): void {
    const frame = this.overlay() ?? {
      prompt: this.currentPrompt(),
      continuation: this.continuation,
      text: this.text,
      cursor: this.cursor,
    };
    const r = redraw(frame, this.pos, this.cols);
    this.out += r.out;
    this.pos = r.cursor;
  }

  /** Shows an edit: echoes text typed at the end of the line, else redraws. */
  protected draw(e: Buf): void {
    const appending = this.cursor === this.text.length && e.text.startsWith(this.text) && e.cursor === e.text.length;
    const added = e.text.slice(this.text.length);
    this.text = e.text;
    this.cursor = e.cursor;
    if (appending && added !== '' && !added.includes('\t')) {
      // Typing at the end of the line: echo the characters, and step off the margin if they fill the row.
      const l = layout(this.currentPrompt(), this.continuation, this.text, this.cols);
      this.out += added.replace(/\n/g, `\r\n${this.continuation}`) + (l.endsAtMargin ? '\r\n' : '');
      this.pos = l.end;
    } else {
      this.repaint();
    }
  }

  protected moveTo(index: number): void {
    const target = this.positionOf(index);
    this.out += moveCursor(this.pos, target);
    this.pos = target;
    this.cursor = index;
  }

  protected replaceLine(text: string): void {
    this.text = text;
    this.cursor = text.length;
    this.repaint();
  }

  /** Moves below the input so whatever comes next starts on a fresh row. */
  protected leaveInput(): void {
    const l = layout(this.currentPrompt(), this.continuation, this.text, this.cols);
    this.out += moveCursor(this.pos, l.end);
    this.out += l.endsAtMargin ? '\r' : '\r\n';
    this.pos = { row: 0, col: 0 };
  }
}
