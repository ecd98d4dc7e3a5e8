// `conntrack -L` on a kind node (conntrack-tools 1.4.7). The connection engine decides each
// connection from the rules but keeps no flow table, so the listing is empty, as on an idle node.

import type { Command } from '../types.js';

export const conntrack: Command = {
  name: 'conntrack',
  run: (ctx) => {
    const a = ctx.argv[1];
    if (a === '-L' || a === '--dump' || a === '-C' || a === '--count') {
      if (a === '-C' || a === '--count') ctx.stdout('0\n');
      else ctx.stderr('conntrack v1.4.7 (conntrack-tools): 0 flow entries have been shown.\n');
      return 0;
    }
    if (a === undefined) {
      ctx.stderr('conntrack v1.4.7 (conntrack-tools): no command specified. Please, use -h for help\n');
      return 2;
    }
    ctx.stderr(`knet: conntrack ${a} is not simulated: only -L and -C (the simulation keeps no flow table)\n`);
    return 2;
  },
};
