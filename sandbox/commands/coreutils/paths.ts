// `basename`, `dirname`, `realpath`, `chmod` (the workspace keeps no modes: it checks the
// operands and succeeds, so `chmod +x run.sh && ./run.sh` works as on a laptop).

import type { Command } from '../types.js';
import { getopt, UsageError, withUsage } from './common.js';
import { resolvePath } from '../../fs/types.js';

export const basename: Command = {
  name: 'basename',
  run: (ctx) =>
    withUsage(ctx, 'basename', 1, () => {
      const p = getopt('basename', ctx.argv.slice(1), 'as:z', { multiple: 'a', suffix: 's' });
      if (!p.operands.length) throw new UsageError('missing operand');
      const multiple = p.flags.has('a') || p.flags.has('s');
      const names = multiple ? p.operands : [p.operands[0]!];
      const suffix = p.flags.get('s')?.[0] ?? (multiple ? undefined : p.operands[1]);
      if (!multiple && p.operands.length > 2) throw new UsageError(`extra operand ‘${p.operands[2]}’`);
      for (const n of names) {
        const trimmed = n.replace(/\/+$/, '') || (n.startsWith('/') ? '/' : '');
        let b = trimmed === '/' ? '/' : trimmed.slice(trimmed.lastIndexOf('/') + 1);
        if (suffix && b !== suffix && b.endsWith(suffix)) b = b.slice(0, -suffix.length);
        ctx.stdout(b + '\n');
      }
      return 0;
    }),
};

export const dirname: Command = {
  name: 'dirname',
  run: (ctx) =>
    withUsage(ctx, 'dirname', 1, () => {
      const p = getopt('dirname', ctx.argv.slice(1), 'z', {});
      if (!p.operands.length) throw new UsageError('missing operand');
      for (const n of p.operands) {
        const t = n.replace(/\/+$/, '');
        const i = t.lastIndexOf('/');
        ctx.stdout((i < 0 ? '.' : t.slice(0, i).replace(/\/+$/, '') || '/') + '\n');
      }
      return 0;
    }),
};

export const realpath: Command = {
  name: 'realpath',
  run: (ctx) =>
    withUsage(ctx, 'realpath', 1, () => {
      const p = getopt('realpath', ctx.argv.slice(1), 'emsqz', {});
      if (!p.operands.length) throw new UsageError('missing operand');
      let status = 0;
      for (const n of p.operands) {
        const abs = resolvePath(ctx.cwd, n);
        const parent = abs.slice(0, abs.lastIndexOf('/')) || '/';
        if (!ctx.fs.isDir(parent) || (p.flags.has('e') && !ctx.fs.exists(abs))) {
          ctx.stderr(`realpath: ${n}: No such file or directory\n`);
          status = 1;
        } else ctx.stdout(abs + '\n');
      }
      return status;
    }),
};

export const chmod: Command = {
  name: 'chmod',
  run: (ctx) =>
    withUsage(ctx, 'chmod', 1, () => {
      const args = ctx.argv.slice(1).filter((a) => a !== '-R' && a !== '-v' && a !== '-f' && a !== '--recursive');
      if (!args.length) throw new UsageError('missing operand');
      const [mode, ...files] = args;
      if (!files.length) throw new UsageError(`missing operand after ‘${mode}’`);
      if (!/^([0-7]{1,4}|([ugoa]*[-+=][rwxXst]*,?)+)$/.test(mode!)) {
        ctx.stderr(`chmod: invalid mode: ‘${mode}’\nTry 'chmod --help' for more information.\n`);
        return 1;
      }
      let status = 0;
      for (const f of files) {
        if (!ctx.fs.exists(resolvePath(ctx.cwd, f))) {
          ctx.stderr(`chmod: cannot access '${f}': No such file or directory\n`);
          status = 1;
        }
      }
      return status;
    }),
};
