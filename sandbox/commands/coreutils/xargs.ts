// `xargs [-n N] [-I STR] [-0] [-d DELIM] [-t] [-r] [CMD [ARG…]]`: builds command lines from stdin
// and runs them through the shell's exec (default command: echo).

import type { Command } from '../types.js';
import { flag, getopt, value, withUsage } from './common.js';

/** xargs's own tokenizer: blanks separate, quotes and backslashes group. */
function tokens(input: string): string[] | string {
  const out: string[] = [];
  let cur = '';
  let has = false;
  for (let i = 0; i < input.length; i++) {
    const c = input[i]!;
    if (c === '"' || c === "'") {
      const end = input.indexOf(c, i + 1);
      const nl = input.indexOf('\n', i + 1);
      if (end < 0 || (nl >= 0 && nl < end)) return `unmatched ${c === '"' ? 'double' : 'single'} quote; by default quotes are special to xargs unless you use the -0 option`;
      cur += input.slice(i + 1, end);
      has = true;
      i = end;
    } else if (c === '\\' && i + 1 < input.length) {
      cur += input[++i];
      has = true;
    } else if (/\s/.test(c)) {
      if (has) out.push(cur);
      cur = '';
      has = false;
    } else {
      cur += c;
      has = true;
    }
  }
  if (has) out.push(cur);
  return out;
}

const quote = (s: string) => (/^[A-Za-z0-9_./:=@%+,-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);

export const xargs: Command = {
  name: 'xargs',
  run: (ctx) =>
    withUsage(ctx, 'xargs', 1, async () => {
      // Options stop at the first operand (the command).
      const argv = ctx.argv.slice(1);
      let k = 0;
      while (k < argv.length && argv[k]!.startsWith('-') && argv[k] !== '--') {
        if (/^-[nIdLPsaE]$/.test(argv[k]!) || /^--(max-args|replace|delimiter|max-procs)$/.test(argv[k]!)) k++;
        k++;
      }
      if (argv[k] === '--') k++;
      const p = getopt('xargs', argv.slice(0, k), 'n:I:i::0d:trL:P:s:E:a:p', { 'max-args': 'n', replace: 'I', null: '0', delimiter: 'd', verbose: 't', 'no-run-if-empty': 'r', 'max-procs': 'P', 'max-lines': 'L' });
      const cmd = argv.slice(k);
      if (!cmd.length) cmd.push('echo');
      const replace = value(p, 'I') ?? (p.flags.has('i') ? value(p, 'i') || '{}' : undefined);
      let items: string[];
      const delim = flag(p, '0') ? '\0' : value(p, 'd');
      if (replace !== undefined) items = ctx.stdin.split('\n').filter((l, i, a) => i < a.length - 1 || l !== '').map((l) => l.trim()).filter((l) => l);
      else if (delim !== undefined) {
        const d = delim === '\\n' ? '\n' : delim;
        items = ctx.stdin.split(d);
        if (items[items.length - 1] === '' || (d !== '\n' && items[items.length - 1] === '\n')) items.pop();
      } else {
        const t = tokens(ctx.stdin);
        if (typeof t === 'string') {
          ctx.stderr(`xargs: ${t}\n`);
          return 1;
        }
        items = t;
      }
      const runs: string[][] = [];
      if (replace !== undefined) for (const it of items) runs.push(cmd.map((a) => a.split(replace).join(it)));
      else {
        const n = Number(value(p, 'n') ?? value(p, 'L') ?? 0) || items.length || 1;
        for (let i = 0; i < items.length; i += n) runs.push([...cmd, ...items.slice(i, i + n)]);
        if (!items.length && !flag(p, 'r')) runs.push([...cmd]);
      }
      let status = 0;
      for (const r of runs) {
        if (flag(p, 't')) ctx.stderr(r.map(quote).join(' ') + '\n');
        const s = await ctx.exec(r, { stdin: '' });
        if (s === 127) {
          ctx.stderr(`xargs: ${r[0]}: No such file or directory\n`);
          return 127;
        }
        if (s === 255) {
          ctx.stderr(`xargs: ${r[0]}: exited with status 255; aborting\n`);
          return 124;
        }
        if (s !== 0) status = 123;
      }
      return status;
    }),
};
