// `seq [-s SEP] [-w] [FIRST [INCREMENT]] LAST`.

import type { Command } from '../types.js';
import { flag, getopt, q, UsageError, value, withUsage } from './common.js';
import { OUTPUT_LINE_LIMIT } from '../../shell/limits.js';

export const seq: Command = {
  name: 'seq',
  run: (ctx) =>
    withUsage(ctx, 'seq', 1, () => {
      // Negative numbers are operands, not options.
      const args = ctx.argv.slice(1).map((a) => (/^-\d/.test(a) ? `\0${a}` : a));
      const p = getopt('seq', args, 's:wf:', { separator: 's', 'equal-width': 'w', format: 'f' });
      const ops = p.operands.map((o) => o.replace(/^\0/, ''));
      if (!ops.length) throw new UsageError('missing operand');
      if (ops.length > 3) throw new UsageError(`extra operand ${q(ops[3]!)}`);
      const nums = ops.map((o) => {
        if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(o)) throw new UsageError(`invalid floating point argument: ${q(o)}`);
        return Number(o);
      });
      const [first, inc, last] = nums.length === 1 ? [1, 1, nums[0]!] : nums.length === 2 ? [nums[0]!, 1, nums[1]!] : [nums[0]!, nums[1]!, nums[2]!];
      if (inc === 0) throw new UsageError(`invalid Zero increment value: ${q(ops[1]!)}`);
      const decimals = Math.max(...ops.slice(0, ops.length === 3 ? 2 : 1).map((o) => (o.includes('.') ? o.split('.')[1]!.length : 0)));
      const out: string[] = [];
      for (let n = first, i = 0; inc > 0 ? n <= last + 1e-9 : n >= last - 1e-9; i++, n = first + i * inc) {
        out.push(n.toFixed(decimals));
        if (out.length >= OUTPUT_LINE_LIMIT) break;
      }
      if (flag(p, 'w')) {
        const w = Math.max(...out.map((s) => s.replace('-', '').length));
        for (let i = 0; i < out.length; i++) out[i] = (out[i]!.startsWith('-') ? '-' : '') + out[i]!.replace('-', '').padStart(w, '0');
      }
      if (out.length) ctx.stdout(out.join(value(p, 's') ?? '\n') + '\n');
      return 0;
    }),
};
