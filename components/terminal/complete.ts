// Tab-completion helpers: the common prefix of candidates and bash's column listing of several matches.
import { stringWidth } from './width.js';

export interface Completion {
  /** Index in the line where the word being completed starts. */
  start: number;
  /** Full replacements for line.slice(start, cursor). */
  candidates: string[];
  /** File-name completion: listings show only the last path component, as readline does. */
  filenames?: boolean;
}

/** readline's printable_part: `dir/a.yaml` → `a.yaml`, `dir/sub/` → `sub/`. */
export function printablePart(path: string): string {
  const trimmed = path.endsWith('/') ? path.slice(0, -1) : path;
  const slash = trimmed.lastIndexOf('/');
  return slash < 0 ? path : path.slice(slash + 1);
}

export type Completer = (line: string, cursor: number) => Promise<Completion>;

/** Longest common prefix of all candidates (by UTF-16 units, backed off to a code point boundary). */
export function commonPrefix(candidates: readonly string[]): string {
  if (candidates.length === 0) return '';
  let prefix = candidates[0]!;
  for (const c of candidates) {
    let i = 0;
    while (i < prefix.length && i < c.length && prefix[i] === c[i]) i++;
    prefix = prefix.slice(0, i);
  }
  const last = prefix.charCodeAt(prefix.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) prefix = prefix.slice(0, -1);
  return prefix;
}

/**
 * Lays out matches the way readline's rl_display_match_list does with print-completions-horizontally
 * off: sorted, in columns of the longest match + 2, filled top to bottom. Rows end in CR LF.
 */
export function listMatches(matches: readonly string[], cols: number): string {
  const sorted = [...new Set(matches)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const max = Math.max(...sorted.map(stringWidth)) + 2;
  let limit = Math.floor(cols / max);
  if (limit !== 1 && limit * max === cols) limit--;
  if (limit <= 0) limit = 1;
  const count = Math.ceil(sorted.length / limit);
  let out = '';
  for (let row = 0; row < count; row++) {
    let line = '';
    for (let col = 0; col < limit; col++) {
      const index = row + col * count;
      const match = sorted[index];
      if (match === undefined) break;
      line += match;
      // Pad to the column width unless this is the last match on the row.
      if (index + count < sorted.length && col + 1 < limit) line += ' '.repeat(max - stringWidth(match));
    }
    out += line + '\r\n';
  }
  return out;
}

/** readline's completion-query-items: above this many matches, ask before listing them. */
export const QUERY_ITEMS = 100;

export type TabAction =
  | { kind: 'bell' }
  /** New line and cursor after inserting a completion. */
  | { kind: 'insert'; text: string; cursor: number }
  /** Matches as they are listed (file names without their directory). */
  | { kind: 'list'; matches: string[] }
  | { kind: 'ask'; matches: string[] };

/**
 * What readline does with a completer's answer: a unique match is inserted (plus a space, or stepping
 * over one, unless it ends in / or =); several extend the word to their common prefix, else the first
 * Tab rings and the second lists them (asking first when there are more than QUERY_ITEMS).
 */
export function tabAction(text: string, cursor: number, completion: Completion, secondTab: boolean): TabAction {
  const matches = [...new Set(completion.candidates)];
  const { start } = completion;
  const word = text.slice(start, cursor);
  const put = (s: string): { text: string; cursor: number } => ({
    text: text.slice(0, start) + s + text.slice(cursor),
    cursor: start + s.length,
  });
  if (matches.length === 0) return { kind: 'bell' };
  if (matches.length === 1) {
    const only = matches[0]!;
    const r = put(only);
    if (only.endsWith('/') || only.endsWith('=')) return { kind: 'insert', ...r };
    if (r.text[r.cursor] === ' ') return { kind: 'insert', text: r.text, cursor: r.cursor + 1 };
    return { kind: 'insert', text: r.text.slice(0, r.cursor) + ' ' + r.text.slice(r.cursor), cursor: r.cursor + 1 };
  }
  const prefix = commonPrefix(matches);
  if (prefix.length > word.length) return { kind: 'insert', ...put(prefix) };
  if (!secondTab) return { kind: 'bell' };
  const shown = completion.filenames ? matches.map(printablePart) : matches;
  return matches.length > QUERY_ITEMS ? { kind: 'ask', matches: shown } : { kind: 'list', matches: shown };
}
