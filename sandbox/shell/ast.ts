// The syntax tree the shell parser produces and the interpreter walks.

/** One piece of a word; `q` marks text that came from inside quotes (no splitting, no globbing). */
export type Part =
  | { t: 'lit'; v: string; q: boolean }
  | { t: 'param'; name: string; op?: string; arg?: Word; arg2?: Word; len?: boolean; q: boolean; index?: Word }
  | { t: 'array'; name: string; append: boolean; items: Word[] }
  | { t: 'cmd'; body: Script; q: boolean }
  | { t: 'arith'; expr: Word; q: boolean }
  | { t: 'procsub'; body: Script; dir: '<' | '>' }
  | { t: 'tilde'; user: string };

export interface Word {
  parts: Part[];
  /** The source text, for error messages and `[[` patterns. */
  raw: string;
}

export type RedirOp = '>' | '>>' | '>|' | '<' | '<>' | '>&' | '<&' | '&>' | '&>>' | '<<' | '<<-' | '<<<';

export interface Redir {
  /** The file descriptor written before the operator (`2>`), if any. */
  fd?: number;
  op: RedirOp;
  target: Word;
  /** Here-document body: a literal (quoted delimiter) or a word expanded like double quotes. */
  body?: Word;
}

export interface Assign {
  name: string;
  value: Word;
  append: boolean;
  /** `a[i]=v`: the subscript. */
  index?: Word;
  /** `a=(x y z)`: the elements. */
  items?: Word[];
}

export type Command =
  | { t: 'simple'; assigns: Assign[]; words: Word[]; redirs: Redir[]; line: number }
  | { t: 'dbrack'; words: Word[]; redirs: Redir[] }
  | { t: 'arithcmd'; expr: Word; redirs: Redir[] }
  | { t: 'group'; body: Script; redirs: Redir[] }
  | { t: 'subshell'; body: Script; redirs: Redir[] }
  | { t: 'if'; clauses: { cond: Script; body: Script }[]; else?: Script; redirs: Redir[] }
  | { t: 'for'; name: string; items?: Word[]; body: Script; redirs: Redir[] }
  | { t: 'cfor'; init: Word; cond: Word; step: Word; body: Script; redirs: Redir[] }
  | { t: 'while'; until: boolean; cond: Script; body: Script; redirs: Redir[] }
  | { t: 'case'; word: Word; arms: { patterns: Word[]; body: Script; fall: ';;' | ';&' | ';;&' }[]; redirs: Redir[] }
  | { t: 'func'; name: string; body: Command };

export interface Pipeline {
  negate: boolean;
  /** `time PIPELINE`: report how long it took. */
  timed?: boolean;
  cmds: Command[];
}

export interface AndOr {
  first: Pipeline;
  rest: { op: '&&' | '||'; pipe: Pipeline }[];
  background: boolean;
}

export interface Script {
  items: AndOr[];
}
