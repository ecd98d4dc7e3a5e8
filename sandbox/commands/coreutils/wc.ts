// `wc [-l] [-w] [-c] [-m] [FILE…]` with GNU's column widths.

import type { Command } from '../types.js';
import { flag, getopt, readOperand, withUsage } from './common.js';

export const wc: Command = {
  name: 'wc',
  run: (ctx) =>
    withUsage(ctx, 'wc', 1, () => {
      const p = getopt('wc', ctx.argv.slice(1), 'lwcmL', { lines: 'l', words: 'w', bytes: 'c', chars: 'm', 'max-line-length': 'L' });
      let which = ['l', 'w', 'm', 'c', 'L'].filter((k) => flag(p, k));
      if (!which.length) which = ['l', 'w', 'c'];
      const files = p.operands.length ? p.operands : ['-'];
      const rows: { counts: number[]; name: string }[] = [];
      const total = which.map(() => 0);
      let status = 0;
      let bytes = 0;
      for (const f of files) {
        const text = readOperand(ctx, 'wc', f);
        if (text === undefined) {
          status = 1;
          continue;
        }
        const counts = which.map((k) => {
          if (k === 'l') return (text.match(/\n/g) ?? []).length;
          if (k === 'w') return text.split(/\s+/).filter((w) => w).length;
          if (k === 'm') return [...text].length;
          if (k === 'L') return Math.max(0, ...text.split('\n').map((l) => l.length));
          return new TextEncoder().encode(text).length;
        });
        bytes += new TextEncoder().encode(text).length;
        counts.forEach((c, i) => (total[i] = which[i] === 'L' ? Math.max(total[i]!, c) : total[i]! + c));
        rows.push({ counts, name: f === '-' ? '' : f });
      }
      if (files.length > 1) rows.push({ counts: total, name: 'total' });
      // GNU: a single count from stdin is unpadded; otherwise every column is as wide as the
      // widest total (at least 7 when reading stdin).
      const width = which.length === 1 && rows.length === 1 ? 1 : files.includes('-') ? 7 : String(bytes).length;
      for (const r of rows) ctx.stdout(r.counts.map((c) => String(c).padStart(width)).join(' ') + (r.name ? ` ${r.name}` : '') + '\n');
      return status;
    }),
};
