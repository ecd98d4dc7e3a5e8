// Small text filters: `tac`, `rev`, `nl`, `sha256sum`.

import type { Command, CommandContext } from '../types.js';
import { getopt, lines, readOperand, withUsage } from './common.js';
import { sha256 } from '../../util/hash.js';

function eachInput(ctx: CommandContext, tool: string, operands: string[], f: (text: string, name: string) => void): number {
  let status = 0;
  for (const name of operands.length ? operands : ['-']) {
    const text = readOperand(ctx, tool, name);
    if (text === undefined) status = 1;
    else f(text, name);
  }
  return status;
}

export const tac: Command = {
  name: 'tac',
  run: (ctx) =>
    withUsage(ctx, 'tac', 1, () => {
      const p = getopt('tac', ctx.argv.slice(1), '', {});
      return eachInput(ctx, 'tac', p.operands, (t) => ctx.stdout(lines(t).reverse().map((l) => l + '\n').join('')));
    }),
};

export const rev: Command = {
  name: 'rev',
  run: (ctx) =>
    withUsage(ctx, 'rev', 1, () => {
      const p = getopt('rev', ctx.argv.slice(1), '', {});
      return eachInput(ctx, 'rev', p.operands, (t) => ctx.stdout(lines(t).map((l) => [...l].reverse().join('') + '\n').join('')));
    }),
};

export const nl: Command = {
  name: 'nl',
  run: (ctx) =>
    withUsage(ctx, 'nl', 1, () => {
      const p = getopt('nl', ctx.argv.slice(1), 'b:', {});
      const all = p.flags.get('b')?.[0] === 'a';
      let n = 0;
      return eachInput(ctx, 'nl', p.operands, (t) =>
        ctx.stdout(lines(t).map((l) => (l === '' && !all ? '       \n' : `${String(++n).padStart(6)}\t${l}\n`)).join('')),
      );
    }),
};

export const sha256sum: Command = {
  name: 'sha256sum',
  run: (ctx) =>
    withUsage(ctx, 'sha256sum', 1, () => {
      const p = getopt('sha256sum', ctx.argv.slice(1), 'bctw', {});
      return eachInput(ctx, 'sha256sum', p.operands, (t, name) => {
        const hex = [...sha256(t)].map((b) => b.toString(16).padStart(2, '0')).join('');
        ctx.stdout(`${hex}  ${name}\n`);
      });
    }),
};
