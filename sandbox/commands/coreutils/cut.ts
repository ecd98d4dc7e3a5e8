// `cut -f LIST [-d DELIM] [-s]`, `cut -c LIST`, `cut -b LIST`.

import type { Command } from '../types.js';
import { flag, getopt, lines, q, readOperand, UsageError, value, withUsage } from './common.js';

function parseList(spec: string): (n: number) => boolean {
  const ranges = spec.split(',').map((r) => {
    const m = /^(\d*)(-?)(\d*)$/.exec(r);
    if (!m || (!m[1] && !m[3])) throw new UsageError(r === '' || r === '-' ? 'invalid range with no endpoint: -' : `invalid field value ${q(r)}`);
    if (m[1] === '0' || m[3] === '0') throw new UsageError('fields and positions are numbered from 1');
    const a = m[1] ? Number(m[1]) : 1;
    const b = m[2] ? (m[3] ? Number(m[3]) : Infinity) : a;
    if (b < a) throw new UsageError('invalid decreasing range');
    return [a, b] as const;
  });
  return (n) => ranges.some(([a, b]) => n >= a && n <= b);
}

export const cut: Command = {
  name: 'cut',
  run: (ctx) =>
    withUsage(ctx, 'cut', 1, () => {
      const p = getopt('cut', ctx.argv.slice(1), 'f:d:c:b:sz', { fields: 'f', delimiter: 'd', characters: 'c', bytes: 'b', 'only-delimited': 's', 'output-delimiter': 'O:', complement: 'C' });
      const f = value(p, 'f');
      const c = value(p, 'c') ?? value(p, 'b');
      if ((f !== undefined) === (c !== undefined)) throw new UsageError(f !== undefined ? 'only one type of list may be specified' : 'you must specify a list of bytes, characters, or fields');
      const d = value(p, 'd') ?? '\t';
      if (d.length !== 1) throw new UsageError('the delimiter must be a single character');
      if (value(p, 'd') !== undefined && f === undefined) throw new UsageError('an input delimiter may be specified only when operating on fields');
      const sel = parseList((f ?? c)!);
      const outDelim = value(p, 'O') ?? d;
      const complement = flag(p, 'C');
      const pick = (n: number) => sel(n) !== complement;
      let status = 0;
      for (const file of p.operands.length ? p.operands : ['-']) {
        const text = readOperand(ctx, 'cut', file);
        if (text === undefined) {
          status = 1;
          continue;
        }
        let out = '';
        for (const line of lines(text)) {
          if (f !== undefined) {
            if (!line.includes(d)) {
              if (!flag(p, 's')) out += line + '\n';
              continue;
            }
            out += line.split(d).filter((_, i) => pick(i + 1)).join(outDelim) + '\n';
          } else out += [...line].filter((_, i) => pick(i + 1)).join('') + '\n';
        }
        ctx.stdout(out);
      }
      return status;
    }),
};
