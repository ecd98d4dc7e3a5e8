// `uniq [-c] [-d] [-u] [-i] [INPUT [OUTPUT]]`.

import type { Command } from '../types.js';
import { flag, getopt, lines, readOperand, withUsage } from './common.js';
import { resolvePath } from '../../fs/types.js';

export const uniq: Command = {
  name: 'uniq',
  run: (ctx) =>
    withUsage(ctx, 'uniq', 1, () => {
      const p = getopt('uniq', ctx.argv.slice(1), 'cdui', { count: 'c', repeated: 'd', unique: 'u', 'ignore-case': 'i' });
      const text = readOperand(ctx, 'uniq', p.operands[0] ?? '-');
      if (text === undefined) return 1;
      const same = (a: string, b: string) => (flag(p, 'i') ? a.toLowerCase() === b.toLowerCase() : a === b);
      const groups: { line: string; n: number }[] = [];
      for (const l of lines(text)) {
        const last = groups[groups.length - 1];
        if (last && same(last.line, l)) last.n++;
        else groups.push({ line: l, n: 1 });
      }
      let out = '';
      for (const g of groups) {
        if (flag(p, 'd') && g.n < 2) continue;
        if (flag(p, 'u') && g.n > 1) continue;
        out += (flag(p, 'c') ? `${String(g.n).padStart(7)} ` : '') + g.line + '\n';
      }
      if (p.operands[1]) ctx.fs.write(resolvePath(ctx.cwd, p.operands[1]), out);
      else ctx.stdout(out);
      return 0;
    }),
};
