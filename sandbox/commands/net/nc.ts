// nc in two flavours: busybox (nc 1.10 compatible: `web (IP:80) open`) and OpenBSD netcat in
// netshoot (`Connection to web (IP) 80 port [tcp/http] succeeded!`). -z probes; otherwise stdin
// is sent and the server's answer printed.

import { connect, isIPv4, type ConnectResult } from '../../net/connect/index.js';
import type { Command, CommandContext } from '../types.js';
import { getopt, last, count } from './bbargs.js';
import { isNetshoot, source, statusLine } from './common.js';

const SERVICES: Record<number, string> = { 22: 'ssh', 53: 'domain', 80: 'http', 443: 'https', 5432: 'postgresql', 6379: 'redis', 8080: 'http-alt' };

/** What the server writes back for the bytes sent (raw protocols, or one HTTP/1.x request). */
function converse(conn: ConnectResult, data: string, proto: 'tcp' | 'udp'): string {
  const d = conn.delivery!;
  const app = d.app;
  if (!app) return '';
  const m = data.match(/^([A-Z]+) (\S+) HTTP\/(1\.[01])\r?\n([\s\S]*?)\r?\n\r?\n/);
  if (m && app.http) {
    const headers = m[4]!.split(/\r?\n/).filter(Boolean).map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()] as [string, string]);
    const host = headers.find(([k]) => k.toLowerCase() === 'host')?.[1] ?? '';
    const res = app.http({ method: m[1]!, path: m[2]!, headers, body: '', host, clientIP: d.clientIP, clientPort: d.clientPort }, d.port);
    return `${statusLine(res)}\r\n${res.headers.map(([k, v]) => `${k}: ${v}\r\n`).join('')}\r\n${m[1] === 'HEAD' ? '' : res.body}`;
  }
  return app.raw ? app.raw(data, d.port, proto) : '';
}

async function run(ctx: CommandContext): Promise<number> {
  const bsd = isNetshoot(ctx.host);
  const p = getopt(ctx.argv.slice(1), bsd ? 'zvuw:nN' : 'zvuw:nlp:e:i:', {});
  if (p.bad || p.missing) {
    ctx.stderr(bsd ? `nc: invalid option -- '${(p.bad ?? '-' + p.missing).slice(1)}'\nusage: nc [-46CDdFhklNnrStUuvZz] [-I length] [-i interval] [-M ttl]\n\t  [-m minttl] [-O length] [-P proxy_username] [-p source_port]\n\t  [-q seconds] [-s sourceaddr] [-T keyword] [-V rtable] [-W recvlimit]\n\t  [-w timeout] [-X proxy_protocol] [-x proxy_address[:port]]\n\t  [destination] [port]\n` : `nc: invalid option -- '${(p.bad ?? '-' + p.missing).slice(1)}'\n`);
    return 1;
  }
  const [host, portArg] = p.args;
  if (!host || !portArg) {
    ctx.stderr(bsd ? 'usage: nc [-46CDdFhklNnrStUuvZz] [-I length] [-i interval] [-M ttl]\n' : 'BusyBox v1.36.1 (2023-05-18 22:34:17 UTC) multi-call binary.\n\nUsage: nc [OPTIONS] HOST PORT  - connect\nnc [OPTIONS] -l -p PORT [HOST] [PORT]  - listen\n');
    return 1;
  }
  const port = Number(portArg);
  const verbose = count(p, 'v');
  const proto = p.flags.has('u') ? 'udp' : 'tcp';
  const w = last(p, 'w');
  const conn = connect(ctx.cluster, source(ctx), { host, port, proto }, w ? { timeoutMs: Number(w) * 1000 } : {});
  const typedIP = isIPv4(host);
  if (!conn.ip) {
    if (bsd) {
      const why = conn.outcome === 'nxdomain' ? 'Name does not resolve' : 'Try again';
      ctx.stderr(`nc: getaddrinfo for host "${host}" port ${port}: ${why}\n`);
    } else ctx.stderr(`nc: bad address '${host}'\n`);
    return 1;
  }
  const bbName = `${host} (${conn.ip}:${port})`;
  const bsdName = typedIP ? host : `${host} (${conn.ip})`;
  if (conn.outcome === 'refused') {
    if (bsd) {
      if (verbose) ctx.stderr(`nc: connect to ${bsdName} port ${port} (${proto}) failed: Connection refused\n`);
    } else if (verbose > 1) ctx.stderr(`nc: ${bbName}: Connection refused\n`);
    return 1;
  }
  if (conn.outcome !== 'connected') {
    if (bsd) {
      if (verbose) ctx.stderr(`nc: connect to ${bsdName} port ${port} (${proto}) timed out: Operation now in progress\n`);
    } else ctx.stderr(`nc: ${bbName}: Connection timed out\n`);
    return 1;
  }
  if (verbose) ctx.stderr(bsd ? `Connection to ${bsdName} ${port} port [${proto}/${SERVICES[port] ?? '*'}] succeeded!\n` : `${bbName} open\n`);
  if (!p.flags.has('z') && ctx.stdin) ctx.stdout(converse(conn, ctx.stdin, proto));
  return 0;
}

export const nc: Command = { name: 'nc', run };
