// `tee [-a] [FILE…]`: copies stdin to stdout and to files.

import type { Command } from '../types.js';
import { flag, getopt, withUsage } from './common.js';
import { dirname, resolvePath } from '../../fs/types.js';

export const tee: Command = {
  name: 'tee',
  run: (ctx) =>
    withUsage(ctx, 'tee', 1, () => {
      const p = getopt('tee', ctx.argv.slice(1), 'ai', { append: 'a', 'ignore-interrupts': 'i' });
      let status = 0;
      for (const f of p.operands) {
        if (f === '/dev/null') continue;
        const abs = resolvePath(ctx.cwd, f);
        if (ctx.fs.isDir(abs)) {
          ctx.stderr(`tee: ${f}: Is a directory\n`);
          status = 1;
        } else if (!ctx.fs.isDir(dirname(abs))) {
          ctx.stderr(`tee: ${f}: No such file or directory\n`);
          status = 1;
        } else if (flag(p, 'a')) ctx.fs.append(abs, ctx.stdin);
        else ctx.fs.write(abs, ctx.stdin);
      }
      ctx.stdout(ctx.stdin);
      return status;
    }),
};
