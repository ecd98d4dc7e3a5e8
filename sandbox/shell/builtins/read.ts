// `read [-r] [-p PROMPT] [-n N] [NAME…]`: one line of standard input into variables.

import type { Builtin } from './index.js';

export const read: Builtin = (sh, argv, io) => {
  let raw = false;
  let nchars: number | undefined;
  const names: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '-r') raw = true;
    else if (a === '-s' || a === '-e') continue;
    else if (a === '-p' || a === '-t' || a === '-u' || a === '-d' || a === '-a') {
      const v = argv[++i];
      if (v === undefined) {
        io.err.write(`${sh.name}: read: ${a}: option requires an argument\nread: usage: read [-ers] [-a array] [-d delim] [-i text] [-n nchars] [-N nchars] [-p prompt] [-t timeout] [-u fd] [name ...]\n`);
        return 2;
      }
      if (a === '-p' && sh.run.tty) io.err.write(v);
      if (a === '-a') names.push(v);
    } else if (a === '-n' || a === '-N') nchars = Number(argv[++i] ?? '0');
    else if (/^-[rse]+$/.test(a)) raw ||= a.includes('r');
    else if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(a)) {
      io.err.write(`${sh.name}: read: \`${a}': not a valid identifier\n`);
      return 1;
    } else names.push(a);
  }
  let line: string;
  let ok = true;
  if (nchars !== undefined) {
    line = io.stdin.take(nchars);
    ok = line.length === nchars;
  } else {
    line = '';
    for (;;) {
      const got = io.stdin.takeLine();
      if (!got) {
        ok = false;
        if (line === '') {
          for (const n of names.length ? names : ['REPLY']) sh.vars.set(n, '');
          return 1;
        }
        break;
      }
      if (!got.sawNewline) ok = false;
      if (!raw && /(^|[^\\])(\\\\)*\\$/.test(got.line) && got.sawNewline) {
        line += got.line.slice(0, -1);
        continue;
      }
      line += got.line;
      break;
    }
    if (!raw) line = line.replace(/\\(.)/g, '$1');
  }
  if (!names.length) {
    sh.vars.set('REPLY', line);
    return ok ? 0 : 1;
  }
  const ifs = sh.vars.get('IFS') ?? ' \t\n';
  const ws = [...ifs].filter((c) => ' \t\n'.includes(c)).join('');
  const trimmed = ws ? line.replace(new RegExp(`^[${ws}]+|[${ws}]+$`, 'g'), '') : line;
  const sep = new RegExp(`[${ws}]*[${[...ifs].map((c) => '\\' + c).join('') || ' '}][${ws}]*`);
  let rest = trimmed;
  names.forEach((n, i) => {
    if (i === names.length - 1) {
      sh.vars.set(n, rest);
      return;
    }
    const m = ifs ? sep.exec(rest) : null;
    if (!m) {
      sh.vars.set(n, rest);
      rest = '';
    } else {
      sh.vars.set(n, rest.slice(0, m.index));
      rest = rest.slice(m.index + m[0].length);
    }
  });
  return ok ? 0 : 1;
};
