// `ls [-l] [-a] [-A] [-1] [-R]…`: columns on a terminal of known width, one per line otherwise.
// The workspace has no owners or times; `-l` shows the learner as owner and the cluster clock.

import type { Command, CommandContext } from '../types.js';
import { flag, getopt, withUsage } from './common.js';
import { resolvePath } from '../../fs/types.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function byName(a: string, b: string): number {
  const x = a.replace(/^\.+/, '').toLowerCase();
  const y = b.replace(/^\.+/, '').toLowerCase();
  return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0;
}

/** GNU ls's column layout: as many columns as fit, filled top to bottom. */
export function columns(names: string[], width: number): string {
  if (!names.length) return '';
  for (let cols = Math.min(names.length, Math.max(1, Math.floor(width / 3))); cols >= 1; cols--) {
    const rows = Math.ceil(names.length / cols);
    const realCols = Math.ceil(names.length / rows);
    const widths: number[] = [];
    for (let c = 0; c < realCols; c++) widths.push(Math.max(...names.slice(c * rows, (c + 1) * rows).map((n) => n.length)));
    const total = widths.reduce((s, w) => s + w + 2, 0) - 2;
    if (total > width && cols > 1) continue;
    let out = '';
    for (let r = 0; r < rows; r++) {
      const cells: string[] = [];
      for (let c = 0; c < realCols; c++) {
        const n = names[c * rows + r];
        if (n !== undefined) cells.push(n);
      }
      out += cells.map((n, c) => (c === cells.length - 1 ? n : n.padEnd(widths[c]! + 2))).join('') + '\n';
    }
    return out;
  }
  return names.join('\n') + '\n';
}

function longLine(ctx: CommandContext, path: string, name: string): string {
  const isDir = ctx.fs.isDir(path);
  const size = isDir ? 4096 : new TextEncoder().encode(ctx.fs.read(path) ?? '').length;
  const d = new Date(ctx.cluster.now);
  const when = `${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2)} ${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
  const user = ctx.host.kind === 'workstation' ? 'learner' : 'root';
  return `${isDir ? 'drwxr-xr-x' : '-rw-r--r--'} ${isDir ? 2 : 1} ${user} ${user} ${String(size).padStart(4)} ${when} ${name}`;
}

export const ls: Command = {
  name: 'ls',
  run: (ctx) =>
    withUsage(ctx, 'ls', 2, () => {
      const p = getopt('ls', ctx.argv.slice(1), 'laA1RdhFrtS', { all: 'a', 'almost-all': 'A', recursive: 'R', directory: 'd', 'human-readable': 'h', classify: 'F', reverse: 'r', color: 'C:' });
      const long = flag(p, 'l');
      const oneCol = flag(p, '1') || !ctx.tty || ctx.columns === undefined;
      const ops = p.operands.length ? p.operands : ['.'];
      let status = 0;
      const render = (names: string[], dir: string): string => {
        const shown = names.map((n) => n + (flag(p, 'F') && ctx.fs.isDir(resolvePath(dir, n)) ? '/' : ''));
        if (long) return names.map((n, i) => longLine(ctx, resolvePath(dir, n), shown[i]!) + '\n').join('');
        return oneCol ? shown.map((n) => n + '\n').join('') : columns(shown, ctx.columns!);
      };
      const files: string[] = [];
      const dirs: string[] = [];
      for (const o of ops) {
        const a = resolvePath(ctx.cwd, o);
        if (!ctx.fs.exists(a)) {
          ctx.stderr(`ls: cannot access '${o}': No such file or directory\n`);
          status = 2;
        } else if (ctx.fs.isDir(a) && !flag(p, 'd')) dirs.push(o);
        else files.push(o);
      }
      let out = render(files.sort(byName), ctx.cwd);
      const listDir = (o: string, header: boolean) => {
        const a = resolvePath(ctx.cwd, o);
        let names = ctx.fs.list(a) ?? [];
        if (!flag(p, 'a') && !flag(p, 'A')) names = names.filter((n) => !n.startsWith('.'));
        if (flag(p, 'a')) names = ['.', '..', ...names];
        names.sort(byName);
        if (flag(p, 'r')) names.reverse();
        if (out) out += '\n';
        if (header) out += `${o}:\n`;
        if (long) {
          const total = names.filter((n) => n !== '.' && n !== '..').reduce((s, n) => s + (ctx.fs.isDir(resolvePath(a, n)) ? 4 : Math.ceil(new TextEncoder().encode(ctx.fs.read(resolvePath(a, n)) ?? '').length / 4096) * 4), 0) + (flag(p, 'a') ? 8 : 0);
          out += `total ${total}\n`;
        }
        out += render(names, a);
        if (flag(p, 'R')) for (const n of names) if (n !== '.' && n !== '..' && ctx.fs.isDir(resolvePath(a, n))) listDir(o === '.' ? `./${n}` : `${o.replace(/\/$/, '')}/${n}`, true);
      };
      for (const d of dirs.sort(byName)) listDir(d, ops.length > 1 || flag(p, 'R'));
      ctx.stdout(out);
      return status;
    }),
};
