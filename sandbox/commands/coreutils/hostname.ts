// `hostname` and `whoami`.

import type { Command } from '../types.js';

export const hostname: Command = {
  name: 'hostname',
  run: (ctx) => {
    const a = ctx.argv[1];
    if (a === '-i' || a === '-I') {
      ctx.stdout(ctx.host.kind === 'workstation' ? '192.168.1.10\n' : `${ctx.env.POD_IP ?? ''}\n`);
      return 0;
    }
    ctx.stdout(ctx.host.hostname + '\n');
    return 0;
  },
};

export const whoami: Command = {
  name: 'whoami',
  run: (ctx) => {
    ctx.stdout((ctx.host.kind === 'workstation' ? 'learner' : 'root') + '\n');
    return 0;
  },
};
