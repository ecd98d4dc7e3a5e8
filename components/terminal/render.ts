// Screen layout of a prompt plus an edit buffer on a terminal of fixed width, and the escape sequences
// that redraw it and place the cursor (autowrap, wide characters, embedded newlines).
import { clusters, clusterWidth, stringWidth } from './width.js';

export interface Pos {
  row: number;
  col: number;
}

export interface Layout {
  /** Position of each cluster boundary, keyed by UTF-16 index into the text; includes text.length. */
  at: Map<number, Pos>;
  /** Where the cursor stands after writing everything (a full last row wraps to the next one). */
  end: Pos;
  /** True when the last written cell is the last column, so the terminal is in its pending-wrap state. */
  endsAtMargin: boolean;
}

/** Row/column after writing `width` cells from column `col` on a `cols`-wide screen. */
function advance(row: number, col: number, width: number, cols: number): Pos {
  const total = col + width;
  return { row: row + Math.floor(total / cols), col: total % cols };
}

export function layout(prompt: string, continuation: string, text: string, cols: number): Layout {
  const at = new Map<number, Pos>();
  let { row, col } = advance(0, 0, stringWidth(prompt), cols);
  let index = 0;
  let atMargin = col === 0 && row > 0;
  for (const c of clusters(text)) {
    if (c === '\n') {
      at.set(index, { row, col });
      if (!atMargin) row += 1;
      ({ row, col } = advance(row, 0, stringWidth(continuation), cols));
      atMargin = col === 0 && stringWidth(continuation) > 0;
    } else {
      // A tab moves to the next stop every 8 columns but never past the last column.
      const w = c === '\t' ? Math.max(0, Math.min(8 - (col % 8), cols - 1 - col)) : clusterWidth(c);
      // A wide character that does not fit in the last column goes to the next row, as xterm draws it.
      if (col + w > cols) {
        row += 1;
        col = 0;
      }
      at.set(index, { row, col });
      col += w;
      atMargin = false;
      if (col >= cols) {
        row += 1;
        col = 0;
        atMargin = true;
      }
    }
    index += c.length;
  }
  at.set(text.length, { row, col });
  return { at, end: { row, col }, endsAtMargin: atMargin };
}

/** Relative cursor motion between two positions of the same input region. */
export function moveCursor(from: Pos, to: Pos): string {
  let out = '';
  if (to.row < from.row) out += `\x1b[${from.row - to.row}A`;
  else if (to.row > from.row) out += `\x1b[${to.row - from.row}B`;
  if (to.col === from.col) return out;
  if (to.col === 0) return out + '\r';
  if (to.col < from.col) return out + `\x1b[${from.col - to.col}D`;
  return out + `\x1b[${to.col - from.col}C`;
}

/** The text as written: each newline starts a fresh row with the continuation prompt. */
export function paint(prompt: string, continuation: string, text: string): string {
  return prompt + text.replace(/\n/g, `\r\n${continuation}`);
}

export interface Frame {
  prompt: string;
  continuation: string;
  text: string;
  /** UTF-16 index of the cursor in text (on a cluster boundary). */
  cursor: number;
}

/**
 * Escape sequences that redraw the input region from scratch: go to its first row, clear to the end
 * of the screen, write the prompt and text, then put the cursor on its index. `from` is where the
 * cursor is now (relative to the region's first row); returns the new cursor position too.
 */
export function redraw(frame: Frame, from: Pos, cols: number): { out: string; cursor: Pos } {
  const l = layout(frame.prompt, frame.continuation, frame.text, cols);
  let out = from.row > 0 ? `\x1b[${from.row}A\r` : '\r';
  out += '\x1b[J' + paint(frame.prompt, frame.continuation, frame.text);
  // Leave the pending-wrap state explicitly, so relative moves start from a known cell.
  if (l.endsAtMargin) out += '\r\n';
  const target = l.at.get(frame.cursor) ?? l.end;
  out += moveCursor(l.end, target);
  return { out, cursor: target };
}
