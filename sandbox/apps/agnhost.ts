// registry.k8s.io/e2e-test-images/agnhost: the e2e tests' Swiss-army server. netexec (HTTP on
// --http-port, UDP on --udp-port) and serve-hostname (9376); pause, connect and others serve nothing.

import { goNotFound, goResponse } from './gohttp.js';
import { flagValue, type App, type AppContext, type HttpRequest, type HttpResponse } from './types.js';

/** Go's url.ParseQuery: `a=1&b=x+y` → Map (first value wins in FormValue). */
function query(path: string): Map<string, string> {
  const m = new Map<string, string>();
  const i = path.indexOf('?');
  if (i < 0) return m;
  for (const part of path.slice(i + 1).split('&')) {
    const eq = part.indexOf('=');
    const dec = (s: string) => {
      try {
        return decodeURIComponent(s.replace(/\+/g, ' '));
      } catch {
        return s;
      }
    };
    const k = dec(eq < 0 ? part : part.slice(0, eq));
    if (!m.has(k)) m.set(k, dec(eq < 0 ? '' : part.slice(eq + 1)));
  }
  return m;
}

/** Go's time.Time String() for UTC: `2025-09-01 09:00:00.123 +0000 UTC`. */
function goTime(ms: number): string {
  const iso = new Date(ms).toISOString();
  const frac = iso.slice(20, 23).replace(/0+$/, '');
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}${frac ? '.' + frac : ''} +0000 UTC`;
}

function netexec(args: string[], ctx: AppContext): App {
  const httpPort = Number(flagValue(args, 'http-port') ?? 8080);
  const udpPort = Number(flagValue(args, 'udp-port') ?? 8081);
  const sockets: App['sockets'] = [{ proto: 'tcp', port: httpPort }];
  if (udpPort > 0) sockets.push({ proto: 'udp', port: udpPort });
  return {
    name: 'agnhost netexec',
    sockets,
    http(req: HttpRequest): HttpResponse {
      const path = req.path.split('?')[0]!;
      const q = query(req.path);
      switch (path) {
        case '/':
          return goResponse(ctx.now, `NOW: ${goTime(ctx.now)}`);
        case '/hostname':
          return goResponse(ctx.now, ctx.hostname);
        case '/clientip':
          return goResponse(ctx.now, `${req.clientIP}:${req.clientPort}`);
        case '/echo':
          return goResponse(ctx.now, q.get('msg') ?? '');
        case '/healthz':
        case '/readyz':
          return goResponse(ctx.now, '');
        case '/header':
          return goResponse(ctx.now, req.headers.find(([k]) => k.toLowerCase() === (q.get('key') ?? '').toLowerCase())?.[1] ?? '');
      }
      return goNotFound(ctx.now);
    },
    raw(data: string, _port, proto) {
      if (proto !== 'udp') return '';
      const [cmd, ...rest] = data.trim().split(/\s+/);
      if (cmd === 'hostname') return ctx.hostname;
      if (cmd === 'echo') return rest.join(' ');
      return '';
    },
  };
}

function serveHostname(args: string[], ctx: AppContext): App {
  const port = Number(flagValue(args, 'port') ?? 9376);
  const on = (f: string, dflt: boolean) => {
    const v = args.find((a) => a === `--${f}` || a.startsWith(`--${f}=`));
    return v === undefined ? dflt : v === `--${f}` || v === `--${f}=true`;
  };
  const tcp = on('tcp', false), udp = on('udp', false), http = on('http', true) && !tcp && !udp;
  const sockets: App['sockets'] = [];
  if (tcp || http) sockets.push({ proto: 'tcp', port });
  if (udp) sockets.push({ proto: 'udp', port });
  const app: App = { name: 'agnhost serve-hostname', sockets, raw: () => ctx.hostname };
  if (http) app.http = () => goResponse(ctx.now, ctx.hostname);
  return app;
}

/** argv after the `/agnhost` entrypoint: a subcommand and its flags. */
export function agnhost(argv: string[], ctx: AppContext): App | undefined {
  const [sub, ...args] = argv[0]?.endsWith('agnhost') ? argv.slice(1) : argv;
  switch (sub) {
    case 'netexec':
      return netexec(args, ctx);
    case 'serve-hostname':
      return serveHostname(args, ctx);
  }
  return undefined;
}
