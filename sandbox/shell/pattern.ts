// Shell pattern matching: `*`, `?`, `[...]` for globs, `case`, `[[ == ]]` and `${x#pat}`.
// Patterns arrive with quoted characters backslash-escaped, so `"*"` matches only a star.

/** True when an (escaped) pattern contains an unescaped glob character. */
export function hasGlob(p: string): boolean {
  for (let i = 0; i < p.length; i++) {
    if (p[i] === '\\') i++;
    else if (p[i] === '*' || p[i] === '?' || (p[i] === '[' && findClass(p, i) >= 0)) return true;
  }
  return false;
}

const RE_SPECIAL = /[.*+?^${}()|[\]\\/]/g;

/** The regex source for a pattern (no anchors). */
export function patternSource(p: string): string {
  let out = '';
  for (let i = 0; i < p.length; i++) {
    const c = p[i]!;
    if (c === '\\') {
      const n = p[++i];
      if (n !== undefined) out += n.replace(RE_SPECIAL, '\\$&');
      else out += '\\\\';
    } else if (c === '*') out += '[^]*';
    else if (c === '?') out += '[^]';
    else if (c === '[') {
      const close = findClass(p, i);
      if (close < 0) out += '\\[';
      else {
        let body = p.slice(i + 1, close);
        let neg = false;
        if (body.startsWith('!') || body.startsWith('^')) {
          neg = true;
          body = body.slice(1);
        }
        body = body
          .replace(/\[:(alpha|digit|alnum|upper|lower|space|punct|xdigit):\]/g, (_, c: string) => CLASSES[c] ?? '')
          .replace(/\\(.)/g, (_, ch: string) => '\\' + ch)
          .replace(/([\]^])/g, (m, _c, off: number, s: string) => (s[off - 1] === '\\' ? m : '\\' + m));
        out += `[${neg ? '^' : ''}${body}]`;
        i = close;
      }
    } else out += c.replace(RE_SPECIAL, '\\$&');
  }
  return out;
}

const CLASSES: Record<string, string> = {
  alpha: 'a-zA-Z',
  digit: '0-9',
  alnum: 'a-zA-Z0-9',
  upper: 'A-Z',
  lower: 'a-z',
  space: ' \\t\\n\\r\\f\\v',
  punct: '!-\\/:-@\\[-`{-~',
  xdigit: '0-9a-fA-F',
};
Object.setPrototypeOf(CLASSES, null);

function findClass(p: string, i: number): number {
  let j = i + 1;
  if (p[j] === '!' || p[j] === '^') j++;
  if (p[j] === ']') j++;
  for (; j < p.length; j++) {
    if (p[j] === '[' && p[j + 1] === ':') {
      const e = p.indexOf(':]', j + 2);
      if (e > 0) j = e + 1;
    } else if (p[j] === ']') return j;
  }
  return -1;
}

export function patternRegex(p: string, flags = ''): RegExp {
  try {
    return new RegExp(`^${patternSource(p)}$`, flags);
  } catch {
    return new RegExp(`^${unescapePattern(p).replace(RE_SPECIAL, '\\$&')}$`, flags);
  }
}

export function matchPattern(p: string, s: string): boolean {
  return patternRegex(p).test(s);
}

/** Removes the backslashes that protect quoted characters. */
export function unescapePattern(p: string): string {
  return p.replace(/\\([^])/g, '$1');
}

/** `${x#p}` / `${x##p}` / `${x%p}` / `${x%%p}`. */
export function removeAffix(value: string, p: string, op: string): string {
  const re = patternRegex(p);
  if (op === '#' || op === '##') {
    const lens = [...Array(value.length + 1).keys()];
    if (op === '##') lens.reverse();
    for (const n of lens) if (re.test(value.slice(0, n))) return value.slice(n);
  } else {
    const starts = [...Array(value.length + 1).keys()].reverse();
    if (op === '%%') starts.reverse();
    for (const n of starts) if (re.test(value.slice(n))) return value.slice(0, n);
  }
  return value;
}

/** `${x/p/r}` and `${x//p/r}` (a leading `#` or `%` in p anchors it). */
export function replacePattern(value: string, p: string, rep: string, all: boolean): string {
  let anchor = '';
  if (p.startsWith('#') || p.startsWith('%')) {
    anchor = p[0]!;
    p = p.slice(1);
  }
  const src = patternSource(p);
  let re: RegExp;
  try {
    re = new RegExp(anchor === '#' ? `^(?:${src})` : anchor === '%' ? `(?:${src})$` : src, all ? 'g' : '');
  } catch {
    return value;
  }
  if (!src) return value;
  return value.replace(re, () => rep);
}
