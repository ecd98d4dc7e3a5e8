// A minimal xterm-like screen for tests: autowrap with xterm.js's pending-wrap column, wide characters,
// CR/LF/BS/HT, CSI cursor moves and erases. Enough to check what the line editor draws.
import { codePointWidth } from '../../../../components/terminal/width.js';

export class Screen {
  rows: string[][] = [[]];
  x = 0;
  y = 0;
  bells = 0;

  constructor(readonly cols: number) {}

  private row(y: number): string[] {
    while (this.rows.length <= y) this.rows.push([]);
    return this.rows[y]!;
  }

  private restrict(): void {
    this.x = Math.min(this.x, this.cols - 1);
  }

  private put(ch: string): void {
    const cp = ch.codePointAt(0)!;
    const w = codePointWidth(cp);
    if (w === 0) {
      // Combining mark: joins the previous cell.
      const r = this.row(this.y);
      let i = Math.min(this.x, this.cols) - 1;
      while (i > 0 && r[i] === '') i--;
      if (i >= 0) r[i] = (r[i] ?? ' ') + ch;
      return;
    }
    if (this.x + w > this.cols) {
      this.y += 1;
      this.x = 0;
    }
    const r = this.row(this.y);
    while (r.length < this.x) r.push(' ');
    r[this.x] = ch;
    if (w === 2) r[this.x + 1] = '';
    this.x += w;
  }

  write(data: string): void {
    let i = 0;
    while (i < data.length) {
      const c = data[i]!;
      if (c === '\x1b') {
        const m = /^\x1b\[([0-9;]*)([A-Za-z~])/.exec(data.slice(i));
        if (!m) throw new Error(`unsupported escape at ${JSON.stringify(data.slice(i, i + 8))}`);
        this.csi(m[1]!, m[2]!);
        i += m[0].length;
        continue;
      }
      const cp = data.codePointAt(i)!;
      const ch = String.fromCodePoint(cp);
      i += ch.length;
      if (c === '\r') this.x = 0;
      else if (c === '\n') {
        this.restrict();
        this.y += 1;
        this.row(this.y);
      } else if (c === '\b') {
        this.restrict();
        if (this.x > 0) this.x -= 1;
      } else if (c === '\x07') this.bells += 1;
      else if (c === '\t') this.x = Math.min(this.cols - 1, (Math.floor(this.x / 8) + 1) * 8);
      else this.put(ch);
    }
  }

  private csi(params: string, final: string): void {
    const n = Math.max(1, Number(params || '1'));
    switch (final) {
      case 'A':
        this.restrict();
        this.y = Math.max(0, this.y - n);
        return;
      case 'B':
        this.restrict();
        this.y += n;
        this.row(this.y);
        return;
      case 'C':
        this.restrict();
        this.x = Math.min(this.cols - 1, this.x + n);
        return;
      case 'D':
        this.restrict();
        this.x = Math.max(0, this.x - n);
        return;
      case 'H':
        this.x = 0;
        this.y = 0;
        return;
      case 'K':
        this.row(this.y).length = Math.min(this.row(this.y).length, this.x);
        return;
      case 'J':
        if (params === '2' || params === '3') {
          this.rows = this.rows.map(() => []);
          return;
        }
        this.row(this.y).length = Math.min(this.row(this.y).length, this.x);
        this.rows.length = this.y + 1;
        return;
      case 'm':
        return; // colours do not change the text
      default:
        throw new Error(`unsupported CSI ${params}${final}`);
    }
  }

  /** The screen's text: rows with trailing spaces trimmed; wide characters' second cells dropped. */
  text(): string {
    return this.rows
      .map((r) => r.map((c) => (c === undefined ? ' ' : c)).join('').trimEnd())
      .join('\n')
      .replace(/\n+$/, '');
  }

  /** Cursor as the editor sees it: a pending wrap at the margin counts as the next row's column 0. */
  cursor(): { row: number; col: number } {
    return this.x >= this.cols ? { row: this.y + 1, col: 0 } : { row: this.y, col: this.x };
  }
}
