// `-o yaml` exactly as kubectl prints it: sigs.k8s.io/yaml (JSON → go-yaml v2), i.e. keys in
// go-yaml's "natural" order, block sequences not indented under their key, strings quoted only
// when they would read back as another type, literal `|` blocks for multi-line text, and plain
// or quoted scalars folded at column 80 as go-yaml's emitter does.

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

const BOOL_NULL = new Set(
  'y Y yes Yes YES n N no No NO true True TRUE false False FALSE on On ON off Off OFF null Null NULL ~ .nan .NaN .NAN .inf .Inf .INF +.inf +.Inf +.INF -.inf -.Inf -.INF <<'.split(' '),
);

/** Whether go-yaml v2 would read the plain scalar back as something other than a string. */
export function resolvesAsNonString(s: string): boolean {
  if (s === '' || BOOL_NULL.has(s)) return true;
  const c = s[0]!;
  if (!(c === '+' || c === '-' || c === '.' || (c >= '0' && c <= '9'))) return false;
  const plain = s.replace(/_/g, '');
  // strconv.ParseInt(plain, 0, 64) and ParseUint; then the YAML 1.1 binary form.
  if (/^[-+]?(0[xX][0-9a-fA-F]+|0[oO]?[0-7]*|0[bB][01]+|[1-9][0-9]*)$/.test(plain)) return true;
  // strconv.ParseFloat (decimal and hex floats, inf/nan spellings).
  if (/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(plain)) return true;
  if (/^[-+]?0[xX]([0-9a-fA-F]+\.?[0-9a-fA-F]*|\.[0-9a-fA-F]+)[pP][-+]?\d+$/.test(plain)) return true;
  if (/^[-+]?(inf|infinity|nan)$/i.test(plain)) return true;
  // Timestamps (go-yaml v2 parseTimestamp formats), only when the first character is a digit.
  if (c >= '0' && c <= '9' && /^\d{4}-\d{1,2}-\d{1,2}(([Tt]| )\d{1,2}:\d{1,2}:\d{1,2}(\.\d+)?(Z|[-+]\d{2}:\d{2})?)?$/.test(s)) {
    const t = s.match(/^\d{4}-\d{1,2}-\d{1,2}(.*)$/)![1]!;
    // "2006-1-2 15:4:5.999999999" has no zone; the T forms need one.
    if (t === '' || t[0] === ' ' ? !/(Z|[-+]\d{2}:\d{2})$/.test(t) : /(Z|[-+]\d{2}:\d{2})$/.test(t)) return true;
  }
  // Base-60 floats (`1:20`) are quoted too.
  if (/^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/.test(s)) return true;
  return false;
}

const isBreak = (c: string | undefined) => c === '\n' || c === '\r' || c === '\u0085' || c === '\u2028' || c === '\u2029';
const isBlankz = (c: string | undefined) => c === undefined || c === ' ' || c === '\t' || isBreak(c);

function isPrintable(c: string): boolean {
  const n = c.codePointAt(0)!;
  return (
    n === 0x0a ||
    (n >= 0x20 && n <= 0x7e) ||
    n === 0x85 ||
    (n >= 0xa0 && n <= 0xd7ff) ||
    (n >= 0xe000 && n <= 0xfffd && n !== 0xfeff) ||
    (n >= 0x10000 && n <= 0x10ffff)
  );
}

interface Analysis {
  plain: boolean;
  single: boolean;
  block: boolean;
}

/** yaml_emitter_analyze_scalar, block context. */
function analyze(s: string): Analysis {
  const ch = [...s];
  if (s.startsWith('---') || s.startsWith('...')) return { plain: false, single: true, block: true };
  let blockInd = false, lineBreaks = false, special = false;
  let leadingSpace = false, leadingBreak = false, trailingSpace = false, trailingBreak = false;
  let breakSpace = false, spaceBreak = false, prevSpace = false, prevBreak = false;
  let precededByWs = true;
  for (let i = 0; i < ch.length; i++) {
    const c = ch[i]!;
    const followedByWs = isBlankz(ch[i + 1]);
    if (i === 0) {
      if ('#,[]{}&*!|>\'"%@`'.includes(c)) blockInd = true;
      else if ((c === '?' || c === ':') && followedByWs) blockInd = true;
      else if (c === '-' && followedByWs) blockInd = true;
    } else if (c === ':' && followedByWs) blockInd = true;
    else if (c === '#' && precededByWs) blockInd = true;
    if (!isPrintable(c)) special = true;
    if (isBreak(c)) lineBreaks = true;
    if (c === ' ') {
      if (i === 0) leadingSpace = true;
      if (i === ch.length - 1) trailingSpace = true;
      if (prevBreak) breakSpace = true;
      prevSpace = true;
      prevBreak = false;
    } else if (isBreak(c)) {
      if (i === 0) leadingBreak = true;
      if (i === ch.length - 1) trailingBreak = true;
      if (prevSpace) spaceBreak = true;
      prevBreak = true;
      prevSpace = false;
    } else {
      prevSpace = false;
      prevBreak = false;
    }
    precededByWs = isBlankz(c);
  }
  let plain = true, single = true, block = true;
  if (leadingSpace || leadingBreak || trailingSpace || trailingBreak) plain = false;
  if (trailingSpace) block = false;
  if (breakSpace) {
    plain = false;
    single = false;
  }
  if (spaceBreak || special) {
    plain = false;
    single = false;
    block = false;
  }
  if (lineBreaks) plain = false;
  if (blockInd) plain = false;
  return { plain, single, block };
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
