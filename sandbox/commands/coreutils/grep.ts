// `grep [-iEFvnclLoqwxrhHs] [-e PATTERN]… [-A/-B/-C N] PATTERN [FILE…]`; exit 1 when nothing
// matched, 2 on errors.

import type { Command, CommandContext } from '../types.js';
import { flag, getopt, lines, UsageError, value, withUsage } from './common.js';
import { compile, RegexError } from './regex.js';
import { resolvePath } from '../../fs/types.js';

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function walk(ctx: CommandContext, dir: string, shown: string, out: { name: string; path: string }[]): void {
  for (const n of ctx.fs.list(dir) ?? []) {
    const path = resolvePath(dir, n);
    const name = shown ? `${shown.replace(/\/$/, '')}/${n}` : n;
    if (ctx.fs.isDir(path)) walk(ctx, path, name, out);
    else out.push({ name, path });
  }
}

export const grep: Command = {
  name: 'grep',
  run: (ctx) =>
    withUsage(ctx, 'grep', 2, () => {
      let p;
      try {
        p = getopt('grep', ctx.argv.slice(1), 'iyvnclLoqswxrRhHEFGe:f:A:B:C:m:Z', {
          'ignore-case': 'i', 'invert-match': 'v', 'line-number': 'n', count: 'c', 'files-with-matches': 'l', 'files-without-match': 'L',
          'only-matching': 'o', quiet: 'q', silent: 'q', 'no-messages': 's', 'word-regexp': 'w', 'line-regexp': 'x', recursive: 'r',
          'dereference-recursive': 'R', 'no-filename': 'h', 'with-filename': 'H', 'extended-regexp': 'E', 'fixed-strings': 'F',
          'basic-regexp': 'G', regexp: 'e', file: 'f', 'after-context': 'A', 'before-context': 'B', context: 'C', 'max-count': 'm',
          color: 'K::', colour: 'K::', 'null': 'Z',
        });
      } catch (e) {
        if (e instanceof UsageError && e.message !== '__help__') {
          ctx.stderr(`grep: ${e.message}\nUsage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n`);
          return 2;
        }
        throw e;
      }
      const ops = [...p.operands];
      let patterns = p.flags.get('e') ?? [];
      if (!patterns.length && !p.flags.has('f')) {
        if (!ops.length) {
          ctx.stderr("Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n");
          return 2;
        }
        patterns = [ops.shift()!];
      }
      patterns = patterns.flatMap((x) => x.split('\n'));
      const ci = flag(p, 'i') || flag(p, 'y');
      let re: RegExp;
      try {
        const parts = patterns.map((pt) => (flag(p, 'F') ? escapeRe(pt) : compile(pt, flag(p, 'E'), '').source));
        let src = parts.map((s) => `(?:${s})`).join('|');
        if (flag(p, 'w')) src = `(?<![\\w])(?:${src})(?![\\w])`;
        if (flag(p, 'x')) src = `^(?:${src})$`;
        re = new RegExp(src, ci ? 'gi' : 'g');
      } catch (e) {
        if (e instanceof RegexError) {
          ctx.stderr(`grep: ${e.message}\n`);
          return 2;
        }
        throw e;
      }
      const recursive = flag(p, 'r') || flag(p, 'R');
      if (!ops.length) ops.push(recursive ? '' : '-');
      const files: { name: string; path: string }[] = [];
      let status = 1;
      let errors = false;
      for (const o of ops) {
        const abs = resolvePath(ctx.cwd, o || '.');
        if (o !== '-' && ctx.fs.isDir(abs)) {
          if (recursive) walk(ctx, abs, o, files);
          else if (!flag(p, 's')) ctx.stderr(`grep: ${o}: Is a directory\n`);
        } else files.push({ name: o === '-' ? '(standard input)' : o, path: o === '-' ? '-' : abs });
      }
      const withName = flag(p, 'H') || (!flag(p, 'h') && (files.length > 1 || recursive));
      const after = Number(value(p, 'A') ?? value(p, 'C') ?? 0);
      const before = Number(value(p, 'B') ?? value(p, 'C') ?? 0);
      const max = value(p, 'm') !== undefined ? Number(value(p, 'm')) : Infinity;
      let out = '';
      for (const f of files) {
        const text = f.path === '-' ? ctx.stdin : ctx.fs.read(f.path);
        if (text === undefined) {
          if (!flag(p, 's')) ctx.stderr(`grep: ${f.name}: No such file or directory\n`);
          errors = true;
          continue;
        }
        let count = 0;
        let lastPrinted = -1;
        let afterLeft = 0;
        const ls = lines(text);
        const prefix = (i: number, sep: string) => (withName ? f.name + sep : '') + (flag(p, 'n') ? `${i + 1}${sep}` : '');
        for (let i = 0; i < ls.length && count < max; i++) {
          const line = ls[i]!;
          re.lastIndex = 0;
          const hit = re.test(line) !== flag(p, 'v');
          if (!hit) {
            if (afterLeft > 0 && !flag(p, 'c') && !flag(p, 'l') && !flag(p, 'L')) {
              out += prefix(i, '-') + line + '\n';
              lastPrinted = i;
              afterLeft--;
            }
            continue;
          }
          count++;
          if (flag(p, 'q')) return 0;
          if (flag(p, 'c') || flag(p, 'l') || flag(p, 'L')) continue;
          if ((before || after) && lastPrinted >= 0 && i - before > lastPrinted + 1) out += '--\n';
          for (let j = Math.max(lastPrinted + 1, i - before); j < i; j++) out += prefix(j, '-') + ls[j] + '\n';
          if (flag(p, 'o') && !flag(p, 'v')) {
            re.lastIndex = 0;
            for (const m of line.matchAll(re)) if (m[0]) out += prefix(i, ':') + m[0] + '\n';
          } else out += prefix(i, ':') + line + '\n';
          lastPrinted = i;
          afterLeft = after;
        }
        if (count) status = 0;
        if (flag(p, 'c')) out += (withName ? `${f.name}:` : '') + count + '\n';
        if (flag(p, 'l') && count) out += f.name + '\n';
        if (flag(p, 'L') && !count) out += f.name + '\n';
      }
      ctx.stdout(out);
      if (flag(p, 'L')) status = out ? 0 : 1;
      return errors && !(flag(p, 'q') && status === 0) ? 2 : status;
    }),
};
