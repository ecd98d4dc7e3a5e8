// `history [N]` and `history -c`, numbered as bash prints them.

import type { Builtin } from './index.js';

export const history: Builtin = (sh, argv, io) => {
  const lines = sh.svc.history();
  const arg = argv[1];
  if (arg === '-c') {
    lines.splice(0);
    return 0;
  }
  let start = 0;
  if (arg !== undefined) {
    if (!/^[0-9]+$/.test(arg)) {
      io.err.write(`${sh.name}: history: ${arg}: numeric argument required\n`);
      return 1;
    }
    start = Math.max(0, lines.length - Number(arg));
  }
  for (let i = start; i < lines.length; i++) io.out.write(`${String(i + 1).padStart(5)}  ${lines[i]}\n`);
  return 0;
};
