// The netfilter data model: tables → chains → rules with parsed matches and targets. One
// structure is printed by iptables-save, parsed back, walked by packets and asserted by tests.

export type TableName = 'filter' | 'nat' | 'mangle' | 'raw';

/** Built-in chains of each table, in the order iptables-save declares them. */
export const BUILTIN_CHAINS: Record<TableName, readonly string[]> = {
  raw: ['PREROUTING', 'OUTPUT'],
  mangle: ['PREROUTING', 'INPUT', 'FORWARD', 'OUTPUT', 'POSTROUTING'],
  filter: ['INPUT', 'FORWARD', 'OUTPUT'],
  nat: ['PREROUTING', 'INPUT', 'OUTPUT', 'POSTROUTING'],
};

/** Targets that are not chains: a `-j` naming anything else must name a chain of the table. */
export const TERMINAL_TARGETS = new Set([
  'ACCEPT', 'DROP', 'RETURN', 'REJECT', 'DNAT', 'SNAT', 'MASQUERADE', 'MARK', 'LOG', 'REDIRECT', 'NOTRACK', 'CT',
]);

export interface Neg<T> {
  value: T;
  neg?: boolean;
}

export type Match =
  | { m: 'comment'; comment: string }
  | { m: 'tcp' | 'udp' | 'sctp'; sport?: Neg<string>; dport?: Neg<string> }
  /** `probability` is the kernel's value: lround(p·2^31), so saving prints it back exactly. */
  | { m: 'statistic'; mode: 'random'; probability: number }
  | {
      m: 'recent';
      op: 'set' | 'rcheck' | 'update' | 'remove';
      neg?: boolean;
      seconds?: number;
      reap?: boolean;
      name: string;
      mask: string;
      side: 'rsource' | 'rdest';
    }
  | { m: 'addrtype'; srcType?: Neg<string>; dstType?: Neg<string> }
  | { m: 'mark'; mark: number; mask: number; neg?: boolean }
  | { m: 'conntrack'; ctstate: string[]; neg?: boolean }
  /** Any other module, kept verbatim so parse → print round-trips. */
  | { m: 'other'; name: string; args: string[] };

export interface Target {
  /** `-j NAME`: a chain of the same table or one of TERMINAL_TARGETS. */
  name: string;
  /** `-g` instead of `-j`. */
  goto?: boolean;
  toDestination?: string;
  toSource?: string;
  toPorts?: string;
  randomFully?: boolean;
  /** MARK --set-xmark value/mask (`--or-mark m` is `m/m`, `--xor-mark m` is `m/0`). */
  xmark?: { value: number; mask: number };
  rejectWith?: string;
  /** Options of targets we do not model, verbatim. */
  extra?: string[];
}

export interface Rule {
  src?: Neg<string>;
  dst?: Neg<string>;
  inIface?: Neg<string>;
  outIface?: Neg<string>;
  proto?: Neg<string>;
  matches: Match[];
  target?: Target;
}

export interface Chain {
  name: string;
  /** Built-in chains have a policy; user chains print `-`. */
  policy?: 'ACCEPT' | 'DROP';
  rules: Rule[];
}

export interface Table {
  name: TableName;
  chains: Map<string, Chain>;
}

/** The rules of one network namespace (a node), tables in the order iptables-nft-save prints. */
export interface Ruleset {
  tables: Map<TableName, Table>;
}

export const TABLE_ORDER: readonly TableName[] = ['raw', 'mangle', 'filter', 'nat'];

export function newTable(name: TableName): Table {
  const chains = new Map<string, Chain>();
  for (const c of BUILTIN_CHAINS[name]) chains.set(c, { name: c, policy: 'ACCEPT', rules: [] });
  return { name, chains };
}

export function ensureChain(t: Table, name: string): Chain {
  let c = t.chains.get(name);
  if (!c) {
    c = { name, rules: [] };
    t.chains.set(name, c);
  }
  return c;
}

export function isBuiltin(table: TableName, chain: string): boolean {
  return BUILTIN_CHAINS[table].includes(chain);
}

/** Chains in iptables-save order: built-ins first, then user chains alphabetically (byte order). */
export function chainOrder(t: Table): Chain[] {
  const builtins = BUILTIN_CHAINS[t.name].map((n) => t.chains.get(n)).filter((c): c is Chain => !!c);
  const users = [...t.chains.values()].filter((c) => !isBuiltin(t.name, c.name));
  users.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return [...builtins, ...users];
}

/** The kernel's statistic value for a probability as kube-proxy writes it (`%0.10f`). */
export function kernelProbability(p: number): number {
  let k = probMemo.get(p);
  if (k === undefined) {
    k = Math.round(Number(p.toFixed(10)) * 0x80000000);
    probMemo.set(p, k);
  }
  return k;
}

const probMemo = new Map<number, number>();
