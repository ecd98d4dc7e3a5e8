// `sleep NUMBER[smhd]…`: passes time on the cluster clock (virtual unless the runtime says otherwise).

import type { Builtin } from './index.js';
import { StopError } from '../limits.js';

const UNIT: Record<string, number> = { '': 1000, s: 1000, m: 60000, h: 3600000, d: 86400000 };

export const sleep: Builtin = async (sh, argv, io) => {
  const args = argv.slice(1);
  if (!args.length) {
    io.err.write("sleep: missing operand\nTry 'sleep --help' for more information.\n");
    return 1;
  }
  let ms = 0;
  let bad = false;
  for (const a of args) {
    const m = /^(\d+\.?\d*|\.\d+)([smhd]?)$/.exec(a) ?? (a === 'inf' || a === 'infinity' ? ['', '86400000000', ''] : null);
    if (!m) {
      io.err.write(`sleep: invalid time interval ‘${a}’\n`);
      bad = true;
      continue;
    }
    ms += Number(m[1]) * UNIT[m[2]!]!;
  }
  if (bad) {
    io.err.write("Try 'sleep --help' for more information.\n");
    return 1;
  }
  await sh.svc.sleep(ms, sh.run.signal);
  if (sh.run.signal.aborted) throw new StopError('interrupt');
  return 0;
};
