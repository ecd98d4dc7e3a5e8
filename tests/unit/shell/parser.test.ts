// The parser: tree shapes, here-documents, syntax errors in bash's words, and needsMore.

import { describe, expect, it } from 'vitest';
import { isIncomplete, parse } from '../../../sandbox/shell/parser.js';
import { ParseError } from '../../../sandbox/shell/lexer.js';

const err = (src: string) => {
  try {
    parse(src);
  } catch (e) {
    if (e instanceof ParseError) return e.message;
    throw e;
  }
  return undefined;
};

describe('parse', () => {
  it('builds and-or lists of pipelines', () => {
    const s = parse('a | b && ! c || d; e &');
    expect(s.items).toHaveLength(2);
    expect(s.items[0]!.first.cmds).toHaveLength(2);
    expect(s.items[0]!.rest.map((r) => [r.op, r.pipe.negate])).toEqual([
      ['&&', true],
      ['||', false],
    ]);
    expect(s.items[1]!.background).toBe(true);
  });

  it('keeps quoting information on word parts', () => {
    const c = parse(`echo 'a b' "c $HOME" d\\ e`).items[0]!.first.cmds[0]!;
    expect(c.t).toBe('simple');
    if (c.t !== 'simple') return;
    expect(c.words.map((w) => w.raw)).toEqual(['echo', "'a b'", '"c $HOME"', 'd\\ e']);
    expect(c.words[1]!.parts).toEqual([{ t: 'lit', v: 'a b', q: true }]);
    expect(c.words[2]!.parts).toEqual([{ t: 'lit', v: 'c ', q: true }, { t: 'param', name: 'HOME', q: true }]);
  });

  it('separates assignments, redirections and io numbers', () => {
    const c = parse('A=1 B+=2 cmd x 2>&1 >out <in').items[0]!.first.cmds[0]!;
    if (c.t !== 'simple') throw new Error(c.t);
    expect(c.assigns.map((a) => [a.name, a.append])).toEqual([
      ['A', false],
      ['B', true],
    ]);
    expect(c.redirs.map((r) => [r.fd, r.op, r.target.raw])).toEqual([
      [2, '>&', '1'],
      [undefined, '>', 'out'],
      [undefined, '<', 'in'],
    ]);
  });

  it('reads here-document bodies from the following lines', () => {
    const s = parse("cat <<EOF | wc -l\nline $X\nEOF\ncat <<'Q'\n$raw\nQ\necho done");
    expect(s.items).toHaveLength(3);
    const first = s.items[0]!.first.cmds[0]!;
    if (first.t !== 'simple') throw new Error();
    expect(first.redirs[0]!.body!.parts.some((p) => p.t === 'param')).toBe(true);
    const second = s.items[1]!.first.cmds[0]!;
    if (second.t !== 'simple') throw new Error();
    expect(second.redirs[0]!.body).toEqual({ parts: [{ t: 'lit', v: '$raw\n', q: true }], raw: '$raw\n' });
  });

  it('parses compound commands', () => {
    const kinds = (src: string) => parse(src).items.map((i) => i.first.cmds[0]!.t);
    expect(kinds('if a; then b; elif c; then d; else e; fi; for x in 1 2; do :; done; while a; do b; done; until a; do b; done')).toEqual(['if', 'for', 'while', 'while']);
    expect(kinds('case $x in a|b) y;; *) z;; esac; { a; }; (b); f() { c; }; function g { d; }; [[ -n $x ]]; ((i++)); for ((i=0;i<2;i++)); do :; done')).toEqual([
      'case', 'group', 'subshell', 'func', 'func', 'dbrack', 'arithcmd', 'cfor',
    ]);
  });

  it('nests command substitutions and backticks', () => {
    const c = parse('echo $(echo $(echo a) `echo b`)').items[0]!.first.cmds[0]!;
    if (c.t !== 'simple') throw new Error();
    expect(c.words[1]!.parts[0]!.t).toBe('cmd');
  });

  it('words syntax errors as bash does', () => {
    expect(err('echo ;;')).toBe("syntax error near unexpected token `;;'");
    expect(err('echo )')).toBe("syntax error near unexpected token `)'");
    expect(err('fi')).toBe("syntax error near unexpected token `fi'");
    expect(err('; ls')).toBe("syntax error near unexpected token `;'");
    expect(err('ls >')).toBe("syntax error near unexpected token `newline'");
    expect(err('if true; then fi')).toBe("syntax error near unexpected token `fi'");
    expect(err('if true; then echo')).toBe('syntax error: unexpected end of file');
    expect(err("echo 'a")).toBe("unexpected EOF while looking for matching `''");
    expect(err('echo "a')).toBe('unexpected EOF while looking for matching `"\'');
    expect(err('echo $(a')).toBe("unexpected EOF while looking for matching `)'");
  });
});

describe('needsMore', () => {
  it.each([
    "echo 'open",
    'echo "open',
    'cat <<EOF',
    'cat <<EOF\nbody',
    'if true; then',
    'for x in a; do',
    'ls |',
    'true &&',
    'echo a \\',
    'echo $(ls',
    'f() {',
    'case x in',
    'echo `ls',
  ])('wants more after %j', (src) => expect(isIncomplete(src)).toBe(true));

  it.each(['echo hi', 'cat <<EOF\nbody\nEOF', 'echo ;;', 'fi', '', '# comment', "echo 'a\nb'"])('is complete: %j', (src) => expect(isIncomplete(src)).toBe(false));
});
