// `-o yaml` exactly as kubectl prints it: sigs.k8s.io/yaml (JSON → go-yaml v2), i.e. keys in
// go-yaml's "natural" order, block sequences not indented under their key, strings quoted only
// when they would read back as another type, literal `|` blocks for multi-line text, and plain
// or quoted scalars folded at column 80 as go-yaml's emitter does.

import { analyze, isBreak, isPrintable, resolvesAsNonString } from './yaml-scalar.js';

export { resolvesAsNonString } from './yaml-scalar.js';

const BEST_WIDTH = 80;

/** Serialises a JSON value as kubectl's YAML printer does (ends with a newline). */
export function toYaml(value: unknown): string {
  const out: string[] = [];
  const e = new Emitter(out);
  e.node(value, 0, 'top');
  return out.join('') + (e.column === 0 ? '' : '\n');
}

/** go-yaml v2's keyList.Less: letters compare by rune, digit runs compare as numbers. */
export function yamlKeyLess(a: string, b: string): boolean {
  const ar = [...a], br = [...b];
  const isLetter = (c: string) => /\p{L}/u.test(c);
  const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
  for (let i = 0; i < ar.length && i < br.length; i++) {
    if (ar[i] === br[i]) continue;
    const al = isLetter(ar[i]!), bl = isLetter(br[i]!);
    if (al && bl) return ar[i]! < br[i]!;
    if (al || bl) return bl;
    let an = 0, bn = 0;
    if (ar[i] === '0' || br[i] === '0') {
      for (let j = i - 1; j >= 0 && isDigit(ar[j]); j--) {
        if (ar[j] !== '0') {
          an = 1;
          bn = 1;
          break;
        }
      }
    }
    let ai = i, bi = i;
    for (; ai < ar.length && isDigit(ar[ai]); ai++) an = an * 10 + (ar[ai]!.charCodeAt(0) - 48);
    for (; bi < br.length && isDigit(br[bi]); bi++) bn = bn * 10 + (br[bi]!.charCodeAt(0) - 48);
    if (an !== bn) return an < bn;
    if (ai !== bi) return ai < bi;
    return ar[i]! < br[i]!;
  }
  return ar.length < br.length;
}

export function sortYamlKeys(keys: string[]): string[] {
  return [...keys].sort((a, b) => (yamlKeyLess(a, b) ? -1 : yamlKeyLess(b, a) ? 1 : 0));
}

const ESCAPES: Record<string, string> = {
  '\0': '0', '\x07': 'a', '\b': 'b', '\t': 't', '\n': 'n', '\v': 'v', '\f': 'f', '\r': 'r', '\x1b': 'e', '"': '"', '\\': '\\',
  '\u0085': 'N', '\u00a0': '_', '\u2028': 'L', '\u2029': 'P',
};

class Emitter {
  column = 0;
  constructor(private out: string[]) {}

  private write(s: string): void {
    this.out.push(s);
    const nl = s.lastIndexOf('\n');
    this.column = nl >= 0 ? [...s.slice(nl + 1)].length : this.column + [...s].length;
  }

  /** Emits a value; `ctx` says what precedes it on the current line. */
  node(v: unknown, indent: number, ctx: 'top' | 'value' | 'item'): void {
    if (Array.isArray(v)) {
      if (v.length === 0) return this.write(ctx === 'top' ? '[]' : ' []');
      // Sequences under a mapping key are "indentless": `- ` sits at the key's column.
      const seqIndent = ctx === 'value' ? indent - 2 : indent;
      v.forEach((item, i) => {
        if (i === 0 && ctx === 'item') this.write(' ');
        else this.newlineAt(seqIndent);
        this.write('-');
        this.node(item, seqIndent + 2, 'item');
      });
      return;
    }
    if (v !== null && typeof v === 'object') {
      const keys = sortYamlKeys(Object.keys(v).filter((k) => (v as any)[k] !== undefined));
      if (keys.length === 0) return this.write(ctx === 'top' ? '{}' : ' {}');
      keys.forEach((k, i) => {
        if (i === 0 && ctx === 'item') this.write(' ');
        else this.newlineAt(indent);
        this.key(k);
        this.write(':');
        this.node((v as any)[k], indent + 2, 'value');
      });
      return;
    }
    if (ctx !== 'top') this.write(' ');
    this.scalar(v, indent);
  }

  private newlineAt(n: number): void {
    if (this.out.length > 0) this.write('\n');
    this.write(' '.repeat(n));
  }


  private key(k: string): void {
    if (resolvesAsNonString(k)) return this.doubleQuoted(k, 0, false);
    const a = analyze(k);
    if (a.plain && !/[\n]/.test(k) && [...k].length <= 128) return this.write(k);
    if (a.single) return this.singleQuoted(k, 0, false);
    this.doubleQuoted(k, 0, false);
  }

  private scalar(v: unknown, indent: number): void {
    if (v === null || v === undefined) return this.write('null');
    if (typeof v === 'boolean') return this.write(String(v));
    if (typeof v === 'number') return this.write(formatNumber(v));
    const s = String(v);
    if (resolvesAsNonString(s)) return this.doubleQuoted(s, indent, true);
    const a = analyze(s);
    if (s.includes('\n')) {
      if (a.block) return this.literal(s, indent);
      return this.doubleQuoted(s, indent, true);
    }
    if (a.plain) return this.plain(s, indent);
    if (a.single) return this.singleQuoted(s, indent, true);
    this.doubleQuoted(s, indent, true);
  }

  private plain(s: string, indent: number): void {
    const ch = [...s];
    let spaces = false;
    let buf = '';
    for (let i = 0; i < ch.length; i++) {
      const c = ch[i]!;
      if (c === ' ') {
        if (!spaces && this.column + [...buf].length > BEST_WIDTH && ch[i + 1] !== ' ') {
          this.write(buf);
          buf = '';
          this.write('\n' + ' '.repeat(indent));
        } else buf += c;
        spaces = true;
      } else {
        buf += c;
        spaces = false;
      }
    }
    this.write(buf);
  }

  private singleQuoted(s: string, indent: number, breaks: boolean): void {
    const ch = [...s];
    let buf = "'";
    let spaces = false;
    for (let i = 0; i < ch.length; i++) {
      const c = ch[i]!;
      if (c === ' ') {
        if (breaks && !spaces && this.column + [...buf].length > BEST_WIDTH && i > 0 && i < ch.length - 1 && ch[i + 1] !== ' ') {
          this.write(buf);
          buf = '';
          this.write('\n' + ' '.repeat(indent));
        } else buf += c;
        spaces = true;
      } else {
        buf += c === "'" ? "''" : c;
        spaces = false;
      }
    }
    this.write(buf + "'");
  }

  private doubleQuoted(s: string, indent: number, breaks: boolean): void {
    const ch = [...s];
    let buf = '"';
    let spaces = false;
    for (let i = 0; i < ch.length; i++) {
      const c = ch[i]!;
      if (!isPrintable(c) || c === '"' || c === '\\' || c === '\u00a0' || c === '\u0085' || c === '\u2028' || c === '\u2029' || c === '\ufeff' || isBreak(c)) {
        const esc = ESCAPES[c];
        if (esc) buf += '\\' + esc;
        else {
          const n = c.codePointAt(0)!;
          buf += n <= 0xff ? '\\x' + hex(n, 2) : n <= 0xffff ? '\\u' + hex(n, 4) : '\\U' + hex(n, 8);
        }
        spaces = false;
      } else if (c === ' ') {
        if (breaks && !spaces && this.column + [...buf].length > BEST_WIDTH && i !== 0 && i !== ch.length - 1) {
          this.write(buf);
          buf = '';
          this.write('\n' + ' '.repeat(indent));
          if (ch[i + 1] === ' ') buf += '\\';
        } else buf += c;
        spaces = true;
      } else {
        buf += c;
        spaces = false;
      }
    }
    this.write(buf + '"');
  }

  private literal(s: string, indent: number): void {
    let hints = '|';
    if (s[0] === ' ' || isBreak(s[0])) hints += '2';
    if (!isBreak(s[s.length - 1])) hints += '-';
    else if (s.length === 1 || isBreak(s[s.length - 2])) hints += '+';
    this.write(hints);
    const body = s.endsWith('\n') ? s.slice(0, -1) : s;
    for (const line of body.split('\n')) {
      this.write('\n');
      if (line !== '') this.write(' '.repeat(indent) + line);
    }
  }
}

function hex(n: number, w: number): string {
  return n.toString(16).toUpperCase().padStart(w, '0');
}

/** Numbers as go-yaml prints Go ints and float64s. */
export function formatNumber(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return String(n);
  if (!Number.isFinite(n)) return Number.isNaN(n) ? '.nan' : n > 0 ? '+.inf' : '-.inf';
  // strconv.FormatFloat(f, 'g', -1, 64): exponent form below 1e-4 or at/above 1e21.
  const abs = Math.abs(n);
  if (abs < 1e-4 || abs >= 1e21) {
    const [m, e] = n.toExponential().split('e');
    const exp = Number(e);
    return `${m}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  return String(n);
}
