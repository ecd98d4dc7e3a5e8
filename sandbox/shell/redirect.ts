// Applies redirections (`>`, `>>`, `<`, `2>&1`, `&>`, here-documents, here-strings) to a
// command's streams, with bash's error messages.

import type { Redir } from './ast.js';
import { In, NULL_OUT, type IO, type Out } from './io.js';
import { dirname, resolvePath, type FileSystem } from '../fs/types.js';
import type { Expander } from './expand.js';

export class RedirError extends Error {}

/** Opens `path` for writing (truncating unless `append`), or returns the error text. */
export function openOut(fs: FileSystem, cwd: string, path: string, append: boolean, io: IO): Out {
  if (path === '/dev/null') return NULL_OUT;
  if (path === '/dev/stdout' || path === '/dev/tty') return io.out;
  if (path === '/dev/stderr') return io.err;
  const abs = resolvePath(cwd, path);
  if (fs.isDir(abs)) throw new RedirError(`${path}: Is a directory`);
  if (!fs.isDir(dirname(abs))) throw new RedirError(`${path}: No such file or directory`);
  if (!append || !fs.exists(abs)) fs.write(abs, '');
  return { write: (s) => fs.append(abs, s), terminal: false };
}

export function readIn(fs: FileSystem, cwd: string, path: string): string {
  if (path === '/dev/null') return '';
  const abs = resolvePath(cwd, path);
  if (fs.isDir(abs)) throw new RedirError(`${path}: Is a directory`);
  const text = fs.read(abs);
  if (text === undefined) throw new RedirError(`${path}: No such file or directory`);
  return text;
}

/** Returns the command's new streams; throws RedirError with bash's message (without `bash: `). */
export async function applyRedirs(redirs: Redir[], io: IO, ex: Expander, fs: FileSystem, cwd: string): Promise<IO> {
  if (!redirs.length) return io;
  let stdin = io.stdin;
  const outs: Record<number, Out> = { 1: io.out, 2: io.err };
  const cur = (): IO => ({ stdin, out: outs[1]!, err: outs[2]! });
  for (const r of redirs) {
    if (r.op === '<<' || r.op === '<<-') {
      stdin = new In(r.body ? await ex.string(r.body) : '');
      continue;
    }
    if (r.op === '<<<') {
      stdin = new In((await ex.string(r.target)) + '\n');
      continue;
    }
    const targets = await ex.words([r.target]);
    if (targets.length !== 1) throw new RedirError(`${r.target.raw}: ambiguous redirect`);
    const target = targets[0]!;
    const fd = r.fd ?? (r.op === '<' || r.op === '<&' || r.op === '<>' ? 0 : 1);
    switch (r.op) {
      case '<':
      case '<>':
        if (fd !== 0) throw new RedirError(`${fd}: Bad file descriptor`);
        stdin = new In(readIn(fs, cwd, target));
        break;
      case '>':
      case '>|':
      case '>>':
        if (fd !== 1 && fd !== 2) {
          openOut(fs, cwd, target, r.op === '>>', cur());
          break;
        }
        outs[fd] = openOut(fs, cwd, target, r.op === '>>', cur());
        break;
      case '&>':
      case '&>>':
        outs[1] = outs[2] = openOut(fs, cwd, target, r.op === '&>>', cur());
        break;
      case '>&':
      case '<&':
        if (target === '-') {
          if (fd === 0) stdin = new In('');
          else outs[fd] = NULL_OUT;
        } else if (/^[0-9]+$/.test(target)) {
          const src = Number(target);
          if (fd === 0) {
            if (src !== 0) throw new RedirError(`${src}: Bad file descriptor`);
          } else if (src === 1 || src === 2) outs[fd] = outs[src]!;
          else throw new RedirError(`${src}: Bad file descriptor`);
        } else if (r.op === '>&' && r.fd === undefined) outs[1] = outs[2] = openOut(fs, cwd, target, false, cur());
        else throw new RedirError(`${target}: ambiguous redirect`);
        break;
    }
  }
  return cur();
}
