// curl 8.x (7.88 in Debian-based images): one HTTP exchange per URL through the connection engine,
// with curl's exit codes and messages, -v/-I/-i/-o/-w/-f/-m/--connect-timeout/--resolve.

import { resolvePath } from '../../fs/types.js';
import { connect, type ConnectResult } from '../../net/connect/index.js';
import type { HttpResponse } from '../../apps/types.js';
import type { Command, CommandContext, HostInfo } from '../types.js';
import { CurlUsage, parseCurlArgs, type CurlOptions } from './curl-args.js';
import { meterEnd, meterStart } from './curl-meter.js';
import { exchange, imageName, parseUrl, seconds, source, statusLine } from './common.js';

const HELP = `Usage: curl [options...] <url>
 -d, --data <data>           HTTP POST data
 -f, --fail                  Fail fast with no output on HTTP errors
 -h, --help <subject>        Get help for commands
 -o, --output <file>         Write to file instead of stdout
 -O, --remote-name           Write output to file named as remote file
 -i, --show-headers          Show response headers in output
 -s, --silent                Silent mode
 -T, --upload-file <file>    Transfer local FILE to destination
 -u, --user <user:password>  Server user and password
 -A, --user-agent <name>     Send User-Agent <name> to server
 -v, --verbose               Make the operation more talkative
 -V, --version               Show version number and quit

This is not the full help; this menu is split into categories.
Use "--help category" to get an overview of all categories.
Use "--help all" to list all options
`;

const TRY = "curl: try 'curl --help' or 'curl --manual' for more information\n";

/** The curl each host ships. */
export function curlVersion(host: HostInfo): string {
  switch (imageName(host)) {
    case 'curl':
      return '8.16.0';
    case 'netshoot':
      return '8.14.1';
    case 'nginx':
      return '7.88.1';
  }
  return host.kind === 'node' ? '7.88.1' : '8.5.0';
}

/** curl_easy_strerror(CURLE_COULDNT_CONNECT): reworded in 8.9. */
function couldntConnect(version: string): string {
  const [maj, min] = version.split('.').map(Number) as [number, number];
  return maj > 8 || (maj === 8 && min >= 9) ? 'Could not connect to server' : "Couldn't connect to server";
}

class CurlError extends Error {
  constructor(
    readonly code: number,
    msg: string,
  ) {
    super(msg);
  }
}

function writeOut(fmt: string, v: Record<string, string>): string {
  return fmt
    .replace(/%\{(\w+)\}/g, (m, k: string) => v[k] ?? '')
    .replace(/\\([nrt\\])/g, (_m, c: string) => ({ n: '\n', r: '\r', t: '\t', '\\': '\\' })[c]!);
}

function headerBlock(res: HttpResponse): string {
  return `${statusLine(res)}\r\n${res.headers.map(([k, v]) => `${k}: ${v}\r\n`).join('')}\r\n`;
}

interface Transfer {
  conn?: ConnectResult;
  res?: HttpResponse;
  elapsedMs: number;
}

function fetch(ctx: CommandContext, o: CurlOptions, raw: string, version: string, err: (s: string) => void): Transfer {
  const url = parseUrl(raw);
  if (!url) throw new CurlError(3, `URL rejected: Bad hostname`);
  if (url.scheme !== 'http' && url.scheme !== 'https') throw new CurlError(1, `Protocol "${url.scheme}" not supported`);
  const resolve: Record<string, string> = {};
  for (const r of o.resolve) {
    const [h, p, addr] = r.split(':');
    if (h && addr && Number(p) === url.port) resolve[h] = addr;
  }
  const limits = [o.connectTimeoutMs, o.maxTimeMs].filter((x): x is number => x !== undefined && x > 0);
  const timeoutMs = limits.length ? Math.min(...limits) + 1 + ctx.cluster.rng.int(2) : undefined;
  const src = source(ctx);
  const conn = connect(ctx.cluster, src, { host: url.host, port: url.port, proto: 'tcp' }, { ...(timeoutMs !== undefined ? { timeoutMs } : {}), resolve });
  const t: Transfer = { conn, elapsedMs: conn.elapsedMs };
  const v = o.verbose ? err : () => {};
  if (conn.ip && conn.lookup) v(`* Host ${url.host}:${url.port} was resolved.\n* IPv6: (none)\n* IPv4: ${conn.lookup.addresses.join(', ')}\n`);
  if (conn.ip) v(`*   Trying ${conn.ip}:${url.port}...\n`);
  switch (conn.outcome) {
    case 'nxdomain':
    case 'servfail':
    case 'dns-timeout':
      if (conn.outcome === 'dns-timeout' && timeoutMs !== undefined && conn.elapsedMs >= timeoutMs) throw Object.assign(new CurlError(28, `Resolving timed out after ${conn.elapsedMs} milliseconds`), { t });
      throw Object.assign(new CurlError(6, `Could not resolve host: ${url.host}`), { t });
    case 'refused':
    case 'unreachable':
      throw Object.assign(new CurlError(7, `Failed to connect to ${url.host} port ${url.port} after ${conn.elapsedMs} ms: ${couldntConnect(version)}`), { t });
    case 'timeout':
      throw Object.assign(new CurlError(28, `Failed to connect to ${url.host} port ${url.port} after ${conn.elapsedMs} ms: ${timeoutMs !== undefined ? 'Timeout was reached' : couldntConnect(version)}`), { t });
  }
  const [maj = 0, min = 0] = version.split('.').map(Number);
  const modern = maj > 8 || (maj === 8 && min >= 5);
  v(`* Connected to ${url.host} (${conn.ip}) port ${url.port}${version.startsWith('7.') ? ' (#0)' : ''}\n`);
  if (url.scheme === 'https') throw Object.assign(new CurlError(35, `OpenSSL/3.5.1: error:0A00010B:SSL routines::wrong version number`), { t });
  const method = o.method ?? (o.head ? 'HEAD' : o.data !== undefined ? 'POST' : 'GET');
  let headers: [string, string][] = [['Host', url.authority], ['User-Agent', `curl/${version}`], ['Accept', '*/*']];
  if (o.data !== undefined) headers.push(['Content-Length', String(o.data.length)], ['Content-Type', 'application/x-www-form-urlencoded']);
  for (const h of o.headers) {
    const i = h.indexOf(':');
    if (i <= 0) continue;
    const k = h.slice(0, i).trim(), val = h.slice(i + 1).trim();
    const at = headers.findIndex(([n]) => n.toLowerCase() === k.toLowerCase());
    if (at >= 0) headers.splice(at, 1);
    if (val || h.endsWith(';')) headers = at >= 0 ? [...headers.slice(0, at), [k, val], ...headers.slice(at)] : [...headers, [k, val]];
  }
  if (modern && url.scheme === 'http') v('* using HTTP/1.x\n');
  v(`> ${method} ${url.path} HTTP/1.1\r\n${headers.map(([k, val]) => `> ${k}: ${val}\r\n`).join('')}> \r\n`);
  if (modern) v('* Request completely sent off\n');
  const host = headers.find(([k]) => k.toLowerCase() === 'host')?.[1] ?? url.authority;
  const res = exchange(conn, { method, path: url.path, headers, body: o.data ?? '', host });
  if (!res) throw Object.assign(new CurlError(52, 'Empty reply from server'), { t });
  if (method === 'HEAD') res.body = '';
  t.res = res;
  v(`< ${statusLine(res)}\r\n${res.headers.map(([k, val]) => `< ${k}: ${val}\r\n`).join('')}< \r\n`);
  if (o.fail && res.status >= 400) throw Object.assign(new CurlError(22, `The requested URL returned error: ${res.status}`), { t });
  return t;
}

async function run(ctx: CommandContext): Promise<number> {
  let o: CurlOptions;
  try {
    o = parseCurlArgs(ctx.argv.slice(1));
  } catch (e) {
    if (!(e instanceof CurlUsage)) throw e;
    ctx.stderr(`${e.message}\n${TRY}`);
    return e.code;
  }
  if (o.help) {
    ctx.stdout(HELP);
    return 0;
  }
  if (!o.urls.length) {
    ctx.stderr(`curl: no URL specified\n${TRY}`);
    return 2;
  }
  const version = curlVersion(ctx.host);
  const meter = !o.silent && (!ctx.tty || o.output !== undefined);
  let code = 0;
  for (const raw of o.urls) {
    let t: Transfer = { elapsedMs: 0 };
    let failure: CurlError | undefined;
    if (meter) ctx.stderr(meterStart());
    try {
      t = fetch(ctx, o, raw, version, (s) => ctx.stderr(s));
    } catch (e) {
      if (!(e instanceof CurlError)) throw e;
      failure = e;
      t = (e as CurlError & { t?: Transfer }).t ?? t;
    }
    const res = t.res;
    const body = res ? (o.head || o.include ? headerBlock(res) : '') + res.body : '';
    if (meter) ctx.stderr(meterEnd(res ? res.body.length : undefined, t.elapsedMs));
    if (res && !failure) {
      if (o.output && o.output !== '/dev/null' && o.output !== '-') ctx.fs.write(resolvePath(ctx.cwd, o.output), body);
      else if (o.output !== '/dev/null') ctx.stdout(body);
    }
    if (o.verbose && res && !failure) ctx.stderr(`* Connection #0 to host ${parseUrl(raw)?.host ?? raw} left intact\n`);
    if (o.writeOut !== undefined) {
      const d = t.conn?.delivery;
      ctx.stdout(
        writeOut(o.writeOut, {
          http_code: res ? String(res.status).padStart(3, '0') : '000',
          response_code: res ? String(res.status) : '0',
          remote_ip: t.conn?.ip ?? '',
          remote_port: t.conn?.ip ? String(t.conn.port) : '',
          local_ip: d ? source(ctx).ip : '',
          local_port: d ? String(d.clientPort) : '',
          size_download: String(res ? res.body.length : 0),
          time_total: seconds(t.elapsedMs),
          time_connect: seconds(t.conn?.outcome === 'connected' ? t.elapsedMs : 0),
          url_effective: raw,
          content_type: res?.headers.find(([k]) => k.toLowerCase() === 'content-type')?.[1] ?? '',
        }),
      );
    }
    if (failure) {
      if (!o.silent || o.showError) ctx.stderr(`curl: (${failure.code}) ${failure.message}\n`);
      code = failure.code;
    }
  }
  return code;
}

export const curl: Command = { name: 'curl', run };
