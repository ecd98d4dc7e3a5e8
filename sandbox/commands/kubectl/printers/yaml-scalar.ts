// go-yaml v2's scalar rules, as kubectl's YAML printer applies them: which strings would read
// back as another type (so get quoted), and which styles (plain, single-quoted, literal) a
// string allows (yaml_emitter_analyze_scalar).

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

export const isBreak = (c: string | undefined) => c === '\n' || c === '\r' || c === '\u0085' || c === '\u2028' || c === '\u2029';
const isBlankz = (c: string | undefined) => c === undefined || c === ' ' || c === '\t' || isBreak(c);

export function isPrintable(c: string): boolean {
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

export interface Analysis {
  plain: boolean;
  single: boolean;
  block: boolean;
}

/** yaml_emitter_analyze_scalar, block context. */
export function analyze(s: string): Analysis {
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
