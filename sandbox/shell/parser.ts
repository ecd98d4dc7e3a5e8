// The shell grammar: lists, pipelines, `&&`/`||`, redirections, here-documents and compound
// commands (if, for, while/until, case, groups, subshells, functions), built on lexer.ts.

import type { AndOr, Assign, Command, Pipeline, Redir, RedirOp, Script, Word } from './ast.js';
import { Lexer, ParseError, isMeta, nearToken, unexpectedEof, unmatched, type SubParser } from './lexer.js';

type Tok =
  | { k: 'word'; w: Word; end: number }
  | { k: 'op'; v: string; end: number }
  | { k: 'io'; fd: number; end: number }
  | { k: 'nl'; end: number }
  | { k: 'eof'; end: number };

const OPS = ['&&', '||', ';;&', ';;', ';&', '|&', '&>>', '&>', '<<<', '<<-', '<<', '<&', '<>', '>>', '>&', '>|', ';', '&', '|', '(', ')', '<', '>'];
const REDIR_OPS = new Set(['<', '>', '>>', '>|', '<>', '>&', '<&', '&>', '&>>', '<<', '<<-', '<<<']);
const RESERVED_END = new Set(['then', 'fi', 'do', 'done', 'elif', 'else', 'esac', '}', 'in']);

interface PendingDoc {
  redir: Redir;
  delim: string;
  strip: boolean;
  expand: boolean;
}

export interface ParseOptions {
  /** Accept a here-document cut short by the end of input (one-shot runs), with bash's warning. */
  lenientHeredoc?: boolean;
  /** Where warnings go (the here-document one). */
  warn?: (msg: string) => void;
}

/** The literal text of a word when it is a plain unquoted word (reserved-word candidates). */
function plain(w: Word): string | undefined {
  if (w.parts.length !== 1) return undefined;
  const p = w.parts[0]!;
  return p.t === 'lit' && !p.q ? p.v : undefined;
}

export class Parser {
  private lx: Lexer;
  private cached?: { at: number; tok: Tok };
  private pending: PendingDoc[] = [];
  private depth = 0;

  constructor(
    private readonly src: string,
    pos: number,
    private readonly opts: ParseOptions = {},
  ) {
    const sub: SubParser = {
      parens: (s, p) => {
        if (this.depth > 200) throw new ParseError('maximum nesting depth exceeded', false);
        const inner = new Parser(s, p, this.opts);
        inner.depth = this.depth + 1;
        const script = inner.parseList(new Set([')']));
        const t = inner.peek();
        if (t.k === 'eof') throw unmatched(')');
        if (t.k !== 'op' || t.v !== ')') throw nearToken(tokText(t));
        return { script, end: t.end };
      },
      whole: (s) => {
        if (this.depth > 200) throw new ParseError('maximum nesting depth exceeded', false);
        const inner = new Parser(s, 0, this.opts);
        inner.depth = this.depth + 1;
        return inner.parseAll();
      },
    };
    this.lx = new Lexer(src, pos, sub);
  }

  get pos(): number {
    return this.lx.pos;
  }

  parseAll(): Script {
    const s = this.parseList(new Set());
    const t = this.peek();
    if (t.k !== 'eof') throw nearToken(tokText(t));
    if (this.pending.length) this.readHeredocs();
    return s;
  }

  private skipBlanks(): void {
    const src = this.src;
    let p = this.lx.pos;
    for (;;) {
      const c = src[p];
      if (c === ' ' || c === '\t') p++;
      else if (c === '\\' && src[p + 1] === '\n') p += 2;
      else if (c === '#') {
        while (p < src.length && src[p] !== '\n') p++;
      } else break;
    }
    this.lx.pos = p;
  }

  peek(): Tok {
    this.skipBlanks();
    const at = this.lx.pos;
    if (this.cached && this.cached.at === at) return this.cached.tok;
    const src = this.src;
    let tok: Tok;
    if (at >= src.length) tok = { k: 'eof', end: at };
    else if (src[at] === '\n') tok = { k: 'nl', end: at + 1 };
    else {
      const m = /^[0-9]+(?=[<>])/.exec(src.slice(at, at + 12));
      const procsub = (src[at] === '<' || src[at] === '>') && src[at + 1] === '(';
      const op = procsub ? undefined : OPS.find((o) => src.startsWith(o, at));
      if (m) tok = { k: 'io', fd: Number(m[0]), end: at + m[0].length };
      else if (op) tok = { k: 'op', v: op, end: at + op.length };
      else {
        const w = this.lx.readWord();
        const end = this.lx.pos;
        this.lx.pos = at;
        tok = w ? { k: 'word', w, end } : { k: 'op', v: src[at]!, end: at + 1 };
      }
    }
    this.cached = { at, tok };
    return tok;
  }

  private next(): Tok {
    const t = this.peek();
    this.lx.pos = t.end;
    this.cached = undefined;
    if (t.k === 'nl' && this.pending.length) this.readHeredocs();
    return t;
  }

  private isWord(t: Tok, ...words: string[]): boolean {
    return t.k === 'word' && words.includes(plain(t.w) ?? '\0');
  }

  private skipNl(): void {
    while (this.peek().k === 'nl') this.next();
  }

  private expectWord(word: string): void {
    const t = this.peek();
    if (this.isWord(t, word)) {
      this.next();
      return;
    }
    if (t.k === 'eof') throw unexpectedEof();
    throw nearToken(tokText(t));
  }

  private isCloser(t: Tok, closers: Set<string>): boolean {
    if (t.k === 'op') return closers.has(t.v);
    if (t.k === 'word') {
      const p = plain(t.w);
      return p !== undefined && closers.has(p);
    }
    return false;
  }

  /** A list of and-or items up to one of `closers` (reserved words or operators) or the end. */
  parseList(closers: Set<string>): Script {
    const items: AndOr[] = [];
    for (;;) {
      this.skipNl();
      const t = this.peek();
      if (t.k === 'eof' || this.isCloser(t, closers)) break;
      const item = this.parseAndOr();
      items.push(item);
      const s = this.peek();
      if (s.k === 'op' && (s.v === ';' || s.v === '&')) {
        this.next();
        if (s.v === '&') item.background = true;
      } else if (s.k === 'nl') this.next();
      else if (s.k === 'eof' || this.isCloser(s, closers)) break;
      else throw nearToken(tokText(s));
    }
    return { items };
  }

  /** Like parseList, but bash refuses an empty body (`then fi`). */
  private parseBody(closers: Set<string>): Script {
    const s = this.parseList(closers);
    if (!s.items.length) {
      const t = this.peek();
      if (t.k === 'eof') throw unexpectedEof();
      throw nearToken(tokText(t));
    }
    return s;
  }

  private parseAndOr(): AndOr {
    const first = this.parsePipeline();
    const rest: AndOr['rest'] = [];
    for (;;) {
      const t = this.peek();
      if (t.k !== 'op' || (t.v !== '&&' && t.v !== '||')) break;
      this.next();
      this.skipNl();
      rest.push({ op: t.v, pipe: this.parsePipeline() });
    }
    return { first, rest, background: false };
  }

  private parsePipeline(): Pipeline {
    let negate = false;
    let timed = false;
    if (this.isWord(this.peek(), 'time')) {
      this.next();
      timed = true;
    }
    while (this.isWord(this.peek(), '!')) {
      this.next();
      negate = !negate;
    }
    const cmds = [this.parseCommand()];
    for (;;) {
      const t = this.peek();
      if (t.k !== 'op' || (t.v !== '|' && t.v !== '|&')) break;
      this.next();
      if (t.v === '|&') redirsOf(cmds[cmds.length - 1]!)?.push({ fd: 2, op: '>&', target: litWord('1') });
      this.skipNl();
      cmds.push(this.parseCommand());
    }
    return timed ? { negate, cmds, timed } : { negate, cmds };
  }

  private parseCommand(): Command {
    const t = this.peek();
    if (t.k === 'eof') throw unexpectedEof();
    if (t.k === 'nl') throw nearToken('newline');
    if (t.k === 'op' && t.v === '(') {
      if (this.src[this.pos + 1] === '(') {
        const { raw, end } = this.lx.readArithRaw(this.pos + 2);
        this.lx.pos = end;
        this.cached = undefined;
        return { t: 'arithcmd', expr: this.quoted(raw), redirs: this.trailingRedirs() };
      }
      this.next();
      const body = this.parseBody(new Set([')']));
      this.expectOp(')');
      return { t: 'subshell', body, redirs: this.trailingRedirs() };
    }
    if (t.k === 'op' && !REDIR_OPS.has(t.v)) throw nearToken(t.v);
    if (t.k === 'word') {
      const w = plain(t.w);
      if (w === 'if') return this.parseIf();
      if (w === 'for') return this.parseFor();
      if (w === 'while' || w === 'until') return this.parseWhile(w === 'until');
      if (w === 'case') return this.parseCase();
      if (w === '{') {
        this.next();
        const body = this.parseBody(new Set(['}']));
        this.expectWord('}');
        return { t: 'group', body, redirs: this.trailingRedirs() };
      }
      if (w === 'function') return this.parseFunction();
      if (w === '[[') return this.parseDbrack();
      if (w !== undefined && RESERVED_END.has(w) && w !== 'in') throw nearToken(w);
    }
    return this.parseSimple();
  }

  private expectOp(op: string): void {
    const t = this.peek();
    if (t.k === 'op' && t.v === op) {
      this.next();
      return;
    }
    if (t.k === 'eof') throw unexpectedEof();
    throw nearToken(tokText(t));
  }

  private quoted(raw: string): Word {
    return Lexer.quotedText(raw, (this.lx as unknown as { sub: SubParser }).sub, false);
  }

  private trailingRedirs(): Redir[] {
    const redirs: Redir[] = [];
    for (;;) {
      const t = this.peek();
      if (t.k === 'io' || (t.k === 'op' && REDIR_OPS.has(t.v))) redirs.push(this.parseRedir());
      else return redirs;
    }
  }

  private parseRedir(): Redir {
    let t = this.next();
    let fd: number | undefined;
    if (t.k === 'io') {
      fd = t.fd;
      t = this.next();
    }
    if (t.k !== 'op') throw nearToken(tokText(t));
    const target = this.peek();
    if (target.k !== 'word') throw nearToken(target.k === 'eof' ? 'newline' : tokText(target));
    this.next();
    const redir: Redir = { op: t.v as RedirOp, target: target.w };
    if (fd !== undefined) redir.fd = fd;
    if (t.v === '<<' || t.v === '<<-') {
      const quotedDelim = target.w.parts.some((p) => p.t !== 'lit' || p.q);
      const delim = target.w.parts.map((p) => (p.t === 'lit' ? p.v : p.t === 'tilde' ? '~' + p.user : '')).join('');
      this.pending.push({ redir, delim: quotedDelim ? delim : target.w.raw, strip: t.v === '<<-', expand: !quotedDelim });
    }
    return redir;
  }

  private readHeredocs(): void {
    const src = this.src;
    for (const doc of this.pending.splice(0)) {
      let p = this.lx.pos;
      let body = '';
      let done = false;
      while (p < src.length) {
        const nl = src.indexOf('\n', p);
        const end = nl < 0 ? src.length : nl;
        let line = src.slice(p, end);
        if (doc.strip) line = line.replace(/^\t+/, '');
        p = nl < 0 ? src.length : nl + 1;
        if (line === doc.delim) {
          done = true;
          break;
        }
        body += line + '\n';
      }
      if (!done) {
        if (!this.opts.lenientHeredoc) throw unexpectedEof();
        this.opts.warn?.(`warning: here-document at line ${src.slice(0, this.lx.pos).split('\n').length - 1} delimited by end-of-file (wanted \`${doc.delim}')`);
      }
      this.lx.pos = p;
      this.cached = undefined;
      doc.redir.body = doc.expand ? Lexer.quotedText(body, (this.lx as unknown as { sub: SubParser }).sub, true) : litWord(body, true);
    }
  }

  private parseSimple(): Command {
    const assigns: Assign[] = [];
    const words: Word[] = [];
    const redirs: Redir[] = [];
    const line = this.src.slice(0, this.pos).split('\n').length;
    for (;;) {
      const t = this.peek();
      if (t.k === 'io' || (t.k === 'op' && REDIR_OPS.has(t.v))) redirs.push(this.parseRedir());
      else if (t.k === 'word') {
        this.next();
        const a = words.length ? undefined : asAssign(t.w);
        if (a) assigns.push(a);
        else words.push(t.w);
      } else break;
    }
    if (!assigns.length && !words.length && !redirs.length) {
      const t = this.peek();
      if (t.k === 'eof') throw unexpectedEof();
      throw nearToken(tokText(t));
    }
    // `name () compound` defines a function.
    const t = this.peek();
    if (words.length === 1 && !assigns.length && !redirs.length && t.k === 'op' && t.v === '(') {
      const name = plain(words[0]!);
      this.next();
      this.expectOp(')');
      this.skipNl();
      if (name === undefined) throw nearToken('(');
      return { t: 'func', name, body: this.parseCommand() };
    }
    return { t: 'simple', assigns, words, redirs, line };
  }

  private parseFunction(): Command {
    this.next();
    const n = this.next();
    if (n.k !== 'word' || plain(n.w) === undefined) throw n.k === 'eof' ? unexpectedEof() : nearToken(tokText(n));
    const t = this.peek();
    if (t.k === 'op' && t.v === '(') {
      this.next();
      this.expectOp(')');
    }
    this.skipNl();
    return { t: 'func', name: plain(n.w)!, body: this.parseCommand() };
  }

  private parseIf(): Command {
    this.next();
    const clauses: { cond: Script; body: Script }[] = [];
    let elseBody: Script | undefined;
    const cond = this.parseBody(new Set(['then']));
    this.expectWord('then');
    clauses.push({ cond, body: this.parseBody(new Set(['elif', 'else', 'fi'])) });
    for (;;) {
      const t = this.peek();
      if (this.isWord(t, 'elif')) {
        this.next();
        const c = this.parseBody(new Set(['then']));
        this.expectWord('then');
        clauses.push({ cond: c, body: this.parseBody(new Set(['elif', 'else', 'fi'])) });
      } else if (this.isWord(t, 'else')) {
        this.next();
        elseBody = this.parseBody(new Set(['fi']));
      } else break;
    }
    this.expectWord('fi');
    const cmd: Command = { t: 'if', clauses, redirs: this.trailingRedirs() };
    if (elseBody) cmd.else = elseBody;
    return cmd;
  }

  private parseDoGroup(): Script {
    this.skipNl();
    this.expectWord('do');
    const body = this.parseBody(new Set(['done']));
    this.expectWord('done');
    return body;
  }

  private parseFor(): Command {
    this.next();
    this.peek();
    if (this.src.startsWith('((', this.pos)) {
      const { raw, end } = this.lx.readArithRaw(this.pos + 2);
      this.lx.pos = end;
      this.cached = undefined;
      const [init = '', cond = '', step = ''] = raw.split(';');
      const s = this.peek();
      if (s.k === 'op' && s.v === ';') this.next();
      const body = this.parseDoGroup();
      return { t: 'cfor', init: this.quoted(init), cond: this.quoted(cond), step: this.quoted(step), body, redirs: this.trailingRedirs() };
    }
    const n = this.next();
    if (n.k !== 'word' || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(plain(n.w) ?? '')) {
      if (n.k === 'eof') throw unexpectedEof();
      throw new ParseError(`\`${tokText(n)}': not a valid identifier`, false);
    }
    this.skipNl();
    let items: Word[] | undefined;
    if (this.isWord(this.peek(), 'in')) {
      this.next();
      items = [];
      for (;;) {
        const t = this.peek();
        if (t.k !== 'word') break;
        this.next();
        items.push(t.w);
      }
      const s = this.peek();
      if (s.k === 'op' && s.v === ';') this.next();
      else if (s.k === 'nl') this.next();
      else if (s.k === 'eof') throw unexpectedEof();
      else throw nearToken(tokText(s));
    } else {
      const s = this.peek();
      if (s.k === 'op' && s.v === ';') this.next();
    }
    const body = this.parseDoGroup();
    const cmd: Command = { t: 'for', name: plain(n.w)!, body, redirs: this.trailingRedirs() };
    if (items) cmd.items = items;
    return cmd;
  }

  private parseWhile(until: boolean): Command {
    this.next();
    const cond = this.parseBody(new Set(['do']));
    const body = this.parseDoGroup();
    return { t: 'while', until, cond, body, redirs: this.trailingRedirs() };
  }

  private parseCase(): Command {
    this.next();
    const w = this.next();
    if (w.k !== 'word') throw w.k === 'eof' ? unexpectedEof() : nearToken(tokText(w));
    this.skipNl();
    this.expectWord('in');
    const arms: Extract<Command, { t: 'case' }>['arms'] = [];
    for (;;) {
      this.skipNl();
      let t = this.peek();
      if (this.isWord(t, 'esac')) break;
      if (t.k === 'op' && t.v === '(') {
        this.next();
        t = this.peek();
      }
      const patterns: Word[] = [];
      for (;;) {
        const p = this.next();
        if (p.k !== 'word') throw p.k === 'eof' ? unexpectedEof() : nearToken(tokText(p));
        patterns.push(p.w);
        const s = this.peek();
        if (s.k === 'op' && s.v === '|') this.next();
        else break;
      }
      this.expectOp(')');
      const body = this.parseList(new Set([';;', ';&', ';;&', 'esac']));
      const s = this.peek();
      let fall: ';;' | ';&' | ';;&' = ';;';
      if (s.k === 'op' && (s.v === ';;' || s.v === ';&' || s.v === ';;&')) {
        this.next();
        fall = s.v;
      } else if (!this.isWord(s, 'esac')) throw s.k === 'eof' ? unexpectedEof() : nearToken(tokText(s));
      arms.push({ patterns, body, fall });
    }
    this.expectWord('esac');
    return { t: 'case', word: w.w, arms, redirs: this.trailingRedirs() };
  }

  private parseDbrack(): Command {
    this.next();
    const words: Word[] = [];
    for (;;) {
      const t = this.peek();
      if (t.k === 'eof') throw unexpectedEof();
      this.next();
      if (t.k === 'nl') continue;
      if (t.k === 'word' && plain(t.w) === ']]') break;
      if (t.k === 'word') words.push(t.w);
      else if (t.k === 'op') words.push(litWord(t.v));
      else if (t.k === 'io') words.push(litWord(String(t.fd)));
    }
    return { t: 'dbrack', words, redirs: this.trailingRedirs() };
  }
}

function redirsOf(c: Command): Redir[] | undefined {
  return 'redirs' in c ? c.redirs : undefined;
}

export function litWord(v: string, q = false): Word {
  return { parts: [{ t: 'lit', v, q }], raw: v };
}

function asAssign(w: Word): Assign | undefined {
  const p = w.parts[0];
  if (p?.t === 'array') return { name: p.name, append: p.append, value: { parts: [], raw: '' }, items: p.items };
  const sub = p && p.t === 'lit' && !p.q ? /^([A-Za-z_][A-Za-z0-9_]*)\[([^\]]*)\](\+?)=/.exec(p.v) : null;
  if (sub && p?.t === 'lit') {
    const rest = p.v.slice(sub[0].length);
    const parts = [...(rest ? [{ ...p, v: rest }] : []), ...w.parts.slice(1)];
    return { name: sub[1]!, append: sub[3] === '+', index: litWord(sub[2]!), value: { parts, raw: w.raw.slice(sub[0].length) } };
  }
  if (!p || p.t !== 'lit' || p.q) return undefined;
  const m = /^([A-Za-z_][A-Za-z0-9_]*)(\+?)=/.exec(p.v);
  if (!m) return undefined;
  const rest = p.v.slice(m[0].length);
  const parts = [...(rest ? [{ ...p, v: rest }] : []), ...w.parts.slice(1)];
  return { name: m[1]!, append: m[2] === '+', value: { parts, raw: w.raw.slice(m[0].length) } };
}

function tokText(t: Tok): string {
  if (t.k === 'word') return t.w.raw;
  if (t.k === 'op') return t.v;
  if (t.k === 'io') return String(t.fd);
  return 'newline';
}

/** Parses a whole input. Throws ParseError. */
export function parse(src: string, opts: ParseOptions = {}): Script {
  return new Parser(src, 0, opts).parseAll();
}

/** Whether the input stops in the middle of something (a quote, a here-document, `if` without `fi`). */
export function isIncomplete(src: string): boolean {
  if (/(^|[^\\])(\\\\)*\\$/.test(src)) return true;
  try {
    parse(src);
    return false;
  } catch (e) {
    return e instanceof ParseError && e.incomplete;
  }
}

export { isMeta };
