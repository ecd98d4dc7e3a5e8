// Parses `iptables-save` text back into a Ruleset (what iptables-restore reads), so rules a
// learner or a test writes as text are the same data the printer and the packet walk use.

import { BUILTIN_CHAINS, newTable, ensureChain, type Match, type Neg, type Rule, type Ruleset, type TableName, type Target } from './model.js';

export class RestoreError extends Error {}

/** Splits a rule line into words: double quotes group, a backslash escapes inside them. */
export function tokenize(line: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < line.length) {
    while (line[i] === ' ' || line[i] === '\t') i++;
    if (i >= line.length) break;
    let word = '';
    if (line[i] === '"') {
      i++;
      while (i < line.length && line[i] !== '"') {
        if (line[i] === '\\' && i + 1 < line.length) i++;
        word += line[i++];
      }
      if (line[i] !== '"') throw new RestoreError(`unterminated quote in: ${line}`);
      i++;
    } else {
      while (i < line.length && line[i] !== ' ' && line[i] !== '\t') word += line[i++];
    }
    out.push(word);
  }
  return out;
}

function parseProbability(s: string): number {
  const p = Number(s);
  if (!(p >= 0 && p <= 1)) throw new RestoreError(`statistic: invalid --probability "${s}"`);
  return Math.round(p * 0x80000000);
}

function num(s: string | undefined, what: string): number {
  const n = Number(s);
  if (s === undefined || s === '' || !Number.isFinite(n) || n < 0) throw new RestoreError(`Bad value for option "${what}"`);
  return n;
}

class Words {
  i = 0;
  constructor(readonly w: string[]) {}
  peek(): string | undefined {
    return this.w[this.i];
  }
  next(): string {
    const v = this.w[this.i++];
    if (v === undefined) throw new RestoreError(`missing argument after ${this.w[this.i - 2] ?? ''}`);
    return v;
  }
  /** An option of the current module (`--x`, or `! --x`), without consuming anything else. */
  option(): { name: string; neg: boolean } | undefined {
    const a = this.w[this.i];
    if (a === '!' && this.w[this.i + 1]?.startsWith('--')) {
      this.i += 2;
      return { name: this.w[this.i - 1]!.slice(2), neg: true };
    }
    if (a?.startsWith('--')) {
      this.i++;
      return { name: a.slice(2), neg: false };
    }
    return undefined;
  }
}

function parseModule(name: string, w: Words): Match {
  const opts: { name: string; neg: boolean; value?: string }[] = [];
  const flagOnly = new Set(['set', 'rcheck', 'update', 'remove', 'reap', 'rsource', 'rdest', 'random-fully']);
  const start = w.i;
  for (let o = w.option(); o; o = w.option()) {
    opts.push(flagOnly.has(o.name) ? o : { ...o, value: w.next() });
  }
  const get = (k: string) => opts.find((o) => o.name === k);
  const need = (k: string) => {
    const o = get(k);
    if (!o) throw new RestoreError(`${name}: option "--${k}" is required`);
    return o;
  };
  const nv = (k: string): Neg<string> | undefined => {
    const o = get(k);
    return o ? (o.neg ? { value: o.value!, neg: true } : { value: o.value! }) : undefined;
  };
  switch (name) {
    case 'comment':
      return { m: 'comment', comment: get('comment')?.value ?? '' };
    case 'tcp':
    case 'udp':
    case 'sctp': {
      const m: Match = { m: name };
      const sport = nv('sport'), dport = nv('dport');
      if (sport) m.sport = sport;
      if (dport) m.dport = dport;
      return m;
    }
    case 'statistic':
      return { m: 'statistic', mode: 'random', probability: parseProbability(need('probability').value!) };
    case 'recent': {
      const op = (['set', 'rcheck', 'update', 'remove'] as const).find((k) => get(k));
      if (!op) throw new RestoreError('recent: one of --set, --rcheck, --update or --remove is required');
      const m: Match = { m: 'recent', op, name: get('name')?.value ?? 'DEFAULT', mask: get('mask')?.value ?? '255.255.255.255', side: get('rdest') ? 'rdest' : 'rsource' };
      if (get(op)?.neg) m.neg = true;
      const secs = get('seconds');
      if (secs) m.seconds = num(secs.value, '--seconds');
      if (get('reap')) m.reap = true;
      return m;
    }
    case 'addrtype': {
      const m: Match = { m: 'addrtype' };
      const s = nv('src-type'), d = nv('dst-type');
      if (s) m.srcType = s;
      if (d) m.dstType = d;
      return m;
    }
    case 'mark': {
      const o = need('mark');
      const [v, mask] = o.value!.split('/');
      const m: Match = { m: 'mark', mark: num(v, '--mark'), mask: mask === undefined ? 0xffffffff : num(mask, '--mark') };
      if (o.neg) m.neg = true;
      return m;
    }
    case 'conntrack': {
      const o = get('ctstate');
      if (o && opts.length === 1) {
        const m: Match = { m: 'conntrack', ctstate: o.value!.split(',') };
        if (o.neg) m.neg = true;
        return m;
      }
      return { m: 'other', name, args: w.w.slice(start, w.i) };
    }
    default:
      return { m: 'other', name, args: w.w.slice(start, w.i) };
  }
}

function parseTarget(name: string, goto: boolean, w: Words): Target {
  const t: Target = { name };
  if (goto) t.goto = true;
  const extra: string[] = [];
  while (w.peek() !== undefined) {
    const a = w.next();
    if (a === '--to-destination') t.toDestination = w.next();
    else if (a === '--to-source') t.toSource = w.next();
    else if (a === '--to-ports') t.toPorts = w.next();
    else if (a === '--random-fully') t.randomFully = true;
    else if (a === '--reject-with') t.rejectWith = w.next();
    else if (a === '--set-xmark') {
      const [v, m] = w.next().split('/');
      t.xmark = { value: num(v, '--set-xmark'), mask: m === undefined ? 0xffffffff : num(m, '--set-xmark') };
    } else if (a === '--or-mark') {
      const v = num(w.next(), '--or-mark');
      t.xmark = { value: v, mask: v };
    } else if (a === '--xor-mark') t.xmark = { value: num(w.next(), '--xor-mark'), mask: 0 };
    else extra.push(a);
  }
  if (extra.length) t.extra = extra;
  return t;
}

/** Parses the words after `-A CHAIN`. */
export function parseRule(words: string[]): Rule {
  const w = new Words(words);
  const rule: Rule = { matches: [] };
  const addrFlags: Record<string, 'src' | 'dst' | 'inIface' | 'outIface' | 'proto'> = {
    '-s': 'src', '-d': 'dst', '-i': 'inIface', '-o': 'outIface', '-p': 'proto',
  };
  while (w.peek() !== undefined) {
    let a = w.next();
    let negated = false;
    if (a === '!') {
      negated = true;
      a = w.next();
    }
    const field = addrFlags[a];
    if (field) {
      rule[field] = negated ? { value: w.next(), neg: true } : { value: w.next() };
    } else if (a === '-m') {
      rule.matches.push(parseModule(w.next(), w));
    } else if (a === '-j' || a === '-g') {
      rule.target = parseTarget(w.next(), a === '-g', w);
    } else {
      throw new RestoreError(`unknown argument: ${a}`);
    }
  }
  return rule;
}

/** Parses iptables-save text (all tables it holds). */
export function iptablesRestore(text: string): Ruleset {
  const rs: Ruleset = { tables: new Map() };
  let table: ReturnType<typeof newTable> | undefined;
  const lines = text.split('\n');
  for (let n = 0; n < lines.length; n++) {
    try {
      table = restoreLine(rs, table, lines[n]!.trim());
    } catch (e) {
      if (e instanceof RestoreError) throw new RestoreError(`${e.message}\nError occurred at line: ${n + 1}`);
      throw e;
    }
  }
  if (table) throw new RestoreError(`COMMIT expected\nError occurred at line: ${lines.length}`);
  return rs;
}

type TableOf = ReturnType<typeof newTable>;

function restoreLine(rs: Ruleset, table: TableOf | undefined, line: string): TableOf | undefined {
  if (!line || line.startsWith('#')) return table;
  if (line.startsWith('*')) {
    const name = line.slice(1) as TableName;
    if (!(name in BUILTIN_CHAINS)) throw new RestoreError(`can't initialize iptables table \`${name}': Table does not exist (do you need to insmod?)`);
    const t = newTable(name);
    rs.tables.set(name, t);
    return t;
  }
  if (line === 'COMMIT') return undefined;
  if (!table) throw new RestoreError(`no command specified`);
  if (line.startsWith(':')) {
    const [name, policy] = line.slice(1).split(/\s+/);
    if (!name) throw new RestoreError('empty chain name');
    const c = ensureChain(table, name);
    if (policy === 'ACCEPT' || policy === 'DROP') c.policy = policy;
    return table;
  }
  if (line.startsWith('-A ')) {
    const words = tokenize(line);
    const chain = words[1] === undefined ? undefined : table.chains.get(words[1]);
    if (!chain) throw new RestoreError(`Chain '${words[1] ?? ''}' does not exist`);
    chain.rules.push(parseRule(words.slice(2)));
    return table;
  }
  throw new RestoreError(`Bad argument \`${line.split(/\s+/)[0]}'`);
}
