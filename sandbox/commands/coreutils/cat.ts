// `cat [-n] [-E] [FILE…]`, and `less`/`more`, which behave like cat in this terminal.

import type { Command, CommandContext } from '../types.js';
import { flag, getopt, readOperand, withUsage } from './common.js';

function catLike(tool: string) {
  return (ctx: CommandContext) =>
    withUsage(ctx, tool, 1, () => {
      const p = getopt(tool, ctx.argv.slice(1), tool === 'cat' ? 'nbEAsvTe' : 'NRSFXrsiE', { number: 'n', 'show-ends': 'E', 'number-nonblank': 'b', 'show-all': 'A', 'squeeze-blank': 's' });
      const files = p.operands.length ? p.operands : ['-'];
      let status = 0;
      let n = 0;
      for (const f of files) {
        const text = readOperand(ctx, tool, f);
        if (text === undefined) {
          status = 1;
          continue;
        }
        if (tool !== 'cat' || (!flag(p, 'n') && !flag(p, 'b') && !flag(p, 'E') && !flag(p, 'A'))) {
          ctx.stdout(text);
          continue;
        }
        const parts = text.split('\n');
        const last = parts.pop();
        let out = '';
        for (const line of parts) {
          const numbered = flag(p, 'b') ? line !== '' : flag(p, 'n');
          out += (numbered ? `${String(++n).padStart(6)}\t` : '') + line + (flag(p, 'E') || flag(p, 'A') ? '$' : '') + '\n';
        }
        if (last) out += (flag(p, 'n') || flag(p, 'b') ? `${String(++n).padStart(6)}\t` : '') + last;
        ctx.stdout(out);
      }
      return status;
    });
}

export const cat: Command = { name: 'cat', run: catLike('cat') };
export const less: Command = { name: 'less', run: (ctx) => catLike(ctx.argv[0] === 'more' ? 'more' : 'less')(ctx) };
