// `jq [OPTIONS] FILTER [FILE…]`: the command — options, the input stream, output formatting and
// jq 1.6's messages (Debian's jq) and exit codes (2 usage/input, 3 compile, 5 runtime, -e: 1 and 4).

import type { Command, CommandContext } from '../../types.js';
import { JqCompileError, parseJq, type F } from './parse.js';
import { ev, JqError, tick, truthy, type Env, type J } from './eval.js';
import { BUILTIN_NAMES } from './builtins.js';
import { resolvePath } from '../../../fs/types.js';

const USAGE = 'Usage:\tjq [OPTIONS] FILTER [FILES...]\n\tjq [OPTIONS] --args FILTER [ARGUMENTS...]\n\tjq [OPTIONS] --jsonargs FILTER [JSON_VALUES...]\n\njq is a tool for processing JSON inputs, applying the given filter to\nits JSON text inputs and producing the filter\'s results as JSON on\nstandard output.\n\nUse jq --help for help with command-line options,\nor see the jq manpage, or online docs  at https://jqlang.github.io/jq\n';

interface Opts {
  raw: boolean;
  join: boolean;
  compact: boolean;
  nullInput: boolean;
  exitStatus: boolean;
  slurp: boolean;
  sortKeys: boolean;
  rawInput: boolean;
  indent: string;
}

/** Formats a value as jq prints it. */
export function render(v: J, o: Pick<Opts, 'compact' | 'sortKeys' | 'indent'>, level = 0): string {
  if (v === null || typeof v !== 'object') return typeof v === 'number' && !Number.isFinite(v) ? (Number.isNaN(v) ? 'null' : v > 0 ? '1.7976931348623157e+308' : '-1.7976931348623157e+308') : JSON.stringify(v).replace(/\u007f/g, '\\u007f');
  const pad = o.compact ? '' : o.indent.repeat(level + 1);
  const end = o.compact ? '' : o.indent.repeat(level);
  const nl = o.compact || !o.indent ? '' : '\n';
  if (Array.isArray(v)) {
    if (!v.length) return '[]';
    return `[${nl}${v.map((x) => pad + render(x, o, level + 1)).join(`,${nl}`)}${nl}${end}]`;
  }
  let ks = Object.keys(v);
  if (!ks.length) return '{}';
  if (o.sortKeys) ks = ks.sort();
  const sep = o.compact ? ':' : ': ';
  return `{${nl}${ks.map((k) => `${pad}${JSON.stringify(k)}${sep}${render(v[k]!, o, level + 1)}`).join(`,${nl}`)}${nl}${end}}`;
}

/** Splits a text into JSON values; stops at the first malformed one with jq's message. */
export function parseStream(text: string): { values: J[]; error?: string } {
  const values: J[] = [];
  let i = 0;
  const where = (pos: number) => {
    const before = text.slice(0, pos);
    const line = before.split('\n').length;
    const col = pos - before.lastIndexOf('\n') - 1;
    return `at line ${line}, column ${col}`;
  };
  while (i < text.length) {
    while (i < text.length && /\s/.test(text[i]!)) i++;
    if (i >= text.length) break;
    const start = i;
    let depth = 0;
    let inStr = false;
    let j = i;
    for (; j < text.length; j++) {
      const c = text[j]!;
      if (inStr) {
        if (c === '\\') j++;
        else if (c === '"') {
          inStr = false;
          if (depth === 0) {
            j++;
            break;
          }
        }
        continue;
      }
      if (c === '"') inStr = true;
      else if (c === '{' || c === '[') depth++;
      else if (c === '}' || c === ']') {
        depth--;
        if (depth <= 0) {
          j++;
          break;
        }
      } else if (depth === 0 && /[\s,]/.test(c) && j > start) break;
    }
    const chunk = text.slice(start, j);
    if (inStr || depth > 0) return { values, error: `Unfinished JSON term at EOF ${where(text.length)}` };
    try {
      values.push(JSON.parse(chunk) as J);
    } catch {
      // jq's scanner checks words starting like true/false/null as literals, others as numbers.
      const literal = /^[tfn]/.test(chunk);
      return { values, error: `${literal ? 'Invalid literal' : 'Invalid numeric literal'} ${where(j < text.length ? j + 1 : j)}` };
    }
    i = j;
  }
  return { values };
}

/** Reports the first call to an undefined function, as jq's compiler does. */
function checkCalls(f: F, defs: Set<string>): string | undefined {
  const check = (x: F | undefined, d = defs): string | undefined => (x ? checkCalls(x, d) : undefined);
  switch (f.t) {
    case 'call': {
      const key = `${f.name}/${f.args.length}`;
      if (!defs.has(key) && !BUILTIN_NAMES.has(key)) return `${key} is not defined`;
      for (const a of f.args) {
        const e = check(a);
        if (e) return e;
      }
      return undefined;
    }
    case 'def': {
      const inner = new Set(defs).add(`${f.name}/${f.params.length}`);
      for (const p of f.params) inner.add(`${p.replace(/^\$/, '')}/0`);
      return check(f.body, inner) ?? check(f.rest, new Set(defs).add(`${f.name}/${f.params.length}`));
    }
    case 'format':
      return BUILTIN_NAMES.has(`@${f.name}/0`) ? undefined : `${f.name} is not a valid format`;
    case 'str':
      for (const p of f.parts) if (typeof p !== 'string') return check(p);
      return f.format && !BUILTIN_NAMES.has(`@${f.format}/0`) ? `${f.format} is not a valid format` : undefined;
    case 'object':
      for (const e of f.entries) {
        const r = check(e.key) ?? check(e.value);
        if (r) return r;
      }
      return undefined;
    default:
      for (const v of Object.values(f)) {
        if (v && typeof v === 'object' && 't' in (v as object)) {
          const r = check(v as F);
          if (r) return r;
        }
      }
      return undefined;
  }
}

export const jq: Command = {
  name: 'jq',
  run: (ctx: CommandContext) => {
    const o: Opts = { raw: false, join: false, compact: false, nullInput: false, exitStatus: false, slurp: false, sortKeys: false, rawInput: false, indent: '  ' };
    const vars = new Map<string, J>([['ENV', { ...ctx.env }]]);
    const named: Record<string, J> = {};
    let filter: string | undefined;
    const files: string[] = [];
    const args = ctx.argv.slice(1);
    const err = (m: string, code = 2) => {
      ctx.stderr(m);
      return code;
    };
    for (let i = 0; i < args.length; i++) {
      const a = args[i]!;
      if (a.startsWith('--')) {
        switch (a) {
          case '--raw-output': o.raw = true; break;
          case '--join-output': o.raw = o.join = true; break;
          case '--compact-output': o.compact = true; break;
          case '--null-input': o.nullInput = true; break;
          case '--exit-status': o.exitStatus = true; break;
          case '--slurp': o.slurp = true; break;
          case '--sort-keys': o.sortKeys = true; break;
          case '--raw-input': o.rawInput = true; break;
          case '--tab': o.indent = '\t'; break;
          case '--color-output': case '--monochrome-output': case '--ascii-output': break;
          case '--indent': {
            const n = Number(args[++i]);
            if (!Number.isInteger(n) || n < 0 || n > 7) return err(n > 7 ? 'jq: Cannot indent more than 7 characters\n' + USAGE : `jq: --indent takes one parameter\n${USAGE}`);
            o.indent = ' '.repeat(n);
            break;
          }
          case '--arg':
          case '--argjson': {
            const name = args[++i];
            const val = args[++i];
            if (name === undefined || val === undefined) return err(`jq: ${a} takes two parameters (e.g. ${a} varname ${a === '--arg' ? 'value' : 'text'})\n${USAGE}`);
            if (a === '--arg') vars.set(name, val);
            else {
              try {
                vars.set(name, JSON.parse(val) as J);
              } catch {
                return err(`jq: Invalid JSON text passed to --argjson\n${USAGE}`);
              }
            }
            named[name] = vars.get(name)!;
            break;
          }
          case '--help':
            ctx.stdout(USAGE);
            return 0;
          case '--version':
            ctx.stdout('jq-1.6\n');
            return 0;
          default:
            return err(`jq: Unknown option: ${a}\n${USAGE}`);
        }
        continue;
      }
      if (a.startsWith('-') && a.length > 1) {
        for (const c of a.slice(1)) {
          if (c === 'r') o.raw = true;
          else if (c === 'j') o.raw = o.join = true;
          else if (c === 'c') o.compact = true;
          else if (c === 'n') o.nullInput = true;
          else if (c === 'e') o.exitStatus = true;
          else if (c === 's') o.slurp = true;
          else if (c === 'S') o.sortKeys = true;
          else if (c === 'R') o.rawInput = true;
          else if (c === 'C' || c === 'M' || c === 'a') continue;
          else return err(`jq: Unknown option: ${a}\n${USAGE}`);
        }
        continue;
      }
      if (filter === undefined) filter = a;
      else files.push(a);
    }
    vars.set('__named', { named });
    if (filter === undefined) filter = '.';
    let prog: F;
    try {
      prog = parseJq(filter);
      const undef = checkCalls(prog, new Set());
      if (undef) throw new JqCompileError(undef);
    } catch (e) {
      if (!(e instanceof JqCompileError)) throw e;
      const shell = e.message.startsWith('syntax error') ? ' (Unix shell quoting issues?)' : '';
      return err(`jq: error: ${e.message}${shell} at <top-level>, line 1:\n${filter}\njq: 1 compile error\n`, 3);
    }
    let text = '';
    if (files.length) {
      for (const f of files) {
        const abs = resolvePath(ctx.cwd, f);
        const t = ctx.fs.isDir(abs) ? undefined : ctx.fs.read(abs);
        if (t === undefined) {
          ctx.stderr(`jq: error: Could not open ${f}: ${ctx.fs.isDir(abs) ? 'Is a directory' : 'No such file or directory'}\n`);
          return 2;
        }
        text += t;
      }
    } else text = ctx.stdin;
    let inputs: J[];
    let parseError: string | undefined;
    if (o.rawInput) inputs = o.slurp ? [text] : text.split('\n').filter((l, k, all) => k < all.length - 1 || l !== '');
    else {
      const r = parseStream(text);
      inputs = r.values;
      parseError = r.error;
      if (o.slurp) inputs = parseError ? [] : [inputs];
    }
    if (o.nullInput) inputs = [null];
    const env: Env = { vars, defs: new Map(), budget: { steps: 0 } };
    let status = 0;
    let last: J | undefined;
    let any = false;
    const lineCount = (text.match(/\n/g) ?? []).length;
    for (const input of inputs) {
      let out = '';
      try {
        for (const v of ev(prog, input, env)) {
          tick(env);
          any = true;
          last = v;
          out += (o.raw && typeof v === 'string' ? v : render(v, o)) + (o.join ? '' : '\n');
        }
      } catch (e) {
        ctx.stdout(out);
        if (e instanceof JqError) {
          const m = e.value !== undefined && typeof e.value !== 'string' ? `${JSON.stringify(e.value)} (not a string)` : e.message;
          ctx.stderr(`jq: error (at ${files.length ? files[files.length - 1] : '<stdin>'}:${lineCount}): ${m}\n`);
          status = 5;
          continue;
        }
        if (e instanceof RangeError) {
          ctx.stderr('jq: error: the filter nested too deeply\n');
          return 5;
        }
        throw e;
      }
      ctx.stdout(out);
      if (ctx.signal.aborted) return 130;
    }
    if (parseError && !o.nullInput) {
      // jq 1.6 prints this without its `jq: ` prefix, and exits 4 (recorded on Debian 12).
      ctx.stderr(`parse error: ${parseError}\n`);
      return 4;
    }
    if (status) return status;
    if (o.exitStatus) return !any ? 4 : truthy(last ?? null) ? 0 : 1;
    return 0;
  },
};
