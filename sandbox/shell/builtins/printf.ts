// `printf FORMAT [ARGS…]`: bash's builtin (the format is reused until the arguments run out).

import type { Builtin } from './index.js';
import { escapes } from './echo.js';

function toNumber(s: string, onErr: (m: string) => void): number {
  const t = s.trim();
  if (t === '') return 0;
  if (/^['"]/.test(t)) return t.length > 1 ? t.codePointAt(1)! : 0;
  if (/^[+-]?0[xX][0-9a-fA-F]+$/.test(t)) return parseInt(t, 16);
  if (/^[+-]?0[0-7]+$/.test(t)) return parseInt(t, 8);
  if (/^[+-]?[0-9]+$/.test(t)) return Number(t);
  if (/^[+-]?([0-9]*\.[0-9]+|[0-9]+\.?)([eE][+-]?[0-9]+)?$/.test(t)) return Number(t);
  const lead = /^[+-]?[0-9]+/.exec(t);
  onErr(`${s}: invalid number`);
  return lead ? Number(lead[0]) : 0;
}

function pad(s: string, width: number, left: boolean, zero: boolean): string {
  width = Math.min(width, 1 << 20);
  if (s.length >= width) return s;
  if (left) return s.padEnd(width);
  if (zero) {
    const sign = /^[+-]/.test(s) ? s[0]! : '';
    return sign + s.slice(sign.length).padStart(width - sign.length, '0');
  }
  return s.padStart(width);
}

function shellQuote(s: string): string {
  if (s === '') return "''";
  return s.replace(/[^A-Za-z0-9_./:=@%+,-]/g, '\\$&');
}

/** Formats like printf(1); returns the text, whether `\c` stopped output, and errors. */
export function format(fmt: string, args: string[]): { text: string; errors: string[] } {
  const errors: string[] = [];
  let out = '';
  let ai = 0;
  const next = () => (ai < args.length ? args[ai++]! : undefined);
  for (let round = 0; round < 10000; round++) {
    const startAi = ai;
    let consumed = false;
    for (let i = 0; i < fmt.length; i++) {
      const c = fmt[i]!;
      if (c === '\\') {
        const m = /^\\([0-7]{1,3}|x[0-9a-fA-F]{1,2}|.)/s.exec(fmt.slice(i));
        const seq = m ? m[0] : '\\';
        if (/^\\[0-7]/.test(seq)) out += String.fromCharCode(parseInt(seq.slice(1), 8));
        else if (seq === '\\c') return { text: out, errors };
        else out += escapes(seq).text;
        i += seq.length - 1;
        continue;
      }
      if (c !== '%') {
        out += c;
        continue;
      }
      const m = /^%([-+ 0#]*)(\*|[0-9]+)?(?:\.(\*|[0-9]*))?([a-zA-Z%])/.exec(fmt.slice(i));
      if (!m) {
        errors.push(`\`${fmt.slice(i + 1, i + 2) || '%'}': missing format character`);
        return { text: out, errors };
      }
      i += m[0].length - 1;
      const [, flags = '', w, p, conv] = m;
      if (conv === '%') {
        out += '%';
        continue;
      }
      consumed = true;
      const width = w === '*' ? toNumber(next() ?? '0', (e) => errors.push(e)) : Number(w ?? 0);
      const precision = p === undefined ? undefined : p === '*' ? toNumber(next() ?? '0', (e) => errors.push(e)) : Number(p || 0);
      const left = flags.includes('-') || width < 0;
      const zero = flags.includes('0') && !left;
      const arg = next();
      const num = () => toNumber(arg ?? '0', (e) => errors.push(e));
      let s: string;
      switch (conv) {
        case 's':
          s = arg ?? '';
          if (precision !== undefined) s = s.slice(0, precision);
          out += pad(s, Math.abs(width), left, false);
          continue;
        case 'b':
          s = escapes(arg ?? '').text;
          out += pad(s, Math.abs(width), left, false);
          continue;
        case 'q':
          out += pad(shellQuote(arg ?? ''), Math.abs(width), left, false);
          continue;
        case 'c':
          out += pad((arg ?? '').slice(0, 1), Math.abs(width), left, false);
          continue;
        case 'd':
        case 'i':
        case 'u': {
          const n = Math.trunc(num());
          s = String(Math.abs(n));
          if (precision !== undefined) s = s.padStart(Math.min(precision, 1 << 20), '0');
          s = (n < 0 ? '-' : flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '') + s;
          break;
        }
        case 'x':
        case 'X':
        case 'o': {
          const n = Math.trunc(num());
          s = (n < 0 ? BigInt.asUintN(64, BigInt(n)) : BigInt(n)).toString(conv === 'o' ? 8 : 16);
          if (conv === 'X') s = s.toUpperCase();
          if (flags.includes('#') && n !== 0) s = (conv === 'o' ? '0' : conv === 'x' ? '0x' : '0X') + s;
          break;
        }
        case 'f':
        case 'F':
          s = num().toFixed(Math.min(precision ?? 6, 100));
          if (flags.includes('+') && !s.startsWith('-')) s = '+' + s;
          break;
        case 'e':
        case 'E':
          s = num()
            .toExponential(Math.min(precision ?? 6, 100))
            .replace(/e([+-])(\d)$/, 'e$10$2');
          if (conv === 'E') s = s.toUpperCase();
          break;
        case 'g':
        case 'G': {
          const n = num();
          s = String(Number(n.toPrecision(Math.min(precision || 6, 100))));
          break;
        }
        default:
          errors.push(`%${conv}: invalid format character`);
          return { text: out, errors };
      }
      out += pad(s, Math.abs(width), left, zero);
    }
    if (!consumed || ai >= args.length || ai === startAi) break;
  }
  return { text: out, errors };
}

export const printf: Builtin = (sh, argv, io) => {
  let args = argv.slice(1);
  let target: string | undefined;
  if (args[0] === '-v') {
    target = args[1];
    args = args.slice(2);
  }
  if (args[0] === '--') args = args.slice(1);
  if (!args.length) {
    io.err.write(`${sh.name}: printf: usage: printf [-v var] format [arguments]\n`);
    return 2;
  }
  const { text, errors } = format(args[0]!, args.slice(1));
  if (target) sh.vars.set(target, text);
  else io.out.write(text);
  for (const e of errors) io.err.write(`${sh.name}: printf: ${e}\n`);
  return errors.length ? 1 : 0;
};
