// Go's text/tabwriter (no flags, space padding): tab-terminated cells align per column within
// blocks of consecutive lines that have that column. kubectl describe uses minwidth 0, padding 2;
// kubectl's table printers minwidth 6, padding 3.

const runeLen = (s: string) => [...s].length;

export function tabwrite(text: string, minwidth = 0, padding = 2): string {
  const lines = text.split('\n').map((l) => l.split('\t'));
  const out: string[] = [];
  const widths: number[] = [];
  const writeLines = (line0: number, line1: number) => {
    for (let i = line0; i < line1; i++) {
      const line = lines[i]!;
      let s = '';
      line.forEach((cell, j) => {
        s += cell;
        if (j < widths.length) s += ' '.repeat(Math.max(0, widths[j]! - runeLen(cell)));
      });
      out.push(i + 1 === lines.length ? s : s + '\n');
    }
  };
  const format = (line0: number, line1: number) => {
    const column = widths.length;
    for (let th = line0; th < line1; th++) {
      if (column >= lines[th]!.length - 1) continue;
      writeLines(line0, th);
      line0 = th;
      let width = minwidth;
      for (; th < line1; th++) {
        const l = lines[th]!;
        if (column >= l.length - 1) break;
        width = Math.max(width, runeLen(l[column]!) + padding);
      }
      widths.push(width);
      format(line0, th);
      widths.pop();
      line0 = th;
    }
    writeLines(line0, line1);
  };
  format(0, lines.length);
  return out.join('');
}

/** Rows as kubectl's table printers write them: cells joined by tabs, minwidth 6, padding 3. */
export function tableText(rows: string[][]): string {
  return tabwrite(rows.map((r) => r.join('\t') + '\n').join(''), 6, 3);
}
