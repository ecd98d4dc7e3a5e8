// A unified diff as GNU `diff -u -N` prints it (what `kubectl diff` shows): LCS over lines,
// three lines of context, hunks joined when their contexts touch, `@@ -a,b +c,d @@` headers.

type Op = { t: ' ' | '-' | '+'; line: string };

/**
 * Line-level edit script. Like GNU diff, the common head and tail are matched first; the
 * middle is an LCS that takes matches as early as possible, deletions before insertions.
 */
function editScript(a: string[], b: string[]): Op[] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const ma = a.slice(head, a.length - tail);
  const mb = b.slice(head, b.length - tail);
  const n = ma.length;
  const m = mb.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) lcs[i]![j] = ma[i] === mb[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const ops: Op[] = a.slice(0, head).map((line) => ({ t: ' ', line }));
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && ma[i] === mb[j]) {
      ops.push({ t: ' ', line: ma[i]! });
      i++;
      j++;
    } else if (i < n && (j === m || lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) ops.push({ t: '-', line: ma[i++]! });
    else ops.push({ t: '+', line: mb[j++]! });
  }
  for (const line of a.slice(a.length - tail)) ops.push({ t: ' ', line });
  return slideDown(ops);
}

/**
 * GNU diff's shift_boundaries: a run of inserted (or deleted) lines that could sit at several
 * places among equal lines is put as low as it can go, unless a higher place lets it touch a
 * change in the other direction, which GNU prefers (so a change reads as `-old` then `+new`).
 */
function slideDown(ops: Op[]): Op[] {
  // Sliding a run over equal lines changes which lines are marked, never the text order.
  const text = ops.map((o) => o.line);
  for (let start = 0; start < ops.length; start++) {
    const t = ops[start]!.t;
    if (t === ' ') continue;
    let end = start;
    while (end + 1 < ops.length && ops[end + 1]!.t === t) end++;
    const len = end - start + 1;
    let lo = start;
    while (lo > 0 && ops[lo - 1]!.t === ' ' && text[lo - 1] === text[lo - 1 + len]) lo--;
    let hi = lo;
    while (hi + len < ops.length && (ops[hi + len]!.t === ' ' || (hi + len >= start && hi + len <= end)) && text[hi] === text[hi + len]) hi++;
    const touches = (p: number) => {
      const before = ops[p - 1];
      const after = ops[p + len];
      return (!!before && before.t !== ' ' && before.t !== t) || (!!after && after.t !== ' ' && after.t !== t);
    };
    let chosen = hi;
    for (let p = hi; p >= lo; p--)
      if (touches(p)) {
        chosen = p;
        break;
      }
    for (let x = lo; x < hi + len; x++) ops[x] = { t: x >= chosen && x < chosen + len ? t : ' ', line: text[x]! };
    start = Math.max(end, chosen + len - 1);
  }
  return ops;
}

function range(start: number, count: number): string {
  if (count === 0) return `${Math.max(0, start - 1)},0`;
  return count === 1 ? `${start}` : `${start},${count}`;
}

/** The hunks (without file headers) turning `a` into `b`; empty when they are equal. */
export function unifiedHunks(aText: string, bText: string, context = 3): string {
  const split = (t: string) => (t === '' ? [] : t.replace(/\n$/, '').split('\n'));
  const ops = editScript(split(aText), split(bText));
  const changed = ops.map((o, idx) => (o.t !== ' ' ? idx : -1)).filter((x) => x >= 0);
  if (!changed.length) return '';
  // Changes whose context windows touch share one hunk (at most 2×context equal lines apart).
  const groups: [number, number][] = [];
  for (const c of changed) {
    const last = groups[groups.length - 1];
    if (last && c - last[1] - 1 <= 2 * context) last[1] = c;
    else groups.push([c, c]);
  }
  let out = '';
  for (const [first, lastChange] of groups) {
    const from = Math.max(0, first - context);
    const to = Math.min(ops.length - 1, lastChange + context);
    let aStart = 1;
    let bStart = 1;
    for (let x = 0; x < from; x++) {
      if (ops[x]!.t !== '+') aStart++;
      if (ops[x]!.t !== '-') bStart++;
    }
    const slice = ops.slice(from, to + 1);
    const aCount = slice.filter((o) => o.t !== '+').length;
    const bCount = slice.filter((o) => o.t !== '-').length;
    out += `@@ -${range(aStart, aCount)} +${range(bStart, bCount)} @@\n`;
    for (const o of slice) out += `${o.t}${o.line}\n`;
  }
  return out;
}
