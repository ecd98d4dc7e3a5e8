// `echo` with bash's -n, -e and -E.

import type { Builtin } from './index.js';

/** Backslash escapes as `echo -e` and `printf %b` interpret them; `stop` is set by `\c`. */
export function escapes(s: string): { text: string; stop: boolean } {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c !== '\\' || i === s.length - 1) {
      out += c;
      continue;
    }
    const n = s[++i]!;
    const map: Record<string, string> = { n: '\n', t: '\t', r: '\r', a: '\x07', b: '\b', f: '\f', v: '\v', e: '\x1b', E: '\x1b', '\\': '\\' };
    if (map[n] !== undefined) out += map[n];
    else if (n === 'c') return { text: out, stop: true };
    else if (n === '0') {
      const m = /^[0-7]{0,3}/.exec(s.slice(i + 1))![0];
      out += String.fromCharCode(parseInt(m || '0', 8));
      i += m.length;
    } else if (n === 'x') {
      const m = /^[0-9a-fA-F]{0,2}/.exec(s.slice(i + 1))![0];
      if (!m) out += '\\x';
      else {
        out += String.fromCharCode(parseInt(m, 16));
        i += m.length;
      }
    } else out += '\\' + n;
  }
  return { text: out, stop: false };
}

export const echo: Builtin = (sh, argv, io) => {
  let newline = true;
  // dash's echo interprets backslash escapes; bash's and busybox's do not without -e.
  let interpret = sh.flavour === 'dash';
  let i = 1;
  for (; i < argv.length; i++) {
    const a = argv[i]!;
    if (!/^-[neE]+$/.test(a)) break;
    for (const f of a.slice(1)) {
      if (f === 'n') newline = false;
      else if (f === 'e') interpret = true;
      else interpret = false;
    }
  }
  let text = argv.slice(i).join(' ');
  if (interpret) {
    const r = escapes(text);
    text = r.text;
    if (r.stop) newline = false;
  }
  io.out.write(text + (newline ? '\n' : ''));
  return 0;
};
