// `sed [-n] [-E] [-i] [-e SCRIPT]… [SCRIPT] [FILE…]`: addresses (N, $, /re/, ranges, !) and the
// commands s, p, d, q, =, a, i, c, y — enough for tutorials, with GNU sed's error wording.

import type { Command } from '../types.js';
import { flag, getopt, withUsage } from './common.js';
import { compile, RegexError } from './regex.js';
import { resolvePath } from '../../fs/types.js';

type Addr = { line: number } | { last: true } | { re: RegExp };
interface SedCmd {
  a1?: Addr;
  a2?: Addr;
  neg: boolean;
  name: string;
  re?: RegExp;
  rep?: string;
  global?: boolean;
  nth?: number;
  print?: boolean;
  text?: string;
  from?: string;
  to?: string;
  inRange?: boolean;
}

class SedError extends Error {}

function parseScript(script: string, ere: boolean, exprNo: number): SedCmd[] {
  const cmds: SedCmd[] = [];
  let i = 0;
  const err = (msg: string, at = i) => new SedError(`-e expression #${exprNo}, char ${at}: ${msg}`);
  const delimited = (delim: string): string => {
    let s = '';
    for (;;) {
      const c = script[i];
      if (c === undefined || c === '\n') throw err(`unterminated \`s' command`);
      i++;
      if (c === '\\' && script[i] !== undefined) {
        const n = script[i++]!;
        s += n === delim ? (delim === '/' ? '/' : '\\' + n) : n === 'n' ? '\n' : '\\' + n;
        continue;
      }
      if (c === delim) return s;
      s += c;
    }
  };
  const regex = (src: string, flags = ''): RegExp => {
    try {
      return compile(src, ere, flags);
    } catch (e) {
      if (e instanceof RegexError) throw err(e.message);
      throw e;
    }
  };
  const addr = (): Addr | undefined => {
    const m = /^\d+/.exec(script.slice(i));
    if (m) {
      i += m[0].length;
      return { line: Number(m[0]) };
    }
    if (script[i] === '$') {
      i++;
      return { last: true };
    }
    if (script[i] === '/' || script[i] === '\\') {
      const d = script[i] === '\\' ? script[++i]! : '/';
      i++;
      const src = delimited(d);
      let flags = '';
      if (script[i] === 'I') {
        flags = 'i';
        i++;
      }
      return { re: regex(src, flags) };
    }
    return undefined;
  };
  while (i < script.length) {
    while (/[\s;]/.test(script[i] ?? '')) i++;
    if (i >= script.length) break;
    if (script[i] === '#') {
      while (i < script.length && script[i] !== '\n') i++;
      continue;
    }
    const cmd: SedCmd = { neg: false, name: '' };
    const a1 = addr();
    if (a1) cmd.a1 = a1;
    if (a1 && script[i] === ',') {
      i++;
      const a2 = addr();
      if (!a2) throw err('unexpected `,\'');
      cmd.a2 = a2;
    }
    while (script[i] === ' ') i++;
    if (script[i] === '!') {
      cmd.neg = true;
      i++;
      while (script[i] === ' ') i++;
    }
    const name = script[i++];
    if (name === undefined) throw err('missing command');
    cmd.name = name;
    switch (name) {
      case 's': {
        const d = script[i++];
        if (d === undefined || d === '\n' || d === '\\') throw err(`unterminated \`s' command`);
        const src = delimited(d);
        cmd.rep = delimited(d);
        let flags = '';
        for (;;) {
          const f = script[i];
          if (f === 'g') cmd.global = true;
          else if (f === 'p') cmd.print = true;
          else if (f === 'i' || f === 'I') flags += 'i';
          else if (f !== undefined && /\d/.test(f)) {
            const m = /^\d+/.exec(script.slice(i))!;
            cmd.nth = Number(m[0]);
            i += m[0].length - 1;
          } else if (f === undefined || /[\s;}]/.test(f)) break;
          else throw err(`unknown option to \`s'`, i + 1);
          i++;
        }
        cmd.re = regex(src || '(?:)', flags + 'g');
        break;
      }
      case 'y': {
        const d = script[i++]!;
        cmd.from = delimited(d);
        cmd.to = delimited(d);
        if ([...cmd.from].length !== [...cmd.to].length) throw err("strings for `y' command are different lengths");
        break;
      }
      case 'a':
      case 'i':
      case 'c': {
        if (script[i] === '\\') i++;
        if (script[i] === '\n') i++;
        while (script[i] === ' ') i++;
        const end = script.indexOf('\n', i);
        cmd.text = script.slice(i, end < 0 ? undefined : end).replace(/\\(.)/g, '$1');
        i = end < 0 ? script.length : end;
        break;
      }
      case 'p':
      case 'd':
      case 'q':
      case 'Q':
      case '=':
      case 'n':
      case 'N':
      case 'h':
      case 'H':
      case 'g':
      case 'G':
      case 'x':
        break;
      case '{':
      case '}':
        throw err(`unknown command: \`${name}'`, i);
      default:
        throw err(`unknown command: \`${name}'`, i);
    }
    cmds.push(cmd);
  }
  return cmds;
}

function substitute(line: string, c: SedCmd): { out: string; did: boolean } {
  let n = 0;
  let did = false;
  const out = line.replace(c.re!, (...m) => {
    const groups = m.slice(0, m.findIndex((x) => typeof x === 'number')) as (string | undefined)[];
    n++;
    if (c.nth ? n !== c.nth && !(c.global && n > c.nth) : !c.global && n > 1) return m[0] as string;
    did = true;
    return c.rep!.replace(/\\(\d)|\\n|\\(.)|&/g, (t, d: string | undefined, other: string | undefined) => {
      if (t === '&') return m[0] as string;
      if (d !== undefined) return groups[Number(d)] ?? '';
      if (t === '\\n') return '\n';
      return other ?? '';
    });
  });
  return { out, did };
}

export const sed: Command = {
  name: 'sed',
  run: (ctx) =>
    withUsage(ctx, 'sed', 1, () => {
      const p = getopt('sed', ctx.argv.slice(1), 'nEre:i::s', { quiet: 'n', silent: 'n', 'regexp-extended': 'E', expression: 'e', 'in-place': 'i', separate: 's' });
      const ops = [...p.operands];
      const scripts = p.flags.get('e') ?? [];
      if (!scripts.length) {
        if (!ops.length) {
          ctx.stderr('Usage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...\n\n');
          return 1;
        }
        scripts.push(ops.shift()!);
      }
      let cmds: SedCmd[];
      try {
        cmds = scripts.flatMap((s, k) => parseScript(s, flag(p, 'E') || flag(p, 'r'), k + 1));
      } catch (e) {
        if (e instanceof SedError) {
          ctx.stderr(`sed: ${e.message}\n`);
          return 1;
        }
        throw e;
      }
      const quiet = flag(p, 'n');
      const inPlace = p.flags.has('i');
      const inputs = ops.length ? ops : ['-'];
      let status = 0;
      const process = (text: string, state: { lineNo: number; hold: string }, isLastInput: boolean): { out: string; quit: boolean } => {
        const ls = text.split('\n');
        const trailing = ls[ls.length - 1] === '';
        if (trailing) ls.pop();
        let out = '';
        for (let li = 0; li < ls.length; li++) {
          let ps = ls[li]!;
          state.lineNo++;
          const isLast = () => li === ls.length - 1 && isLastInput;
          const match = (a: Addr) => ('line' in a ? a.line === state.lineNo : 'last' in a ? isLast() : (a.re.lastIndex = 0, a.re.test(ps)));
          let deleted = false;
          let quit = false;
          const append: string[] = [];
          for (const c of cmds) {
            let sel: boolean;
            if (!c.a1) sel = true;
            else if (!c.a2) sel = match(c.a1);
            else if (c.inRange) {
              sel = true;
              if ('line' in c.a2 ? state.lineNo >= c.a2.line : match(c.a2)) c.inRange = false;
            } else {
              sel = match(c.a1);
              if (sel) c.inRange = !('line' in c.a2 && c.a2.line <= state.lineNo);
            }
            if (sel === c.neg) continue;
            if (c.name === 's') {
              const r = substitute(ps, c);
              ps = r.out;
              if (r.did && c.print) out += ps + '\n';
            } else if (c.name === 'y') {
              const from = [...c.from!];
              const to = [...c.to!];
              ps = [...ps].map((ch) => (from.includes(ch) ? to[from.indexOf(ch)]! : ch)).join('');
            } else if (c.name === 'p') out += ps + '\n';
            else if (c.name === '=') out += state.lineNo + '\n';
            else if (c.name === 'a') append.push(c.text!);
            else if (c.name === 'i') out += c.text + '\n';
            else if (c.name === 'c') {
              if (!c.a2 || !c.inRange) out += c.text + '\n';
              deleted = true;
              break;
            } else if (c.name === 'd') {
              deleted = true;
              break;
            } else if (c.name === 'h') state.hold = ps;
            else if (c.name === 'H') state.hold += '\n' + ps;
            else if (c.name === 'g') ps = state.hold;
            else if (c.name === 'G') ps += '\n' + state.hold;
            else if (c.name === 'x') [ps, state.hold] = [state.hold, ps];
            else if (c.name === 'n' || c.name === 'N') {
              // At the end of input, GNU sed ends the script (still auto-printing for N).
              if (li + 1 >= ls.length) {
                if (c.name === 'n') {
                  if (!quiet) out += ps + '\n';
                  deleted = true;
                }
                quit = true;
                break;
              }
              if (c.name === 'n') {
                if (!quiet) out += ps + '\n';
                ps = ls[++li]!;
              } else ps += '\n' + ls[++li]!;
              state.lineNo++;
            } else if (c.name === 'q' || c.name === 'Q') {
              quit = true;
              if (c.name === 'Q') deleted = true;
              break;
            }
          }
          if (!deleted && !quiet) out += ps + (li < ls.length - 1 || trailing ? '\n' : '');
          for (const a of append) out += a + '\n';
          if (quit) return { out, quit: true };
        }
        return { out, quit: false };
      };
      const state = { lineNo: 0, hold: '' };
      for (let k = 0; k < inputs.length; k++) {
        const f = inputs[k]!;
        const abs = resolvePath(ctx.cwd, f);
        const text = f === '-' ? ctx.stdin : ctx.fs.isDir(abs) ? undefined : ctx.fs.read(abs);
        if (text === undefined) {
          ctx.stderr(ctx.fs.isDir(abs) ? `sed: couldn't edit ${f}: not a regular file\n` : `sed: can't read ${f}: No such file or directory\n`);
          status = 2;
          continue;
        }
        if (inPlace && f !== '-') {
          const r = process(text, { lineNo: 0, hold: '' }, true);
          ctx.fs.write(abs, r.out);
          continue;
        }
        const r = process(text, state, k === inputs.length - 1);
        ctx.stdout(r.out);
        if (r.quit) break;
      }
      return status;
    }),
};
