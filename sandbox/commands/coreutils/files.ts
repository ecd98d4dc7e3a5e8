// File management: `mkdir [-p]`, `rm [-r] [-f]`, `rmdir`, `touch`, `cp [-r]`, `mv`, with GNU's messages.

import type { Command, CommandContext } from '../types.js';
import { flag, getopt, q, UsageError, withUsage } from './common.js';
import { basename, dirname, resolvePath, type FileSystem } from '../../fs/types.js';

const abs = (ctx: CommandContext, p: string) => resolvePath(ctx.cwd, p);

export const mkdir: Command = {
  name: 'mkdir',
  run: (ctx) =>
    withUsage(ctx, 'mkdir', 1, () => {
      const p = getopt('mkdir', ctx.argv.slice(1), 'pvm:', { parents: 'p', verbose: 'v', mode: 'm' });
      if (!p.operands.length) throw new UsageError('missing operand');
      let status = 0;
      for (const d of p.operands) {
        const a = abs(ctx, d);
        const fail = (why: string) => {
          ctx.stderr(`mkdir: cannot create directory ${q(d)}: ${why}\n`);
          status = 1;
        };
        if (flag(p, 'p')) {
          // Every existing ancestor must be a directory.
          let cur = '';
          let bad = false;
          for (const part of a.split('/').filter((x) => x)) {
            cur += '/' + part;
            if (ctx.fs.exists(cur) && !ctx.fs.isDir(cur)) {
              bad = true;
              break;
            }
          }
          if (bad) fail('Not a directory');
          else ctx.fs.mkdir(a, true);
        } else if (ctx.fs.exists(a)) fail('File exists');
        else if (!ctx.fs.isDir(dirname(a))) fail(ctx.fs.exists(dirname(a)) ? 'Not a directory' : 'No such file or directory');
        else {
          ctx.fs.mkdir(a, false);
          if (flag(p, 'v')) ctx.stdout(`mkdir: created directory ${q(d)}\n`);
        }
      }
      return status;
    }),
};

export const rm: Command = {
  name: 'rm',
  run: (ctx) =>
    withUsage(ctx, 'rm', 1, () => {
      const p = getopt('rm', ctx.argv.slice(1), 'rRfivd', { recursive: 'r', force: 'f', interactive: 'i', verbose: 'v', dir: 'd' });
      const recursive = flag(p, 'r') || flag(p, 'R');
      if (!p.operands.length) {
        if (flag(p, 'f')) return 0;
        throw new UsageError('missing operand');
      }
      let status = 0;
      for (const f of p.operands) {
        const a = abs(ctx, f);
        if (/(^|\/)\.\.?\/?$/.test(f)) {
          ctx.stderr(`rm: refusing to remove '.' or '..' directory: skipping '${f}'\n`);
          status = 1;
        } else if (!ctx.fs.exists(a)) {
          if (!flag(p, 'f')) {
            ctx.stderr(`rm: cannot remove '${f}': No such file or directory\n`);
            status = 1;
          }
        } else if (ctx.fs.isDir(a) && !recursive) {
          if (flag(p, 'd') && !(ctx.fs.list(a) ?? []).length) ctx.fs.remove(a);
          else {
            ctx.stderr(`rm: cannot remove '${f}': Is a directory\n`);
            status = 1;
          }
        } else {
          ctx.fs.remove(a, true);
          if (flag(p, 'v')) ctx.stdout(`removed '${f}'\n`);
        }
      }
      return status;
    }),
};

export const touch: Command = {
  name: 'touch',
  run: (ctx) =>
    withUsage(ctx, 'touch', 1, () => {
      const p = getopt('touch', ctx.argv.slice(1), 'acmd:t:r:', { 'no-create': 'c', date: 'd', reference: 'r' });
      if (!p.operands.length) throw new UsageError('missing file operand');
      let status = 0;
      for (const f of p.operands) {
        const a = abs(ctx, f);
        if (ctx.fs.exists(a)) continue;
        if (flag(p, 'c')) continue;
        if (!ctx.fs.isDir(dirname(a))) {
          ctx.stderr(`touch: cannot touch '${f}': No such file or directory\n`);
          status = 1;
        } else ctx.fs.write(a, '');
      }
      return status;
    }),
};

function copyTree(fs: FileSystem, from: string, to: string): void {
  if (fs.isDir(from)) {
    fs.mkdir(to, true);
    for (const n of fs.list(from) ?? []) copyTree(fs, `${from}/${n}`, `${to}/${n}`);
  } else fs.write(to, fs.read(from) ?? '');
}

function transfer(tool: 'cp' | 'mv') {
  return (ctx: CommandContext) =>
    withUsage(ctx, tool, 1, () => {
      const p = getopt(tool, ctx.argv.slice(1), tool === 'cp' ? 'rRafivnpT' : 'fivnT', { recursive: 'r', archive: 'a', force: 'f', verbose: 'v', 'no-clobber': 'n' });
      const ops = p.operands;
      if (!ops.length) throw new UsageError('missing file operand');
      if (ops.length === 1) throw new UsageError(`missing destination file operand after '${ops[0]}'`);
      const dest = ops[ops.length - 1]!;
      const destAbs = abs(ctx, dest);
      const sources = ops.slice(0, -1);
      if (sources.length > 1 && !ctx.fs.isDir(destAbs)) {
        ctx.stderr(`${tool}: target '${dest}': ${ctx.fs.exists(destAbs) ? 'Not a directory' : 'No such file or directory'}\n`);
        return 1;
      }
      const recursive = tool === 'mv' || flag(p, 'r') || flag(p, 'R') || flag(p, 'a');
      let status = 0;
      for (const s of sources) {
        const sAbs = abs(ctx, s);
        if (!ctx.fs.exists(sAbs)) {
          ctx.stderr(`${tool}: cannot stat '${s}': No such file or directory\n`);
          status = 1;
          continue;
        }
        if (ctx.fs.isDir(sAbs) && !recursive) {
          ctx.stderr(`cp: -r not specified; omitting directory '${s}'\n`);
          status = 1;
          continue;
        }
        const target = ctx.fs.isDir(destAbs) ? `${destAbs}/${basename(sAbs)}` : destAbs;
        if (target === sAbs) {
          ctx.stderr(`${tool}: '${s}' and '${dest}' are the same file\n`);
          status = 1;
          continue;
        }
        if (ctx.fs.isDir(sAbs) && (target + '/').startsWith(sAbs + '/')) {
          const shown = ctx.fs.isDir(destAbs) ? `${dest.replace(/\/$/, '')}/${basename(sAbs)}` : dest;
          ctx.stderr(tool === 'cp' ? `cp: cannot copy a directory, '${s}', into itself, '${shown}'\n` : `mv: cannot move '${s}' to a subdirectory of itself, '${shown}'\n`);
          status = 1;
          continue;
        }
        if (!ctx.fs.isDir(dirname(target))) {
          ctx.stderr(tool === 'cp' ? `cp: cannot create regular file '${dest}': No such file or directory\n` : `mv: cannot move '${s}' to '${dest}': No such file or directory\n`);
          status = 1;
          continue;
        }
        if (ctx.fs.isDir(target) && !ctx.fs.isDir(sAbs)) {
          ctx.stderr(`${tool}: cannot overwrite directory '${target}' with non-directory\n`);
          status = 1;
          continue;
        }
        if (flag(p, 'n') && ctx.fs.exists(target)) continue;
        copyTree(ctx.fs, sAbs, target);
        if (tool === 'mv') ctx.fs.remove(sAbs, true);
        if (flag(p, 'v')) ctx.stdout(tool === 'cp' ? `'${s}' -> '${target}'\n` : `renamed '${s}' -> '${target}'\n`);
      }
      return status;
    });
}

export const cp: Command = { name: 'cp', run: transfer('cp') };
export const mv: Command = { name: 'mv', run: transfer('mv') };
