// Word expansion in bash's order: brace, tilde, parameters, command substitution, arithmetic,
// then field splitting and pathname expansion, and quote removal.

import type { Part, Word } from './ast.js';
import { ArithError, evalArith } from './arith.js';
import { hasGlob, matchPattern, patternRegex, removeAffix, replacePattern, unescapePattern } from './pattern.js';
import type { FileSystem } from '../fs/types.js';
import { resolvePath } from '../fs/types.js';

/** What expansion needs from the running shell. */
export interface ExpandHost {
  getVar(name: string): string | undefined;
  setVar(name: string, value: string): void;
  /** Indexed arrays (`a=(x y)`, `${a[@]}`). */
  getArray(name: string): string[] | undefined;
  setArray(name: string, values: string[]): void;
  positional: string[];
  special(name: string): string | undefined;
  home(): string;
  cwd: string;
  fs: FileSystem;
  /** Runs `$( … )` and returns its standard output. */
  substitute(body: Extract<Part, { t: 'cmd' }>['body']): Promise<string>;
  /** Runs `<( … )` / `>( … )` and returns the /dev/fd path standing for it. */
  processSubstitute(body: Extract<Part, { t: 'procsub' }>['body'], dir: '<' | '>'): Promise<string>;
}

/** An expansion error bash reports and that aborts the command (`${x:?}`, bad substitution, arithmetic). */
export class ExpansionError extends Error {}

interface Seg {
  s: string;
  /** Quoted text is neither split nor globbed. */
  q: boolean;
}
type Field = { segs: Seg[]; keep: boolean };

const IFS_WS = /[ \t\n]+/;
const WORD_LIMIT = 16 * 1048576;

function escapeGlob(s: string): string {
  return s.replace(/[\\*?[\]]/g, '\\$&');
}

/** Brace expansion on unquoted literal parts: `{a,b}`, `{1..5}`, `{a..e}`. */
export function braceExpand(w: Word): Word[] {
  for (let pi = 0; pi < w.parts.length; pi++) {
    const p = w.parts[pi]!;
    if (p.t !== 'lit' || p.q) continue;
    const m = findBrace(p.v);
    if (!m) continue;
    const { start, end, items } = m;
    const out: Word[] = [];
    for (const item of items) {
      const parts = [...w.parts];
      parts[pi] = { t: 'lit', v: p.v.slice(0, start) + item + p.v.slice(end + 1), q: false };
      out.push(...braceExpand({ parts, raw: w.raw }));
      if (out.length > 10000) break;
    }
    return out;
  }
  return [w];
}

function findBrace(s: string): { start: number; end: number; items: string[] } | undefined {
  for (let i = 0; i < s.length; i++) {
    if (s[i] !== '{' || (i > 0 && s[i - 1] === '$')) continue;
    let depth = 0;
    const commas: number[] = [];
    for (let j = i; j < s.length; j++) {
      if (s[j] === '{') depth++;
      else if (s[j] === '}') {
        depth--;
        if (depth === 0) {
          const body = s.slice(i + 1, j);
          if (commas.length) {
            const items: string[] = [];
            let prev = i + 1;
            for (const c of [...commas, j]) {
              items.push(s.slice(prev, c));
              prev = c + 1;
            }
            return { start: i, end: j, items };
          }
          const seq = /^(-?\d+)\.\.(-?\d+)(?:\.\.(-?\d+))?$/.exec(body);
          if (seq) {
            const a = Number(seq[1]);
            const b = Number(seq[2]);
            const step = Math.abs(Number(seq[3] ?? 1)) || 1;
            const width = /^-?0\d/.test(seq[1]!) || /^-?0\d/.test(seq[2]!) ? Math.max(seq[1]!.length, seq[2]!.length) : 0;
            const items: string[] = [];
            for (let n = a; a <= b ? n <= b : n >= b; n += a <= b ? step : -step) {
              items.push(width ? String(n).padStart(width, '0') : String(n));
              if (items.length > 10000) break;
            }
            return { start: i, end: j, items };
          }
          const chars = /^([A-Za-z])\.\.([A-Za-z])$/.exec(body);
          if (chars) {
            const a = chars[1]!.charCodeAt(0);
            const b = chars[2]!.charCodeAt(0);
            const items: string[] = [];
            for (let n = a; a <= b ? n <= b : n >= b; n += a <= b ? 1 : -1) items.push(String.fromCharCode(n));
            return { start: i, end: j, items };
          }
          break;
        }
      } else if (s[j] === ',' && depth === 1) commas.push(j);
    }
  }
  return undefined;
}

/** `~`, `~root`, `~learner`: the users this machine has; other names stay as typed. */
function tilde(user: string, home: string): string {
  if (user === '') return home;
  if (user === 'root') return '/root';
  if (user === 'learner') return '/home/learner';
  return '~' + user;
}

export class Expander {
  constructor(private readonly h: ExpandHost) {}

  /** Expands command words into argv (brace, split, glob). */
  async words(words: Word[]): Promise<string[]> {
    const out: string[] = [];
    for (const w0 of words) {
      for (const w of braceExpand(w0)) {
        for (const f of await this.fields(w, true)) out.push(...this.glob(f));
      }
    }
    return out;
  }

  /** One string, no splitting or globbing (assignments, here-strings, `case` words). */
  async string(w: Word): Promise<string> {
    const fields = await this.fields(w, false);
    return fields.map((f) => f.segs.map((s) => s.s).join('')).join(' ');
  }

  /** A pattern: quoted characters escaped, expansions left active (`case`, `[[ == ]]`, `${x#p}`). */
  async pattern(w: Word): Promise<string> {
    const fields = await this.fields(w, false);
    return fields.map((f) => f.segs.map((s) => (s.q ? escapeGlob(s.s) : s.s)).join('')).join(' ');
  }

  private async fields(w: Word, split: boolean): Promise<Field[]> {
    const fields: Field[] = [{ segs: [], keep: false }];
    let cur = fields[0]!;
    const add = (s: string, q: boolean) => {
      cur.segs.push({ s, q });
      if (q) cur.keep = true;
      else if (s) cur.keep = true;
    };
    const newField = () => {
      if (cur.keep) fields.push((cur = { segs: [], keep: false }));
    };
    // Unquoted expansion results are split on IFS whitespace; their glob characters stay active.
    const addSplit = (s: string) => {
      if (!split) return add(s, false);
      if (!s) return;
      const pieces = s.split(IFS_WS).filter((x) => x);
      if (/^[ \t\n]/.test(s)) newField();
      pieces.forEach((piece, i) => {
        if (i > 0) newField();
        add(piece, false);
      });
      if (pieces.length && /[ \t\n]$/.test(s)) newField();
    };
    for (const p of w.parts) {
      if (p.t === 'lit') add(p.v, p.q);
      else if (p.t === 'tilde') add(tilde(p.user, this.h.home()), true);
      else if (p.t === 'arith') add(String(await this.arith(p.expr)), true);
      else if (p.t === 'procsub') add(await this.h.processSubstitute(p.body, p.dir), true);
      else if (p.t === 'cmd') {
        const out = (await this.h.substitute(p.body)).replace(/\n+$/, '');
        if (p.q) add(out, true);
        else addSplit(out);
      } else if (p.t === 'array') {
        // `local a=(x y)` / `declare a=(…)`: assign now, leave the name for the builtin.
        const items = await this.words(p.items);
        this.h.setArray(p.name, p.append ? [...(this.h.getArray(p.name) ?? []), ...items] : items);
        add(p.name, false);
      } else if (p.t === 'param') {
        const list = this.list(p);
        if (list && p.len) {
          add(String(list.length), true);
          continue;
        }
        if (list && (!p.op || p.op === ':')) {
          let args = list;
          if (p.op === ':') {
            const off = p.arg ? await this.arith(p.arg) : 0;
            const len = p.arg2 ? await this.arith(p.arg2) : undefined;
            const from = off < 0 ? Math.max(0, args.length + off) : off;
            args = args.slice(from, len === undefined ? undefined : from + Math.max(0, len));
          }
          const star = p.name === '*' || p.index?.raw.trim() === '*';
          if (p.q && !star) {
            args.forEach((a, i) => {
              if (i > 0) fields.push((cur = { segs: [], keep: true }));
              add(a, true);
            });
            if (!args.length && w.parts.length === 1) return [];
          } else if (p.q) add(args.join((this.h.getVar('IFS') ?? ' ')[0] ?? ''), true);
          else
            args.forEach((a, i) => {
              if (i > 0) newField();
              addSplit(a);
            });
          continue;
        }
        const v = await this.param(p);
        if (p.q) add(v, true);
        else addSplit(v);
      }
    }
    // A word of many megabytes means a runaway (`x=$x$x` in a loop); stop before memory runs out.
    if (fields.reduce((n, f) => n + f.segs.reduce((m, x) => m + x.s.length, 0), 0) > WORD_LIMIT) throw new ExpansionError(`knet: expansion stopped: a word grew past ${WORD_LIMIT / 1048576} MB`);
    return fields.filter((f) => f.keep || !split);
  }

  async arith(expr: Word): Promise<number> {
    const text = await this.string(expr);
    try {
      return evalArith(text, { get: (n) => this.h.getVar(n), set: (n, v) => this.h.setVar(n, v) });
    } catch (e) {
      if (e instanceof ArithError) throw new ExpansionError(e.message);
      throw e;
    }
  }

  /** The list a `$@`, `$*`, `${a[@]}` or `${a[*]}` stands for; undefined for other parameters. */
  private list(p: Extract<Part, { t: 'param' }>): string[] | undefined {
    if (!p.index) return (p.name === '@' || p.name === '*') && p.op !== 'bad' ? this.h.positional : undefined;
    const i = p.index.raw.trim();
    if (i !== '@' && i !== '*') return undefined;
    const arr = this.h.getArray(p.name);
    if (arr) return arr.filter((x) => x != null);
    const v = this.h.getVar(p.name);
    return v === undefined ? [] : [v];
  }

  private async element(p: Extract<Part, { t: 'param' }>): Promise<string | undefined> {
    const i = await this.arith(p.index!);
    const arr = this.h.getArray(p.name);
    if (arr) return arr[i < 0 ? arr.length + i : i];
    return i === 0 ? this.h.getVar(p.name) : undefined;
  }

  private lookup(name: string): string | undefined {
    if (/^[0-9]+$/.test(name)) return name === '0' ? this.h.special('0') : this.h.positional[Number(name) - 1];
    return this.h.special(name) ?? this.h.getVar(name);
  }

  private async param(p: Extract<Part, { t: 'param' }>): Promise<string> {
    if (p.op === 'bad') throw new ExpansionError(`${p.name}: bad substitution`);
    const v = p.index ? await this.element(p) : this.lookup(p.name);
    if (p.len) return String(p.name === '@' || p.name === '*' ? this.h.positional.length : [...(v ?? '')].length);
    const op = p.op;
    if (!op) return v ?? '';
    const unsetOrNull = v === undefined || (op.startsWith(':') && v === '');
    const arg = async () => (p.arg ? this.string(p.arg) : '');
    switch (op) {
      case ':-':
      case '-':
        return unsetOrNull ? arg() : v!;
      case ':=':
      case '=':
        if (unsetOrNull) {
          const a = await arg();
          if (!/^[A-Za-z_]/.test(p.name)) throw new ExpansionError(`$${p.name}: cannot assign in this way`);
          this.h.setVar(p.name, a);
          return a;
        }
        return v!;
      case ':+':
      case '+':
        return unsetOrNull ? '' : arg();
      case ':?':
      case '?':
        if (unsetOrNull) {
          const a = await arg();
          throw new ExpansionError(`${p.name}: ${a || 'parameter null or not set'}`);
        }
        return v!;
      case '#':
      case '##':
      case '%':
      case '%%':
        return removeAffix(v ?? '', p.arg ? await this.pattern(p.arg) : '', op);
      case '/':
      case '//':
        return replacePattern(v ?? '', p.arg ? await this.pattern(p.arg) : '', p.arg2 ? await this.string(p.arg2) : '', op === '//');
      case ':': {
        const s = v ?? '';
        let off = p.arg ? await this.arith(p.arg) : 0;
        if (off < 0) off = Math.max(0, s.length + off);
        if (!p.arg2) return s.slice(off);
        const len = await this.arith(p.arg2);
        if (len < 0) {
          const end = s.length + len;
          if (end < off) throw new ExpansionError(`${len}: substring expression < 0`);
          return s.slice(off, end);
        }
        return s.slice(off, off + len);
      }
    }
    return v ?? '';
  }

  /** Pathname expansion of one field; the field itself when nothing matches (bash's default). */
  private glob(f: Field): string[] {
    const literal = f.segs.map((s) => s.s).join('');
    const pat = f.segs.map((s) => (s.q ? escapeGlob(s.s) : s.s)).join('');
    if (!f.segs.some((s) => !s.q && hasGlob(s.s))) return [literal];
    const matches = globFs(this.h.fs, this.h.cwd, pat);
    return matches.length ? matches : [unescapePattern(pat)];
  }
}

/** Matches a pattern against the file system, component by component; sorted like bash. */
export function globFs(fs: FileSystem, cwd: string, pattern: string): string[] {
  const abs = pattern.startsWith('/');
  const comps = pattern.split('/').filter((c, i) => c !== '' || i === 0);
  let paths: string[] = [abs ? '' : '.'];
  if (abs) comps.shift();
  for (let i = 0; i < comps.length; i++) {
    const c = comps[i]!;
    const last = i === comps.length - 1;
    const next: string[] = [];
    for (const base of paths) {
      const dir = resolvePath(cwd, base || '/');
      if (!hasGlob(c)) {
        const name = unescapePattern(c);
        const p = base === '.' && !abs ? name : `${base}/${name}`;
        if (fs.exists(resolvePath(cwd, p)) && (last || fs.isDir(resolvePath(cwd, p)))) next.push(p);
        continue;
      }
      const re = patternRegex(c);
      for (const name of fs.list(dir) ?? []) {
        if (name.startsWith('.') && !c.startsWith('.') && !c.startsWith('\\.')) continue;
        if (!re.test(name)) continue;
        const p = base === '.' && !abs ? name : `${base}/${name}`;
        if (!last && !fs.isDir(resolvePath(cwd, p))) continue;
        next.push(p);
      }
    }
    paths = next;
    if (!paths.length) return [];
  }
  return paths.sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : a < b ? -1 : 1));
}

export { matchPattern };
