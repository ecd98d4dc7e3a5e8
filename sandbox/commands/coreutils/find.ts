// `find [PATH…] [-maxdepth N] [-mindepth N] [-name PAT] [-iname PAT] [-type f|d] [-print]`.

import type { Command, CommandContext } from '../types.js';
import { resolvePath } from '../../fs/types.js';
import { patternRegex } from '../../shell/pattern.js';

interface Test {
  name?: RegExp;
  type?: string;
}

export const find: Command = {
  name: 'find',
  run: (ctx: CommandContext) => {
    const args = ctx.argv.slice(1);
    const roots: string[] = [];
    while (args.length && !args[0]!.startsWith('-')) roots.push(args.shift()!);
    if (!roots.length) roots.push('.');
    let maxdepth = Infinity;
    let mindepth = 0;
    const test: Test = {};
    for (let i = 0; i < args.length; i++) {
      const a = args[i]!;
      const v = args[i + 1];
      if (a === '-print') continue;
      if (['-maxdepth', '-mindepth', '-name', '-iname', '-type'].includes(a) && v === undefined) {
        ctx.stderr(`find: missing argument to \`${a}'\n`);
        return 1;
      }
      if (a === '-maxdepth') maxdepth = Number(args[++i]);
      else if (a === '-mindepth') mindepth = Number(args[++i]);
      else if (a === '-name' || a === '-iname') test.name = patternRegex(args[++i]!, a === '-iname' ? 'i' : '');
      else if (a === '-type') test.type = args[++i];
      else {
        ctx.stderr(`find: unknown predicate \`${a}'\n`);
        return 1;
      }
    }
    let status = 0;
    let out = '';
    const visit = (shown: string, abs: string, depth: number) => {
      const isDir = ctx.fs.isDir(abs);
      const base = shown.replace(/\/+$/, '').slice(shown.replace(/\/+$/, '').lastIndexOf('/') + 1) || shown;
      const ok = depth >= mindepth && (!test.name || test.name.test(base)) && (!test.type || (test.type === 'd' ? isDir : test.type === 'f' ? !isDir : false));
      if (ok) out += shown + '\n';
      if (isDir && depth < maxdepth) for (const n of ctx.fs.list(abs) ?? []) visit(`${shown.replace(/\/$/, '')}/${n}`, resolvePath(abs, n), depth + 1);
    };
    for (const r of roots) {
      const abs = resolvePath(ctx.cwd, r);
      if (!ctx.fs.exists(abs)) {
        ctx.stderr(`find: ‘${r}’: No such file or directory\n`);
        status = 1;
        continue;
      }
      visit(r, abs, 0);
    }
    ctx.stdout(out);
    return status;
  },
};
