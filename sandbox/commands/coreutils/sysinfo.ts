// `uname`, `id`, `printenv`: who and where the learner is (a Debian laptop; root in containers).

import type { Command } from '../types.js';

export const uname: Command = {
  name: 'uname',
  run: (ctx) => {
    const node = ctx.host.hostname;
    const parts: Record<string, string> = { s: 'Linux', n: node, r: '6.1.0-25-amd64', v: '#1 SMP PREEMPT_DYNAMIC Debian 6.1.106-3 (2024-08-26)', m: 'x86_64', o: 'GNU/Linux' };
    const flags = ctx.argv.slice(1).join('').replace(/-/g, '');
    const order = flags.includes('a') ? 'snrvmo' : [...'snrvmo'].filter((f) => flags.includes(f)).join('') || 's';
    ctx.stdout([...order].map((f) => parts[f]).join(' ') + '\n');
    return 0;
  },
};

export const id: Command = {
  name: 'id',
  run: (ctx) => {
    const a = ctx.argv[1];
    const ws = ctx.host.kind === 'workstation';
    if (a === '-u') ctx.stdout(ws ? '1000\n' : '0\n');
    else if (a === '-un' || a === '-nu') ctx.stdout(ws ? 'learner\n' : 'root\n');
    else ctx.stdout(ws ? 'uid=1000(learner) gid=1000(learner) groups=1000(learner),27(sudo),999(docker)\n' : 'uid=0(root) gid=0(root) groups=0(root)\n');
    return 0;
  },
};

export const printenv: Command = {
  name: 'printenv',
  run: (ctx) => {
    const names = ctx.argv.slice(1);
    if (!names.length) {
      for (const [k, v] of Object.entries(ctx.env)) ctx.stdout(`${k}=${v}\n`);
      return 0;
    }
    let status = 0;
    for (const n of names) {
      if (Object.prototype.hasOwnProperty.call(ctx.env, n)) ctx.stdout(ctx.env[n] + '\n');
      else status = 1;
    }
    return status;
  },
};
