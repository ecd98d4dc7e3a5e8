// `tr [-d] [-s] [-c] SET1 [SET2]` with ranges, classes and escapes.

import type { Command } from '../types.js';
import { flag, getopt, q, UsageError, withUsage } from './common.js';

const CLASSES: Record<string, string> = {
  lower: 'abcdefghijklmnopqrstuvwxyz',
  upper: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  digit: '0123456789',
  space: ' \t\n\r\f\v',
  blank: ' \t',
  punct: '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~',
};
Object.setPrototypeOf(CLASSES, null);
CLASSES.alpha = CLASSES.lower! + CLASSES.upper!;
CLASSES.alnum = CLASSES.alpha + CLASSES.digit!;
CLASSES.xdigit = '0123456789ABCDEFabcdef';

function expand(set: string): string[] {
  const out: string[] = [];
  const esc: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', f: '\f', v: '\v', a: '\x07', b: '\b' };
  const chars: string[] = [];
  for (let i = 0; i < set.length; i++) {
    const c = set[i]!;
    if (c === '\\' && i + 1 < set.length) {
      const n = set[++i]!;
      const oct = /^[0-7]{1,3}/.exec(set.slice(i));
      if (oct) {
        chars.push(String.fromCharCode(parseInt(oct[0], 8)));
        i += oct[0].length - 1;
      } else chars.push(esc[n] ?? n);
    } else if (c === '[' && set[i + 1] === ':') {
      const end = set.indexOf(':]', i + 2);
      const name = end > 0 ? set.slice(i + 2, end) : '';
      if (end > 0 && CLASSES[name]) {
        chars.push(...[...CLASSES[name]!].map((x) => '\0' + x));
        i = end + 1;
      } else if (end > 0) throw new UsageError(`invalid character class ${q(name)}`);
      else chars.push(c);
    } else chars.push(c);
  }
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (c.startsWith('\0')) {
      out.push(c.slice(1));
      continue;
    }
    if (chars[i + 1] === '-' && chars[i + 2] !== undefined && !chars[i + 2]!.startsWith('\0')) {
      const a = c.charCodeAt(0);
      const b = chars[i + 2]!.charCodeAt(0);
      if (b < a) throw new UsageError(`range-endpoints of '${c}-${chars[i + 2]}' are in reverse collating sequence order`);
      for (let x = a; x <= b; x++) out.push(String.fromCharCode(x));
      i += 2;
    } else out.push(c);
  }
  return out;
}

export const tr: Command = {
  name: 'tr',
  run: (ctx) =>
    withUsage(ctx, 'tr', 1, () => {
      const p = getopt('tr', ctx.argv.slice(1), 'dscC', { delete: 'd', 'squeeze-repeats': 's', complement: 'c' });
      const [s1, s2] = p.operands;
      const del = flag(p, 'd');
      const squeeze = flag(p, 's');
      if (s1 === undefined) throw new UsageError('missing operand');
      if (s2 === undefined && !del && !squeeze) throw new UsageError(`missing operand after ${q(s1)}\nTwo strings must be given when translating.`);
      if (p.operands.length > (del && !squeeze ? 1 : 2)) throw new UsageError(`extra operand ${q(p.operands[del && !squeeze ? 1 : 2]!)}`);
      const set1 = new Set(expand(s1));
      const comp = flag(p, 'c') || flag(p, 'C');
      const in1 = (c: string) => set1.has(c) !== comp;
      const list1 = expand(s1);
      const list2 = s2 !== undefined ? expand(s2) : [];
      const map = new Map<string, string>();
      if (!del && s2 !== undefined && !comp) list1.forEach((c, i) => map.set(c, list2[Math.min(i, list2.length - 1)] ?? c));
      const squeezeSet = new Set(del || s2 === undefined ? list1 : list2);
      let out = '';
      for (const c0 of ctx.stdin) {
        let c = c0;
        if (del && in1(c)) continue;
        if (!del && s2 !== undefined) c = comp ? (in1(c) ? (list2[list2.length - 1] ?? c) : c) : (map.get(c) ?? c);
        if (squeeze && squeezeSet.has(c) && out.endsWith(c)) continue;
        out += c;
      }
      ctx.stdout(out);
      return 0;
    }),
};
