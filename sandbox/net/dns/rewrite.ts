// The rewrite plugin's `name` rules (plugin/rewrite/name.go): the question is rewritten before
// the next plugins answer, restored in the reply, and with `answer auto` the answer names too.

import { CorefileError, type Directive } from './corefile.js';
import { fqdn, type Msg, type Question } from './types.js';

export type NameMatch = 'exact' | 'prefix' | 'suffix' | 'substring' | 'regex';

export interface NameRule {
  mode: 'stop' | 'continue';
  match: NameMatch;
  from: string;
  to: string;
  answerAuto: boolean;
}

const err = (d: Directive, msg: string) => new CorefileError(`plugin/rewrite: Corefile:${d.line} - Error during parsing: ${msg}`);

export function parseRewrite(d: Directive): NameRule {
  const a = [...d.args];
  const mode = a[0] === 'stop' || a[0] === 'continue' ? (a.shift() as NameRule['mode']) : 'stop';
  if (a[0] !== 'name') throw err(d, `only name rewrites are simulated, got '${a[0] ?? ''}'`);
  a.shift();
  const match: NameMatch = ['exact', 'prefix', 'suffix', 'substring', 'regex'].includes(a[0]!) ? (a.shift() as NameMatch) : 'exact';
  const [from, to, ...rest] = a;
  if (!from || !to) throw err(d, `Wrong argument count or unexpected line ending after '${d.args.at(-1) ?? 'rewrite'}'`);
  const answerAuto = rest[0] === 'answer' && rest[1] === 'auto';
  if (rest.length && !answerAuto) throw err(d, `unknown option '${rest.join(' ')}'`);
  // exact and suffix names are normalized to lower-case FQDNs, as plugin.Name(..).Normalize() does.
  const norm = (s: string) => (match === 'exact' || match === 'suffix' ? fqdn(s.toLowerCase()) : s.toLowerCase());
  return { mode, match, from: match === 'regex' ? from : norm(from), to: match === 'regex' ? to : norm(to), answerAuto };
}

/** The name after one rule, or undefined if the rule does not match. */
function apply(r: NameRule, name: string, reverse = false): string | undefined {
  const from = reverse ? r.to : r.from, to = reverse ? r.from : r.to;
  const n = name.toLowerCase();
  switch (r.match) {
    case 'exact':
      return n === from ? to : undefined;
    case 'prefix':
      return n.startsWith(from) ? to + n.slice(from.length) : undefined;
    case 'suffix':
      return n.endsWith(from) ? n.slice(0, n.length - from.length) + to : undefined;
    case 'substring':
      return n.includes(from) ? n.replace(from, to) : undefined;
    case 'regex': {
      if (reverse) return undefined; // regex rules need explicit `answer name` rules, not simulated
      const m = n.match(new RegExp(from));
      return m ? to.replace(/\{(\d+)\}/g, (_, i) => m[Number(i)] ?? '') : undefined;
    }
  }
}

/** Rewrites the question; returns the new question and the rules that fired. */
export function rewriteQuestion(rules: NameRule[], q: Question): { q: Question; fired: NameRule[] } {
  let name = q.name;
  const fired: NameRule[] = [];
  for (const r of rules) {
    const out = apply(r, name);
    if (out === undefined) continue;
    name = fqdn(out);
    fired.push(r);
    if (r.mode === 'stop') break;
  }
  return { q: { ...q, name }, fired };
}

/** Restores the question in the reply and, for `answer auto` rules, the answer names. */
export function rewriteReply(fired: NameRule[], original: Question, m: Msg): Msg {
  const out: Msg = { ...m, question: original };
  const auto = fired.filter((r) => r.answerAuto).reverse();
  if (auto.length) {
    out.answer = m.answer.map((rr) => {
      let name = rr.name;
      for (const r of auto) name = fqdn(apply(r, name, true) ?? name);
      return name === rr.name ? rr : { ...rr, name };
    });
  }
  return out;
}
