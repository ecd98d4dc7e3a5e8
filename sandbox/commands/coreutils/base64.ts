// `base64 [-d] [-w COLS] [FILE]` (RFC 4648, GNU's 76-column wrapping).

import type { Command } from '../types.js';
import { flag, getopt, q, readOperand, UsageError, value, withUsage } from './common.js';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function encode(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += ALPHABET[(n >> 18) & 63]! + ALPHABET[(n >> 12) & 63]!;
    out += i + 1 < bytes.length ? ALPHABET[(n >> 6) & 63]! : '=';
    out += i + 2 < bytes.length ? ALPHABET[n & 63]! : '=';
  }
  return out;
}

/** Decodes; returns the bytes decoded before any invalid input, and whether input was valid. */
export function decode(text: string, ignoreGarbage: boolean): { bytes: Uint8Array; ok: boolean } {
  const out: number[] = [];
  let buf = 0;
  let bits = 0;
  let ok = true;
  let pad = 0;
  for (const c of text) {
    if (c === '\n' || c === '\r') continue;
    if (c === '=') {
      pad++;
      continue;
    }
    const v = ALPHABET.indexOf(c);
    if (v < 0 || pad) {
      if (ignoreGarbage) continue;
      ok = false;
      break;
    }
    buf = (buf << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push((buf >> bits) & 255);
    }
  }
  if (ok && bits >= 6) ok = false;
  return { bytes: new Uint8Array(out), ok };
}

export const base64: Command = {
  name: 'base64',
  run: (ctx) =>
    withUsage(ctx, 'base64', 1, () => {
      const p = getopt('base64', ctx.argv.slice(1), 'dw:i', { decode: 'd', wrap: 'w', 'ignore-garbage': 'i' });
      if (p.operands.length > 1) throw new UsageError(`extra operand ${q(p.operands[1]!)}`);
      const text = readOperand(ctx, 'base64', p.operands[0] ?? '-');
      if (text === undefined) return 1;
      if (flag(p, 'd')) {
        const { bytes, ok } = decode(text, flag(p, 'i'));
        ctx.stdout(new TextDecoder().decode(bytes));
        if (!ok) {
          ctx.stderr('base64: invalid input\n');
          return 1;
        }
        return 0;
      }
      const w = value(p, 'w') ?? '76';
      if (!/^\d+$/.test(w)) throw new UsageError(`invalid wrap size: ${q(w)}`);
      const enc = encode(new TextEncoder().encode(text));
      const width = Number(w);
      const wrapped = width ? (enc.match(new RegExp(`.{1,${width}}`, 'g')) ?? []).join('\n') : enc;
      ctx.stdout(wrapped + (wrapped && width ? '\n' : ''));
      return 0;
    }),
};
