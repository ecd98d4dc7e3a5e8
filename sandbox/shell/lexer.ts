// Reads shell words character by character: quotes, backslashes, `$…` expansions, backticks.
// The grammar (operators, reserved words, compound commands) lives in parser.ts.

import type { Part, Script, Word } from './ast.js';

/** A syntax error; `incomplete` when more input could complete it (the `> ` continuation prompt). */
export class ParseError extends Error {
  constructor(
    message: string,
    readonly incomplete: boolean,
  ) {
    super(message);
  }
}

export const nearToken = (tok: string) => new ParseError(`syntax error near unexpected token \`${tok}'`, false);
export const unexpectedEof = () => new ParseError('syntax error: unexpected end of file', true);
export const unmatched = (ch: string) => new ParseError(`unexpected EOF while looking for matching \`${ch}'`, true);

/** Parses a nested script: `$( … )` from `pos` up to its `)`, or a whole string (backticks). */
export interface SubParser {
  parens(src: string, pos: number): { script: Script; end: number };
  whole(src: string): Script;
}

const SPECIAL_PARAMS = '?$#@*!-0';
const NAME_START = /[A-Za-z_]/;
const NAME_CHAR = /[A-Za-z0-9_]/;

export function isMeta(c: string | undefined): boolean {
  return c === undefined || c === ' ' || c === '\t' || c === '\n' || c === '|' || c === '&' || c === ';' || c === '(' || c === ')' || c === '<' || c === '>';
}

export class Lexer {
  constructor(
    readonly src: string,
    public pos: number,
    private readonly sub: SubParser,
  ) {}

  private parts: Part[] = [];

  private lit(v: string, q: boolean): void {
    const last = this.parts[this.parts.length - 1];
    if (last && last.t === 'lit' && last.q === q) last.v += v;
    else this.parts.push({ t: 'lit', v, q });
  }

  /** Reads an unquoted word up to a blank or metacharacter (or `stop`); undefined when empty. */
  readWord(stop: (c: string) => boolean = isMeta, inQuotes = false): Word | undefined {
    const saved = this.parts;
    this.parts = [];
    const start = this.pos;
    const src = this.src;
    const arr = inQuotes ? null : /^([A-Za-z_][A-Za-z0-9_]*)(\+?)=\(/.exec(src.slice(this.pos, this.pos + 200));
    if (arr) {
      // `name=(a b c)`: an array literal, one word.
      this.pos += arr[0].length;
      const items: Word[] = [];
      for (;;) {
        while (this.pos < src.length && /[ \t\n]/.test(src[this.pos]!)) this.pos++;
        if (this.pos >= src.length) throw unmatched(')');
        if (src[this.pos] === ')') break;
        const w = this.readWord();
        if (!w) throw nearToken(src[this.pos]!);
        items.push(w);
      }
      this.pos++;
      this.parts = saved;
      return { parts: [{ t: 'array', name: arr[1]!, append: arr[2] === '+', items }], raw: src.slice(start, this.pos) };
    }
    if (src[this.pos] === '~' && !inQuotes) {
      let j = this.pos + 1;
      while (j < src.length && /[A-Za-z0-9_.-]/.test(src[j]!)) j++;
      if (j >= src.length || src[j] === '/' || stop(src[j]!)) {
        this.parts.push({ t: 'tilde', user: src.slice(this.pos + 1, j) });
        this.pos = j;
      }
    }
    while (this.pos < src.length) {
      const c = src[this.pos]!;
      if ((c === '<' || c === '>') && src[this.pos + 1] === '(' && !inQuotes) {
        // Process substitution `<(cmd)`: a word of its own, replaced by a /dev/fd path.
        const { script, end } = this.sub.parens(src, this.pos + 2);
        this.parts.push({ t: 'procsub', body: script, dir: c });
        this.pos = end;
        continue;
      }
      if (c === "'" && !inQuotes) {
        const end = src.indexOf("'", this.pos + 1);
        if (end < 0) throw unmatched("'");
        this.lit(src.slice(this.pos + 1, end), true);
        this.pos = end + 1;
      } else if (c === '"' && !inQuotes) {
        this.pos++;
        this.readDouble();
      } else if (c === '\\') {
        const n = src[this.pos + 1];
        if (n === undefined) {
          this.lit('\\', inQuotes);
          this.pos++;
        } else if (n === '\n') this.pos += 2;
        else {
          this.lit(n, true);
          this.pos += 2;
        }
      } else if (c === '$') this.readDollar(inQuotes);
      else if (c === '`') this.readBacktick(inQuotes);
      else if (stop(c)) break;
      else {
        this.lit(c, inQuotes);
        this.pos++;
      }
    }
    const parts = this.parts;
    this.parts = saved;
    if (this.pos === start) return undefined;
    return { parts, raw: src.slice(start, this.pos) };
  }

  /** After an opening `"`: reads up to the closing one. */
  private readDouble(): void {
    const src = this.src;
    this.lit('', true);
    for (;;) {
      const c = src[this.pos];
      if (c === undefined) throw unmatched('"');
      if (c === '"') {
        this.pos++;
        return;
      }
      if (c === '\\') {
        const n = src[this.pos + 1];
        if (n === undefined) throw unmatched('"');
        if (n === '\n') this.pos += 2;
        else if ('$`"\\'.includes(n)) {
          this.lit(n, true);
          this.pos += 2;
        } else {
          this.lit('\\', true);
          this.pos++;
        }
      } else if (c === '$') this.readDollar(true);
      else if (c === '`') this.readBacktick(true);
      else {
        this.lit(c, true);
        this.pos++;
      }
    }
  }

  /** Text between `((` and the matching `))`, starting just after `((`. */
  readArithRaw(from: number): { raw: string; end: number } {
    const src = this.src;
    let depth = 0;
    for (let j = from; j < src.length; j++) {
      const c = src[j];
      if (c === '(') depth++;
      else if (c === ')') {
        if (depth === 0) {
          if (src[j + 1] === ')') return { raw: src.slice(from, j), end: j + 2 };
          if (j + 1 >= src.length) break;
          throw nearToken(')');
        }
        depth--;
      }
    }
    throw unexpectedEof();
  }

  /** Expands `$…` and backticks in text where quotes are ordinary characters (arithmetic, here-documents). */
  static quotedText(text: string, sub: SubParser, heredoc: boolean): Word {
    const lx = new Lexer(text, 0, sub);
    lx.parts = [];
    lx.lit('', true);
    while (lx.pos < text.length) {
      const c = text[lx.pos]!;
      const n = text[lx.pos + 1];
      if (c === '\\' && n !== undefined && (n === '$' || n === '`' || n === '\\' || n === '\n' || (!heredoc && n === '"'))) {
        if (n !== '\n') lx.lit(n, true);
        lx.pos += 2;
      } else if (c === '$') lx.readDollar(true);
      else if (c === '`') lx.readBacktick(true);
      else {
        lx.lit(c, true);
        lx.pos++;
      }
    }
    return { parts: lx.parts, raw: text };
  }

  private readDollar(q: boolean): void {
    const src = this.src;
    const n = src[this.pos + 1];
    if (n === '(' && src[this.pos + 2] === '(') {
      const { raw, end } = this.readArithRaw(this.pos + 3);
      this.parts.push({ t: 'arith', expr: Lexer.quotedText(raw, this.sub, false), q });
      this.pos = end;
    } else if (n === '(') {
      const { script, end } = this.sub.parens(src, this.pos + 2);
      this.parts.push({ t: 'cmd', body: script, q });
      this.pos = end;
    } else if (n === '{') this.readBrace(q);
    else if (n === "'" && !q) this.readAnsiC();
    else if (n !== undefined && NAME_START.test(n)) {
      let j = this.pos + 2;
      while (j < src.length && NAME_CHAR.test(src[j]!)) j++;
      this.parts.push({ t: 'param', name: src.slice(this.pos + 1, j), q });
      this.pos = j;
    } else if (n !== undefined && (/[0-9]/.test(n) || SPECIAL_PARAMS.includes(n))) {
      this.parts.push({ t: 'param', name: n, q });
      this.pos += 2;
    } else {
      this.lit('$', q);
      this.pos++;
    }
  }

  /** `${name}`, `${#name}`, `${name:-word}` and the other operators. */
  private readBrace(q: boolean): void {
    const src = this.src;
    const start = this.pos;
    let j = this.pos + 2;
    let len = false;
    if (src[j] === '#' && src[j + 1] !== '}') {
      len = true;
      j++;
    }
    let name = '';
    if (src[j] !== undefined && NAME_START.test(src[j]!)) {
      const s = j;
      while (j < src.length && NAME_CHAR.test(src[j]!)) j++;
      name = src.slice(s, j);
    } else if (src[j] !== undefined && /[0-9]/.test(src[j]!)) {
      const s = j;
      while (j < src.length && /[0-9]/.test(src[j]!)) j++;
      name = src.slice(s, j);
    } else if (src[j] !== undefined && SPECIAL_PARAMS.includes(src[j]!)) name = src[j++]!;
    let index: Word | undefined;
    if (name && NAME_START.test(name) && src[j] === '[') {
      let close = -1;
      for (let k = j + 1, depth = 0; k < src.length; k++) {
        const ch = src[k];
        if (ch === '[' || ch === '{' || ch === '(') depth++;
        else if ((ch === '}' || ch === ')') && depth > 0) depth--;
        else if (ch === ']') {
          if (depth === 0) {
            close = k;
            break;
          }
          depth--;
        }
      }
      if (close < 0) throw unmatched('}');
      index = Lexer.quotedText(src.slice(j + 1, close), this.sub, false);
      j = close + 1;
    }
    const ops = [':-', ':=', ':+', ':?', '##', '%%', '//', '-', '=', '+', '?', '#', '%', '/', ':'];
    const op = len ? undefined : ops.find((o) => src.startsWith(o, j));
    if (!name || (!op && src[j] !== '}')) {
      const close = src.indexOf('}', j);
      if (close < 0) throw unmatched('}');
      this.parts.push({ t: 'param', name: src.slice(start, close + 1), op: 'bad', q });
      this.pos = close + 1;
      return;
    }
    if (!op) {
      this.parts.push(index ? { t: 'param', name, len, q, index } : { t: 'param', name, len, q });
      this.pos = j + 1;
      return;
    }
    this.pos = j + op.length;
    const readArg = (stop: (c: string) => boolean): Word => {
      const saved = this.parts;
      const w = this.readWord(stop, q) ?? { parts: [], raw: '' };
      this.parts = saved;
      if (this.pos >= src.length) throw unmatched('}');
      return w;
    };
    const part: Part = index ? { t: 'param', name, op, q, index } : { t: 'param', name, op, q };
    if (op === '/' || op === '//') {
      part.arg = readArg((c) => c === '/' || c === '}');
      if (src[this.pos] === '/') {
        this.pos++;
        part.arg2 = readArg((c) => c === '}');
      }
    } else if (op === ':') {
      part.arg = readArg((c) => c === ':' || c === '}');
      if (src[this.pos] === ':') {
        this.pos++;
        part.arg2 = readArg((c) => c === '}');
      }
    } else part.arg = readArg((c) => c === '}');
    this.pos++; // the closing brace
    this.parts.push(part);
  }

  /** `$'…'`: ANSI-C quoting. */
  private readAnsiC(): void {
    const src = this.src;
    let j = this.pos + 2;
    let out = '';
    const esc: Record<string, string> = { n: '\n', t: '\t', r: '\r', a: '\x07', b: '\b', e: '\x1b', E: '\x1b', f: '\f', v: '\v', '\\': '\\', "'": "'", '"': '"', '?': '?' };
    for (;;) {
      const c = src[j];
      if (c === undefined) throw unmatched("'");
      if (c === "'") break;
      if (c === '\\' && src[j + 1] !== undefined) {
        const n = src[j + 1]!;
        if (esc[n] !== undefined) {
          out += esc[n];
          j += 2;
        } else if (n === 'x') {
          const m = /^[0-9a-fA-F]{1,2}/.exec(src.slice(j + 2));
          out += m ? String.fromCharCode(parseInt(m[0], 16)) : '\\x';
          j += 2 + (m ? m[0].length : 0);
        } else if (/[0-7]/.test(n)) {
          const m = /^[0-7]{1,3}/.exec(src.slice(j + 1))!;
          out += String.fromCharCode(parseInt(m[0], 8));
          j += 1 + m[0].length;
        } else {
          out += '\\' + n;
          j += 2;
        }
      } else {
        out += c;
        j++;
      }
    }
    this.lit(out, true);
    this.pos = j + 1;
  }

  private readBacktick(q: boolean): void {
    const src = this.src;
    let j = this.pos + 1;
    let inner = '';
    for (;;) {
      const c = src[j];
      if (c === undefined) throw unmatched('`');
      if (c === '`') break;
      if (c === '\\' && (src[j + 1] === '`' || src[j + 1] === '$' || src[j + 1] === '\\')) {
        inner += src[j + 1];
        j += 2;
      } else {
        inner += c;
        j++;
      }
    }
    this.parts.push({ t: 'cmd', body: this.sub.whole(inner), q });
    this.pos = j + 1;
  }
}
