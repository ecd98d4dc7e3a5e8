// `head` and `tail`: -n N (also `-5`, `-n -5`, `tail -n +5`), -c N, and `==> file <==` headers.

import type { Command, CommandContext } from '../types.js';
import { flag, getopt, PlainError, q, readOperand, value, withUsage } from './common.js';

function parseCount(tool: string, v: string, what: 'lines' | 'bytes'): { n: number; sign: string } {
  const m = /^([+-]?)(\d+)([kKmMbB]?)$/.exec(v.trim());
  if (!m) throw new PlainError(`invalid number of ${what}: ${q(v)}`);
  const mult = { '': 1, b: 512, B: 512, k: 1024, K: 1024, m: 1048576, M: 1048576 }[m[3]!] ?? 1;
  void tool;
  return { n: Number(m[2]) * mult, sign: m[1]! };
}

function run(tool: 'head' | 'tail') {
  return (ctx: CommandContext) =>
    withUsage(ctx, tool, 1, () => {
      const p = getopt(tool, ctx.argv.slice(1), tool === 'head' ? 'n:c:qvz' : 'n:c:qvfFs:z', { lines: 'n', bytes: 'c', quiet: 'q', silent: 'q', verbose: 'v', follow: 'f' }, 'n');
      const bytes = value(p, 'c');
      const count = parseCount(tool, bytes ?? value(p, 'n') ?? '10', bytes !== undefined ? 'bytes' : 'lines');
      const files = p.operands.length ? p.operands : ['-'];
      const headers = (files.length > 1 && !flag(p, 'q')) || flag(p, 'v');
      let status = 0;
      let first = true;
      for (const f of files) {
        const text = readOperand(ctx, tool, f);
        if (text === undefined) {
          status = 1;
          continue;
        }
        if (headers) ctx.stdout(`${first ? '' : '\n'}==> ${f === '-' ? 'standard input' : f} <==\n`);
        first = false;
        ctx.stdout(select(tool, text, count, bytes !== undefined));
      }
      return status;
    });
}

function select(tool: 'head' | 'tail', text: string, { n, sign }: { n: number; sign: string }, bytes: boolean): string {
  if (bytes) {
    const b = new TextEncoder().encode(text);
    let part: Uint8Array;
    if (tool === 'head') part = sign === '-' ? b.slice(0, Math.max(0, b.length - n)) : b.slice(0, n);
    else part = sign === '+' ? b.slice(Math.max(0, n - 1)) : b.slice(Math.max(0, b.length - n));
    return new TextDecoder().decode(part);
  }
  // Keep newlines attached so a missing final newline is preserved.
  const ls = text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
  if (tool === 'head') return (sign === '-' ? ls.slice(0, Math.max(0, ls.length - n)) : ls.slice(0, n)).join('');
  return (sign === '+' ? ls.slice(Math.max(0, n - 1)) : n === 0 ? [] : ls.slice(-n)).join('');
}

export const head: Command = { name: 'head', run: run('head') };
export const tail: Command = { name: 'tail', run: run('tail') };
