// Consistency checks over a Ruleset: every `-j`/`-g` names a target or a chain of its table
// (iptables-restore refuses anything else), and every rule's chain is declared.

import { TERMINAL_TARGETS, chainOrder, type Ruleset } from './model.js';
import { ruleLine } from './save.js';

export interface Dangling {
  table: string;
  chain: string;
  rule: string;
}

export function danglingJumps(rs: Ruleset): Dangling[] {
  const out: Dangling[] = [];
  for (const t of rs.tables.values()) {
    for (const c of chainOrder(t)) {
      for (const r of c.rules) {
        const name = r.target?.name;
        if (name && !TERMINAL_TARGETS.has(name) && !t.chains.has(name)) out.push({ table: t.name, chain: c.name, rule: ruleLine(c.name, r) });
      }
    }
  }
  return out;
}
