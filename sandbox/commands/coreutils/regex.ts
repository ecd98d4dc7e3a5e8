// POSIX regular expressions (BRE and ERE, with GNU's extensions) translated to JavaScript, for
// grep, sed and awk.

export class RegexError extends Error {}

const CLASSES: Record<string, string> = {
  alpha: 'a-zA-Z',
  digit: '0-9',
  alnum: 'a-zA-Z0-9',
  upper: 'A-Z',
  lower: 'a-z',
  space: ' \\t\\n\\r\\f\\v',
  blank: ' \\t',
  punct: '!-\\/:-@\\[-`{-~',
  xdigit: '0-9A-Fa-f',
  print: ' -~',
  graph: '!-~',
  cntrl: '\\x00-\\x1f\\x7f',
};
Object.setPrototypeOf(CLASSES, null);

/** Translates a BRE (`extended` false) or ERE into a JavaScript regex source. */
export function posixToJs(re: string, extended: boolean): string {
  let out = '';
  let depth = 0;
  for (let i = 0; i < re.length; i++) {
    const c = re[i]!;
    if (c === '[') {
      let j = i + 1;
      let body = '';
      if (re[j] === '^') {
        body += '^';
        j++;
      }
      if (re[j] === ']') {
        body += '\\]';
        j++;
      }
      for (; j < re.length && re[j] !== ']'; j++) {
        if (re[j] === '[' && re[j + 1] === ':') {
          const end = re.indexOf(':]', j + 2);
          if (end < 0) throw new RegexError('Unmatched [, [^, [:, [., or [=');
          const name = re.slice(j + 2, end);
          if (!CLASSES[name]) throw new RegexError('Invalid character class name');
          body += CLASSES[name];
          j = end + 1;
        } else if (re[j] === '\\' || re[j] === '[') body += '\\' + re[j];
        else body += re[j];
      }
      if (j >= re.length) throw new RegexError('Unmatched [, [^, [:, [., or [=');
      out += `[${body}]`;
      i = j;
      continue;
    }
    if (c === '\\') {
      const n = re[++i];
      if (n === undefined) throw new RegexError('Trailing backslash');
      if (!extended && '(){}|+?'.includes(n)) {
        if (n === '(') depth++;
        if (n === ')') {
          if (depth === 0) throw new RegexError('Unmatched ) or \\)');
          depth--;
        }
        out += n;
      } else if (n === '<') out += '\\b(?=\\w)';
      else if (n === '>') out += '\\b(?<=\\w)';
      else if (/[0-9wWsSbB]/.test(n)) out += '\\' + n;
      else if (n === 'n') out += '\\n';
      else if (n === 't') out += 't';
      else out += n.replace(/[.*+?^${}()|[\]\\/]/, '\\$&');
      continue;
    }
    if (extended) {
      if (c === '(') depth++;
      if (c === ')') {
        if (depth === 0) {
          out += '\\)';
          continue;
        }
        depth--;
      }
      if (c === '{' && !/^\{\d*(,\d*)?\}/.test(re.slice(i))) {
        out += '\\{';
        continue;
      }
      out += c;
      continue;
    }
    if ('(){}|+?'.includes(c)) out += '\\' + c;
    else if (c === '*' && (out === '' || out.endsWith('(') || out === '^')) out += '\\*';
    else out += c;
  }
  if (depth > 0) throw new RegexError('Unmatched ( or \\(');
  return out;
}

export function compile(re: string, extended: boolean, flags = ''): RegExp {
  const src = posixToJs(re, extended);
  try {
    return new RegExp(src, flags);
  } catch {
    throw new RegexError('Invalid regular expression');
  }
}
