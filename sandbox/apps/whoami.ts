// traefik/whoami: prints its hostname, its addresses, the caller's address and the request it got.

import { fnv32a } from '../util/hash.js';
import { goResponse } from './gohttp.js';
import { flagValue, type App, type AppContext, type HttpRequest } from './types.js';

/** The eth0 link-local address (EUI-64 of a MAC derived from the pod IP). */
function linkLocal(podIP: string): string {
  const h = fnv32a(podIP);
  const mac = [0x9a ^ 0x02, 0x3c, (h >>> 24) & 0xff, (h >>> 16) & 0xff, (h >>> 8) & 0xff, h & 0xff];
  const w = (a: number, b: number) => ((a << 8) | b).toString(16);
  return `fe80::${w(mac[0]!, mac[1]!)}:${w(mac[2]!, 0xff)}:${w(0xfe, mac[3]!)}:${w(mac[4]!, mac[5]!)}`;
}

/** Go's Request.Write: request line, Host, User-Agent, then the other headers sorted. */
function requestDump(req: HttpRequest): string {
  let out = `${req.method} ${req.path} HTTP/1.1\r\nHost: ${req.host}\r\n`;
  const ua = req.headers.find(([k]) => k.toLowerCase() === 'user-agent');
  out += `User-Agent: ${ua ? ua[1] : 'Go-http-client/1.1'}\r\n`;
  const rest = req.headers.filter(([k]) => !['host', 'user-agent', 'content-length'].includes(k.toLowerCase()));
  rest.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  for (const [k, v] of rest) out += `${k}: ${v}\r\n`;
  if (req.body) out += `Content-Length: ${req.body.length}\r\n`;
  return `${out}\r\n${req.body}`;
}

export function whoami(argv: string[], ctx: AppContext): App {
  const args = argv[0]?.endsWith('whoami') ? argv.slice(1) : argv;
  const port = Number(flagValue(args, 'port') ?? ctx.env.WHOAMI_PORT_NUMBER ?? 80);
  const name = flagValue(args, 'name') ?? ctx.env.WHOAMI_NAME;
  return {
    name: 'whoami',
    sockets: [{ proto: 'tcp', port }],
    http(req) {
      const path = req.path.split('?')[0]!;
      if (path === '/health') return goResponse(ctx.now, '');
      let body = `Hostname: ${ctx.hostname}\n`;
      if (name) body += `Name: ${name}\n`;
      for (const ip of ['127.0.0.1', '::1', ctx.podIP, linkLocal(ctx.podIP)]) body += `IP: ${ip}\n`;
      body += `RemoteAddr: ${req.clientIP}:${req.clientPort}\n`;
      return goResponse(ctx.now, body + requestDump(req));
    },
  };
}
