// Pure edits of a line buffer and cursor (UTF-16 index on a cluster boundary), named after readline's commands.
import { nextBoundary, prevBoundary } from './width.js';

export interface Buf {
  readonly text: string;
  readonly cursor: number;
}

/** An edit's result; `killed` is text cut to the kill ring (Ctrl-Y yanks it back). */
export interface Edit extends Buf {
  killed?: string;
}

export function insert(b: Buf, s: string): Edit {
  return { text: b.text.slice(0, b.cursor) + s + b.text.slice(b.cursor), cursor: b.cursor + s.length };
}

export function backwardDeleteChar(b: Buf): Edit {
  const p = prevBoundary(b.text, b.cursor);
  return { text: b.text.slice(0, p) + b.text.slice(b.cursor), cursor: p };
}

export function deleteChar(b: Buf): Edit {
  const n = nextBoundary(b.text, b.cursor);
  return { text: b.text.slice(0, b.cursor) + b.text.slice(n), cursor: b.cursor };
}

export function forwardChar(b: Buf): number {
  return nextBoundary(b.text, b.cursor);
}

export function backwardChar(b: Buf): number {
  return prevBoundary(b.text, b.cursor);
}

/** Ctrl-U (unix-line-discard): cut from the start of the line to the cursor. */
export function unixLineDiscard(b: Buf): Edit {
  return { text: b.text.slice(b.cursor), cursor: 0, killed: b.text.slice(0, b.cursor) };
}

/** Ctrl-K (kill-line): cut from the cursor to the end of the line. */
export function killLine(b: Buf): Edit {
  return { text: b.text.slice(0, b.cursor), cursor: b.cursor, killed: b.text.slice(b.cursor) };
}

const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\n';
// readline's words are runs of letters and digits (with their combining marks, so é stays whole).
const isWordChar = (c: string) => /[\p{L}\p{N}\p{M}]/u.test(c);

/** Ctrl-W (unix-word-rubout): cut back over whitespace, then over non-whitespace. */
export function unixWordRubout(b: Buf): Edit {
  let i = b.cursor;
  while (i > 0 && isSpace(b.text[i - 1]!)) i--;
  while (i > 0 && !isSpace(b.text[i - 1]!)) i--;
  return { text: b.text.slice(0, i) + b.text.slice(b.cursor), cursor: i, killed: b.text.slice(i, b.cursor) };
}

/** Alt-B / Ctrl-Left (backward-word): to the start of this or the previous word. */
export function backwardWord(b: Buf): number {
  let i = b.cursor;
  while (i > 0 && !isWordChar(b.text[i - 1]!)) i--;
  while (i > 0 && isWordChar(b.text[i - 1]!)) i--;
  return i;
}

/** Alt-F / Ctrl-Right (forward-word): to the end of this or the next word. */
export function forwardWord(b: Buf): number {
  let i = b.cursor;
  while (i < b.text.length && !isWordChar(b.text[i]!)) i++;
  while (i < b.text.length && isWordChar(b.text[i]!)) i++;
  return i;
}

/** Alt-Backspace (backward-kill-word). */
export function backwardKillWord(b: Buf): Edit {
  const i = backwardWord(b);
  return { text: b.text.slice(0, i) + b.text.slice(b.cursor), cursor: i, killed: b.text.slice(i, b.cursor) };
}

/** Alt-D (kill-word). */
export function killWord(b: Buf): Edit {
  const i = forwardWord(b);
  return { text: b.text.slice(0, b.cursor) + b.text.slice(i), cursor: b.cursor, killed: b.text.slice(b.cursor, i) };
}
