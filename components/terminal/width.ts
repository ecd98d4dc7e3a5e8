// Terminal cell widths: wcwidth-style widths of code points and strings, and cluster-safe stepping.

/** East Asian Wide and Fullwidth ranges, plus emoji presentation blocks, as xterm.js draws them 2 cells wide. */
const WIDE: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f],
  [0x231a, 0x231b],
  [0x2329, 0x232a],
  [0x23e9, 0x23ec],
  [0x23f0, 0x23f0],
  [0x23f3, 0x23f3],
  [0x25fd, 0x25fe],
  [0x2614, 0x2615],
  [0x2648, 0x2653],
  [0x267f, 0x267f],
  [0x2693, 0x2693],
  [0x26a1, 0x26a1],
  [0x26aa, 0x26ab],
  [0x26bd, 0x26be],
  [0x26c4, 0x26c5],
  [0x26ce, 0x26ce],
  [0x26d4, 0x26d4],
  [0x26ea, 0x26ea],
  [0x26f2, 0x26f3],
  [0x26f5, 0x26f5],
  [0x26fa, 0x26fa],
  [0x26fd, 0x26fd],
  [0x2705, 0x2705],
  [0x270a, 0x270b],
  [0x2728, 0x2728],
  [0x274c, 0x274c],
  [0x274e, 0x274e],
  [0x2753, 0x2755],
  [0x2757, 0x2757],
  [0x2795, 0x2797],
  [0x27b0, 0x27b0],
  [0x27bf, 0x27bf],
  [0x2b1b, 0x2b1c],
  [0x2b50, 0x2b50],
  [0x2b55, 0x2b55],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xa960, 0xa97f],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe10, 0xfe19],
  [0xfe30, 0xfe6f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x16fe0, 0x16fe4],
  [0x17000, 0x18cff],
  [0x1b000, 0x1b2ff],
  [0x1f004, 0x1f004],
  [0x1f0cf, 0x1f0cf],
  [0x1f18e, 0x1f18e],
  [0x1f191, 0x1f19a],
  [0x1f200, 0x1f251],
  [0x1f300, 0x1f64f],
  [0x1f680, 0x1f6ff],
  [0x1f7e0, 0x1f7eb],
  [0x1f90c, 0x1f9ff],
  [0x1fa70, 0x1faff],
  [0x20000, 0x2fffd],
  [0x30000, 0x3fffd],
];

/** Code points that take no cell: combining marks, joiners, variation selectors. */
const ZERO: readonly (readonly [number, number])[] = [
  [0x0300, 0x036f],
  [0x0483, 0x0489],
  [0x0591, 0x05bd],
  [0x0610, 0x061a],
  [0x064b, 0x065f],
  [0x0e31, 0x0e31],
  [0x0e34, 0x0e3a],
  [0x0e47, 0x0e4e],
  [0x1ab0, 0x1aff],
  [0x1dc0, 0x1dff],
  [0x200b, 0x200f],
  [0x20d0, 0x20ff],
  [0xfe00, 0xfe0f],
  [0xfe20, 0xfe2f],
  [0x1f3fb, 0x1f3ff],
  [0xe0100, 0xe01ef],
];

function inRanges(cp: number, ranges: readonly (readonly [number, number])[]): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [a, b] = ranges[mid]!;
    if (cp < a) hi = mid - 1;
    else if (cp > b) lo = mid + 1;
    else return true;
  }
  return false;
}

/** Cells one code point occupies: 0 for controls and combining marks, 2 for wide characters, else 1. */
export function codePointWidth(cp: number): 0 | 1 | 2 {
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return 0;
  if (cp < 0x300) return 1;
  if (inRanges(cp, ZERO)) return 0;
  return inRanges(cp, WIDE) ? 2 : 1;
}

/** Cells a string occupies once ANSI escape sequences are removed. */
export function stringWidth(s: string): number {
  let w = 0;
  for (const ch of stripAnsi(s)) w += codePointWidth(ch.codePointAt(0)!);
  return w;
}

// CSI … final byte, OSC … BEL/ST, and two-byte ESC sequences.
const ANSI = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]/g;

export function stripAnsi(s: string): string {
  return s.replace(ANSI, '');
}

function cpAt(s: string, i: number): number {
  return s.codePointAt(i)!;
}

function cpLen(cp: number): number {
  return cp > 0xffff ? 2 : 1;
}

const ZWJ = 0x200d;

/**
 * Index just after the character cluster starting at i: one code point plus any zero-width code points
 * after it, and ZWJ-joined followers, so the cursor never lands inside é (e + U+0301) or 👩‍💻.
 */
export function nextBoundary(s: string, i: number): number {
  if (i >= s.length) return s.length;
  let j = i + cpLen(cpAt(s, i));
  while (j < s.length) {
    const cp = cpAt(s, j);
    if (cp === ZWJ) {
      j += 1;
      if (j < s.length) j += cpLen(cpAt(s, j));
    } else if (codePointWidth(cp) === 0 && cp >= 0x300) {
      j += cpLen(cp);
    } else {
      break;
    }
  }
  return j;
}

/** Index of the start of the cluster that ends at i. */
export function prevBoundary(s: string, i: number): number {
  if (i <= 0) return 0;
  let start = 0;
  let k = 0;
  while (k < i) {
    start = k;
    k = nextBoundary(s, k);
  }
  return start;
}

/** The clusters of a string, in order. */
export function clusters(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; ) {
    const j = nextBoundary(s, i);
    out.push(s.slice(i, j));
    i = j;
  }
  return out;
}

/** Cells a cluster occupies: the widest of its code points (a base plus marks is the base's width). */
export function clusterWidth(c: string): number {
  let w = 0;
  for (const ch of c) w = Math.max(w, codePointWidth(ch.codePointAt(0)!));
  return w;
}
