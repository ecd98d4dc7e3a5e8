// `date [-u] [-d DATE] [+FORMAT]`: the cluster clock, printed in UTC as GNU date does.

import type { Command } from '../types.js';
import { getopt, q, UsageError, value, withUsage } from './common.js';

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function strftime(fmt: string, ms: number): string {
  const d = new Date(ms);
  const p2 = (n: number) => String(n).padStart(2, '0');
  const Y = d.getUTCFullYear();
  const start = Date.UTC(Y, 0, 1);
  const f: Record<string, () => string> = {
    Y: () => String(Y),
    y: () => p2(Y % 100),
    C: () => p2(Math.floor(Y / 100)),
    m: () => p2(d.getUTCMonth() + 1),
    d: () => p2(d.getUTCDate()),
    e: () => String(d.getUTCDate()).padStart(2),
    H: () => p2(d.getUTCHours()),
    k: () => String(d.getUTCHours()).padStart(2),
    I: () => p2(d.getUTCHours() % 12 || 12),
    l: () => String(d.getUTCHours() % 12 || 12).padStart(2),
    M: () => p2(d.getUTCMinutes()),
    S: () => p2(d.getUTCSeconds()),
    N: () => String((ms % 1000) * 1e6).padStart(9, '0'),
    s: () => String(Math.floor(ms / 1000)),
    a: () => DAYS[d.getUTCDay()]!.slice(0, 3),
    A: () => DAYS[d.getUTCDay()]!,
    b: () => MONTHS[d.getUTCMonth()]!.slice(0, 3),
    h: () => MONTHS[d.getUTCMonth()]!.slice(0, 3),
    B: () => MONTHS[d.getUTCMonth()]!,
    p: () => (d.getUTCHours() < 12 ? 'AM' : 'PM'),
    P: () => (d.getUTCHours() < 12 ? 'am' : 'pm'),
    j: () => String(Math.floor((ms - start) / 86400000) + 1).padStart(3, '0'),
    u: () => String(d.getUTCDay() || 7),
    w: () => String(d.getUTCDay()),
    Z: () => 'UTC',
    z: () => '+0000',
    F: () => `${Y}-${p2(d.getUTCMonth() + 1)}-${p2(d.getUTCDate())}`,
    T: () => `${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}`,
    R: () => `${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}`,
    D: () => `${p2(d.getUTCMonth() + 1)}/${p2(d.getUTCDate())}/${p2(Y % 100)}`,
    c: () => strftime('%a %b %e %H:%M:%S %Y', ms),
    n: () => '\n',
    t: () => '\t',
    '%': () => '%',
  };
  return fmt.replace(/%(:?)([a-zA-Z%])/g, (m, colon: string, c: string) => (colon && c === 'z' ? '+00:00' : f[c] ? f[c]!() : m));
}

export const date: Command = {
  name: 'date',
  run: (ctx) =>
    withUsage(ctx, 'date', 1, () => {
      const p = getopt('date', ctx.argv.slice(1), 'ud:I::R', { utc: 'u', universal: 'u', date: 'd', 'iso-8601': 'I', rfc: 'R', 'rfc-email': 'R', 'rfc-3339': '3:' });
      let ms = ctx.cluster.now;
      const d = value(p, 'd');
      if (d !== undefined) {
        const t = d.startsWith('@') ? Number(d.slice(1)) * 1000 : d === 'now' || d === '' ? ctx.cluster.now : Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(d) || !/\d:\d/.test(d) ? d : d + 'Z');
        if (!Number.isFinite(t)) {
          ctx.stderr(`date: invalid date ${q(d)}\n`);
          return 1;
        }
        ms = t;
      }
      const formats = p.operands.filter((o) => o.startsWith('+'));
      if (p.operands.length > formats.length || formats.length > 1) throw new UsageError(`extra operand ${q(p.operands.find((o) => !o.startsWith('+')) ?? p.operands[1]!)}`);
      let fmt = formats[0]?.slice(1) ?? '%a %b %e %H:%M:%S %Z %Y';
      if (p.flags.has('I')) fmt = value(p, 'I') === 'seconds' ? '%Y-%m-%dT%H:%M:%S%:z' : '%Y-%m-%d';
      if (p.flags.has('R')) fmt = '%a, %d %b %Y %H:%M:%S %z';
      ctx.stdout(strftime(fmt, ms) + '\n');
      return 0;
    }),
};
