// Command history: bash-like list with HISTSIZE, ignoreboth (leading-space and repeated lines are not kept),
// Up/Down navigation that keeps the line being typed, and reverse incremental search.

export class History {
  private entries: string[];
  /** Index into entries while navigating; entries.length means "the line being typed". */
  private index: number;
  private draft = '';

  constructor(
    initial: readonly string[] = [],
    private readonly size = 500,
  ) {
    this.entries = initial.slice(-size);
    this.index = this.entries.length;
  }

  list(): readonly string[] {
    return this.entries;
  }

  /** Records an accepted line (HISTCONTROL=ignoreboth, as Debian's and Ubuntu's default bashrc sets). */
  add(line: string): void {
    this.reset();
    if (line.trim() === '' || line.startsWith(' ')) return;
    if (this.entries[this.entries.length - 1] === line) return;
    this.entries.push(line);
    if (this.entries.length > this.size) this.entries.splice(0, this.entries.length - this.size);
    this.index = this.entries.length;
  }

  /** Stops navigating: the next Up starts from the newest entry again. */
  reset(): void {
    this.index = this.entries.length;
    this.draft = '';
  }

  /** The previous (older) entry, or undefined at the oldest; `current` is what the line holds now. */
  up(current: string): string | undefined {
    if (this.index === 0) return undefined;
    if (this.index === this.entries.length) this.draft = current;
    this.index -= 1;
    return this.entries[this.index];
  }

  /** The next (newer) entry, the saved draft past the newest, or undefined when already on the draft. */
  down(): string | undefined {
    if (this.index >= this.entries.length) return undefined;
    this.index += 1;
    return this.index === this.entries.length ? this.draft : this.entries[this.index];
  }

  /**
   * Searches backwards for `query`, starting at entry `from` and at most at position `before` in it
   * (so repeating Ctrl-R finds earlier occurrences). Returns the entry index and match position.
   */
  search(query: string, from: number, before: number): { index: number; pos: number } | undefined {
    if (query === '') return undefined;
    let limit = before;
    for (let i = Math.min(from, this.entries.length - 1); i >= 0; i--) {
      const entry = this.entries[i]!;
      const pos = limit < 0 ? -1 : entry.lastIndexOf(query, Math.min(limit, entry.length - query.length));
      if (pos >= 0) return { index: i, pos };
      limit = Infinity;
    }
    return undefined;
  }

  /** Sets the navigation position to an entry (after accepting a search result). */
  jump(index: number): void {
    this.index = Math.max(0, Math.min(index, this.entries.length));
  }
}
