// kubectl's table layout (cli-runtime's tabwriter: minwidth 6, tabwidth 4, padding 3):
// every column is as wide as its widest cell plus 3 spaces; the last column is not padded.

export function formatTable(rows: string[][], padding = 3): string {
  if (rows.length === 0) return '';
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => {
      if (i < row.length - 1) widths[i] = Math.max(widths[i] ?? 0, width(cell));
    });
  }
  let out = '';
  for (const row of rows) {
    let line = '';
    row.forEach((cell, i) => {
      line += i < row.length - 1 ? cell + ' '.repeat((widths[i] ?? 0) - width(cell) + padding) : cell;
    });
    out += line.replace(/\s+$/, '') + '\n';
  }
  return out;
}

/** Aligns `label:\tvalue` lines the way kubectl describe's tabwriter does (padding 2). */
export function alignTabs(text: string, padding = 2): string {
  // Tab-separated cells are aligned within blocks of consecutive lines that contain tabs,
  // per column index, like text/tabwriter with the "cells end at tab" rule.
  const lines = text.split('\n');
  const out: string[] = [];
  let block: string[][] = [];
  const flush = () => {
    if (!block.length) return;
    const widths: number[] = [];
    for (const cells of block) {
      cells.forEach((c, i) => {
        if (i < cells.length - 1) widths[i] = Math.max(widths[i] ?? 0, width(c));
      });
    }
    for (const cells of block) {
      out.push(cells.map((c, i) => (i < cells.length - 1 ? c + ' '.repeat((widths[i] ?? 0) - width(c) + padding) : c)).join(''));
    }
    block = [];
  };
  for (const line of lines) {
    if (line.includes('\t')) block.push(line.split('\t'));
    else {
      flush();
      out.push(line);
    }
  }
  flush();
  return out.join('\n');
}

function width(s: string): number {
  return [...s].length;
}
