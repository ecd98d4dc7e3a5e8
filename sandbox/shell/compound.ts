// Compound commands: groups, subshells, if, while/until, for, C-style for, case, [[ ]], (( )).

import type { Command, Word } from './ast.js';
import type { IO } from './io.js';
import type { Shell } from './interpreter.js';
import { matchPattern } from './pattern.js';
import { evalDbrack } from './builtins/test.js';

type Compound = Exclude<Command, { t: 'simple' } | { t: 'func' }>;

export function runCompound(sh: Shell, c: Compound, io: IO): Promise<number> {
  switch (c.t) {
    case 'group':
      return sh.withRedirs(c, io, (rio) => sh.script(c.body, rio));
    case 'subshell':
      return sh.withRedirs(c, io, (rio) => {
        const sub = sh.clone();
        return sub.inSubshell(() => sub.script(c.body, rio), rio.err);
      });
    case 'if':
      return sh.withRedirs(c, io, async (rio) => {
        for (const cl of c.clauses) {
          if ((await sh.cond(cl.cond, rio)) === 0) return sh.script(cl.body, rio);
        }
        return c.else ? sh.script(c.else, rio) : (sh.status = 0);
      });
    case 'while':
      return sh.withRedirs(c, io, (rio) =>
        sh.loop(async (body) => {
          const s = await sh.cond(c.cond, rio);
          if ((s === 0) === c.until) return false;
          await body(() => sh.script(c.body, rio));
          return true;
        }),
      );
    case 'for':
      return sh.withRedirs(c, io, async (rio) => {
        const items = c.items ? await sh.expandOrFail(c.items, rio) : [...sh.positional];
        if (items === undefined) return 1;
        let i = 0;
        return sh.loop(async (body) => {
          if (i >= items.length) return false;
          sh.vars.set(c.name, items[i++]!);
          await body(() => sh.script(c.body, rio));
          return true;
        });
      });
    case 'cfor':
      return sh.withRedirs(c, io, async (rio) => {
        const ex = sh.expander();
        const arith = async (w: Word) => (w.raw.trim() ? ex.arith(w) : 1);
        if (c.init.raw.trim()) await ex.arith(c.init);
        let first = true;
        return sh.loop(async (body) => {
          if (!first) await arith(c.step);
          first = false;
          if ((await arith(c.cond)) === 0) return false;
          await body(() => sh.script(c.body, rio));
          return true;
        });
      });
    case 'case':
      return sh.withRedirs(c, io, async (rio) => {
        const ex = sh.expander();
        const word = await ex.string(c.word);
        let status = 0;
        let fallthrough = false;
        for (const arm of c.arms) {
          let hit = fallthrough;
          for (const p of arm.patterns) if (!hit && matchPattern(await ex.pattern(p), word)) hit = true;
          if (!hit) continue;
          status = await sh.script(arm.body, rio);
          if (arm.fall === ';;') return (sh.status = status);
          fallthrough = arm.fall === ';&';
        }
        return (sh.status = status);
      });
    case 'dbrack':
      return sh.withRedirs(c, io, async (rio) => {
        sh.tick();
        return (sh.status = await evalDbrack(sh, c.words, rio));
      });
    case 'arithcmd':
      return sh.withRedirs(c, io, async () => {
        sh.tick();
        return (sh.status = (await sh.expander().arith(c.expr)) !== 0 ? 0 : 1);
      });
  }
}
