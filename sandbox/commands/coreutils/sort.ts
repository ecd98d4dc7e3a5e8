// `sort [-n] [-r] [-u] [-f] [-h] [-k POS] [-t SEP] [FILE…]` in the C-ish byte order of C.UTF-8.

import type { Command } from '../types.js';
import { flag, getopt, lines, q, UsageError, value, withUsage } from './common.js';
import { resolvePath } from '../../fs/types.js';

interface Key {
  start: number;
  end?: number;
  opts: string;
}

function parseKey(spec: string): Key {
  const m = /^(\d+)(?:\.\d+)?([a-zA-Z]*)(?:,(\d+)(?:\.\d+)?([a-zA-Z]*))?$/.exec(spec);
  if (!m) throw new UsageError(`invalid number at field start: invalid count at start of ${q(spec)}`);
  if (Number(m[1]) === 0) throw new UsageError(`field number is zero: invalid field specification ${q(spec)}`);
  const key: Key = { start: Number(m[1]), opts: (m[2] ?? '') + (m[4] ?? '') };
  if (m[3]) key.end = Number(m[3]);
  return key;
}

const SIZES: Record<string, number> = { '': 1, K: 1e3, k: 1e3, M: 1e6, G: 1e9, T: 1e12 };

function numeric(s: string, human: boolean): number {
  const m = /^\s*(-?\d*\.?\d+)([KkMGT]?)/.exec(s);
  if (!m) return 0;
  return Number(m[1]) * (human ? (SIZES[m[2]!] ?? 1) : 1);
}

export const sort: Command = {
  name: 'sort',
  run: (ctx) =>
    withUsage(ctx, 'sort', 2, () => {
      const p = getopt('sort', ctx.argv.slice(1), 'nrufhbVk:t:o:s', { numeric: 'n', 'numeric-sort': 'n', reverse: 'r', unique: 'u', 'ignore-case': 'f', 'human-numeric-sort': 'h', key: 'k', 'field-separator': 't', output: 'o', 'version-sort': 'V', stable: 's' });
      const sep = value(p, 't');
      if (sep !== undefined && sep.length !== 1) throw new UsageError(sep ? `multi-character tab ${q(sep)}` : 'empty tab');
      const keys = (p.flags.get('k') ?? []).map(parseKey);
      let input: string[] = [];
      for (const f of p.operands.length ? p.operands : ['-']) {
        const text = f === '-' ? ctx.stdin : ctx.fs.read(resolvePath(ctx.cwd, f));
        if (text === undefined) {
          ctx.stderr(`sort: cannot read: ${f}: No such file or directory\n`);
          return 2;
        }
        input = input.concat(lines(text));
      }
      const global = ['n', 'r', 'f', 'h', 'V'].filter((k) => flag(p, k)).join('');
      const fields = (line: string): string[] => (sep !== undefined ? line.split(sep) : line.match(/\s*\S+/g) ?? ['']);
      const keyText = (line: string, k: Key): string => {
        const fs = fields(line);
        const end = k.end ?? fs.length;
        return fs.slice(k.start - 1, end).join(sep ?? '');
      };
      const cmp = (a: string, b: string, opts: string): number => {
        let r: number;
        if (opts.includes('n') || opts.includes('h')) r = numeric(a, opts.includes('h')) - numeric(b, opts.includes('h'));
        else if (opts.includes('V')) r = a.localeCompare(b, 'en', { numeric: true });
        else {
          const x = opts.includes('f') ? a.toUpperCase() : a;
          const y = opts.includes('f') ? b.toUpperCase() : b;
          r = x < y ? -1 : x > y ? 1 : 0;
        }
        return opts.includes('r') ? -r : r;
      };
      const compare = (a: string, b: string): number => {
        for (const k of keys) {
          const o = k.opts || global;
          const r = cmp(keyText(a, k).trimStart(), keyText(b, k).trimStart(), o.includes('r') || !global.includes('r') ? o : o + 'r');
          if (r) return r;
        }
        if (keys.length && flag(p, 'u')) return 0;
        const r = cmp(a, b, global);
        if (r || flag(p, 's')) return r;
        // GNU's last-resort comparison: whole line, bytewise.
        const last = a < b ? -1 : a > b ? 1 : 0;
        return flag(p, 'r') ? -last : last;
      };
      let out = [...input].sort(compare);
      if (flag(p, 'u')) out = out.filter((l, i) => i === 0 || compare(out[i - 1]!, l) !== 0);
      const text = out.map((l) => l + '\n').join('');
      const o = value(p, 'o');
      if (o !== undefined) ctx.fs.write(resolvePath(ctx.cwd, o), text);
      else ctx.stdout(text);
      return 0;
    }),
};
