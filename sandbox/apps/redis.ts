// redis: a TCP server on 6379 (`--port` to move it) speaking RESP; inline commands are enough for
// `nc`/`redis-cli PING` style checks.

import { flagValue, type App } from './types.js';

export function redis(argv: string[]): App {
  const port = Number(flagValue(argv, 'port') ?? 6379);
  return {
    name: 'redis',
    sockets: [{ proto: 'tcp', port }],
    raw(data) {
      let out = '';
      for (const line of data.split(/\r?\n/)) {
        const [cmd, ...args] = line.trim().split(/\s+/);
        if (!cmd) continue;
        const c = cmd.toUpperCase();
        if (c === 'PING') out += args.length ? `$${args[0]!.length}\r\n${args[0]}\r\n` : '+PONG\r\n';
        else if (c === 'ECHO' && args.length === 1) out += `$${args[0]!.length}\r\n${args[0]}\r\n`;
        else if (c === 'QUIT') return out + '+OK\r\n';
        else out += `-ERR unknown command '${cmd}', with args beginning with: ${args.map((a) => `'${a}' `).join('')}\r\n`;
      }
      return out;
    },
  };
}
