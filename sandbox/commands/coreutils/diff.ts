// `diff [-u] [-q] FILE1 FILE2`: GNU diff's normal and unified formats (LCS on lines), exit 1
// when the files differ, 2 on trouble. `-` reads stdin.

import type { Command, CommandContext } from '../types.js';
import { getopt, readOperand, UsageError, withUsage } from './common.js';
import { strftime } from './date.js';

type Op = { k: '=' | '-' | '+'; a: number; b: number };

/** The edit script turning a into b, from a longest-common-subsequence table. */
function editScript(a: string[], b: string[]): Op[] {
  const n = a.length;
  const m = b.length;
  const lcs: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) ops.push({ k: '=', a: i++, b: j++ });
    else if (i < n && (j === m || lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) ops.push({ k: '-', a: i++, b: j });
    else ops.push({ k: '+', a: i, b: j++ });
  }
  return ops;
}

function split(text: string): { lines: string[]; noEol: boolean } {
  const lines = text.split('\n');
  const noEol = text !== '' && !text.endsWith('\n');
  if (!noEol) lines.pop();
  return { lines, noEol };
}

const range = (start: number, count: number) => (count === 1 ? `${start + 1}` : count === 0 ? `${start}` : `${start + 1},${start + count}`);

function normal(a: ReturnType<typeof split>, b: ReturnType<typeof split>, ops: Op[]): string {
  let out = '';
  const line = (side: ReturnType<typeof split>, i: number, mark: string) => `${mark} ${side.lines[i]}\n${side.noEol && i === side.lines.length - 1 ? '\\ No newline at end of file\n' : ''}`;
  for (let k = 0; k < ops.length; ) {
    if (ops[k]!.k === '=') {
      k++;
      continue;
    }
    const start = k;
    while (k < ops.length && ops[k]!.k !== '=') k++;
    const hunk = ops.slice(start, k);
    const dels = hunk.filter((o) => o.k === '-');
    const adds = hunk.filter((o) => o.k === '+');
    const a0 = hunk[0]!.a;
    const b0 = hunk[0]!.b;
    if (dels.length && adds.length) out += `${range(a0, dels.length)}c${range(b0, adds.length)}\n`;
    else if (dels.length) out += `${range(a0, dels.length)}d${b0}\n`;
    else out += `${a0}a${range(b0, adds.length)}\n`;
    for (const d of dels) out += line(a, d.a, '<');
    if (dels.length && adds.length) out += '---\n';
    for (const x of adds) out += line(b, x.b, '>');
  }
  return out;
}

function unified(a: ReturnType<typeof split>, b: ReturnType<typeof split>, ops: Op[], ctxLines: number): string {
  let out = '';
  const changes = ops.map((o, i) => (o.k === '=' ? -1 : i)).filter((i) => i >= 0);
  let k = 0;
  while (k < changes.length) {
    let from = Math.max(0, changes[k]! - ctxLines);
    let to = Math.min(ops.length, changes[k]! + ctxLines + 1);
    while (k + 1 < changes.length && changes[k + 1]! - ctxLines <= to) {
      k++;
      to = Math.min(ops.length, changes[k]! + ctxLines + 1);
    }
    k++;
    const hunk = ops.slice(from, to);
    const aCount = hunk.filter((o) => o.k !== '+').length;
    const bCount = hunk.filter((o) => o.k !== '-').length;
    const aStart = hunk[0]!.a + (aCount ? 1 : 0);
    const bStart = hunk[0]!.b + (bCount ? 1 : 0);
    out += `@@ -${aCount === 1 ? aStart : `${aStart},${aCount}`} +${bCount === 1 ? bStart : `${bStart},${bCount}`} @@\n`;
    for (const o of hunk) {
      const side = o.k === '+' ? b : a;
      const idx = o.k === '+' ? o.b : o.a;
      out += `${o.k === '=' ? ' ' : o.k}${side.lines[idx]}\n`;
      if (side.noEol && idx === side.lines.length - 1) out += '\\ No newline at end of file\n';
    }
    from = to;
  }
  return out;
}

export const diff: Command = {
  name: 'diff',
  run: (ctx: CommandContext) =>
    withUsage(ctx, 'diff', 2, () => {
      const p = getopt('diff', ctx.argv.slice(1), 'uU:qNsw', { unified: 'U::', brief: 'q', 'new-file': 'N', 'report-identical-files': 's' });
      if (p.operands.length < 2) throw new UsageError(p.operands.length ? `missing operand after '${p.operands[0]}'` : 'missing operand');
      if (p.operands.length > 2) throw new UsageError(`extra operand '${p.operands[2]}'`);
      const [fa, fb] = p.operands as [string, string];
      const readOrEmpty = (f: string) => (p.flags.has('N') && f !== '-' && !ctx.fs.exists(f) ? '' : readOperand(ctx, 'diff', f));
      const ta = readOrEmpty(fa);
      const tb = readOrEmpty(fb);
      if (ta === undefined || tb === undefined) return 2;
      if (ta === tb) {
        if (p.flags.has('s')) ctx.stdout(`Files ${fa} and ${fb} are identical\n`);
        return 0;
      }
      if (p.flags.has('q')) {
        ctx.stdout(`Files ${fa} and ${fb} differ\n`);
        return 1;
      }
      const a = split(ta);
      const b = split(tb);
      if (a.lines.length * b.lines.length > 25_000_000) {
        ctx.stderr('diff: memory exhausted\n');
        return 2;
      }
      const ops = editScript(a.lines, b.lines);
      // The last lines differ when only one of them lacks a newline.
      if (a.noEol !== b.noEol) {
        let lastA = -1;
        ops.forEach((o, i) => {
          if (o.k === '=' && o.a === a.lines.length - 1 && o.b === b.lines.length - 1) lastA = i;
        });
        if (lastA >= 0) ops.splice(lastA, 1, { k: '-', a: a.lines.length - 1, b: b.lines.length - 1 }, { k: '+', a: a.lines.length, b: b.lines.length - 1 });
      }
      const u = p.flags.get('U')?.[0] ?? (p.flags.has('u') ? '3' : undefined);
      if (u !== undefined) {
        const stamp = strftime('%Y-%m-%d %H:%M:%S.000000000 +0000', ctx.cluster.now);
        ctx.stdout(`--- ${fa}\t${stamp}\n+++ ${fb}\t${stamp}\n${unified(a, b, ops, Number(u || 3))}`);
      } else ctx.stdout(normal(a, b, ops));
      return 1;
    }),
};
