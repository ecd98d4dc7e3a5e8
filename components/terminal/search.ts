// Ctrl-R reverse incremental history search, displayed as bash does: (reverse-i-search)`query': line
import type { History } from './history.js';
import type { Key } from './keys.js';
import type { Frame } from './render.js';
import { clusters, prevBoundary } from './width.js';

export interface SearchOutcome {
  bell?: boolean;
  /** The search ended: the line and cursor to edit from now on. */
  done?: { text: string; cursor: number; historyIndex?: number };
  /** The key also acts on the line once the search ends (Enter runs it, arrows move in it). */
  passOn?: boolean;
}

export class ReverseSearch {
  private query = '';
  private match: { index: number; pos: number } | undefined;
  private failed = false;

  constructor(
    private readonly history: History,
    private readonly original: string,
    private readonly originalCursor: number,
    private readonly continuation: string,
  ) {}

  private text(): string {
    return this.match ? this.history.list()[this.match.index]! : this.original;
  }

  frame(): Frame {
    const label = this.failed ? 'failed reverse-i-search' : 'reverse-i-search';
    return {
      prompt: `(${label})\`${this.query}': `,
      continuation: this.continuation,
      text: this.text(),
      cursor: this.match ? this.match.pos : this.originalCursor,
    };
  }

  private find(from: number, before: number): boolean {
    const found = this.history.search(this.query, from, before);
    this.failed = found === undefined && this.query !== '';
    if (found) this.match = found;
    return !this.failed;
  }

  private newest(): number {
    return this.history.list().length - 1;
  }

  private finish(passOn: boolean): SearchOutcome {
    const done = this.match
      ? { text: this.text(), cursor: this.match.pos, historyIndex: this.match.index }
      : { text: this.original, cursor: this.originalCursor };
    return { done, passOn };
  }

  key(k: Key): SearchOutcome {
    if (k.kind === 'text') {
      // One character at a time, as typed: a failing character keeps the last good match on screen.
      let bell = false;
      for (const c of clusters(k.text)) {
        if (this.failed) {
          bell = true;
          this.query += c;
          continue;
        }
        this.query += c;
        // Extend the current match if it still matches where it is, else look further back.
        if (!this.find(this.match?.index ?? this.newest(), this.match?.pos ?? Infinity)) bell = true;
      }
      return { bell };
    }
    if (k.kind === 'ctrl') {
      switch (k.letter) {
        case 'r': {
          if (this.query === '') return { bell: true };
          const ok = this.find(this.match?.index ?? this.newest(), (this.match?.pos ?? Infinity) - 1);
          return { bell: !ok };
        }
        case 'g':
          // Abort: back to the line as it was before Ctrl-R.
          return { done: { text: this.original, cursor: this.originalCursor } };
        case 'h':
          return this.backspace();
        default:
          return this.finish(true);
      }
    }
    switch (k.name) {
      case 'backspace':
        return this.backspace();
      case 'escape':
        return this.finish(false);
      default:
        return this.finish(true);
    }
  }

  private backspace(): SearchOutcome {
    if (this.query === '') return { bell: true };
    this.query = this.query.slice(0, prevBoundary(this.query, this.query.length));
    this.match = undefined;
    this.failed = false;
    if (this.query !== '') this.find(this.newest(), Infinity);
    return {};
  }
}
