// hashicorp/http-echo: answers every path with `-text` and a newline on `-listen` (:5678).

import { goResponse } from './gohttp.js';
import { flagValue, type App, type AppContext } from './types.js';

export function httpEcho(argv: string[], ctx: AppContext): App | undefined {
  const args = argv[0]?.endsWith('http-echo') ? argv.slice(1) : argv;
  const text = flagValue(args, 'text') ?? ctx.env.ECHO_TEXT;
  // Without -text the binary prints "Missing -text option!" and exits (the kubelet restarts it).
  if (text === undefined) return undefined;
  const listen = flagValue(args, 'listen') ?? ':5678';
  const port = Number(listen.slice(listen.lastIndexOf(':') + 1));
  const status = Number(flagValue(args, 'status-code') ?? 200);
  const extra: [string, string][] = [['X-App-Name', 'http-echo'], ['X-App-Version', '1.0.0']];
  return {
    name: 'http-echo',
    sockets: [{ proto: 'tcp', port }],
    http(req) {
      if (req.path.split('?')[0] === '/health') return goResponse(ctx.now, '{"status":"ok"}', 200, [...extra, ['Content-Type', 'application/json']]);
      return goResponse(ctx.now, `${text}\n`, status, extra);
    },
  };
}
