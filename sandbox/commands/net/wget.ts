// busybox wget: "Connecting to …", the progress line and "saved" on stderr, the body to a file
// or stdout (-O-), and busybox's messages for bad addresses, refusals, timeouts and HTTP errors.

import { resolvePath } from '../../fs/types.js';
import { connect } from '../../net/connect/index.js';
import type { Command, CommandContext } from '../types.js';
import { getopt, last } from './bbargs.js';
import { exchange, parseUrl, source, statusLine } from './common.js';

const USAGE = `BusyBox v1.36.1 (2023-05-18 22:34:17 UTC) multi-call binary.

Usage: wget [-cqS] [--spider] [-O FILE] [-o LOGFILE] [--header STR]
	[--post-data STR | --post-file FILE] [-Y on/off]
	[--no-check-certificate] [-P DIR] [-U AGENT] [-T SEC] URL...

Retrieve files via HTTP or FTP

	--spider	Only check URL existence: $? is 0 if exists
	--header STR	Add STR (of form 'header: value') to headers
	--post-data STR	Send STR using POST method
	--post-file FILE	Send FILE using POST method
	--no-check-certificate	Don't validate the server's certificate
	-c		Continue retrieval of aborted transfer
	-q		Quiet
	-P DIR		Save to DIR (default .)
	-S    		Show server response
	-T SEC		Network read timeout is SEC seconds
	-O FILE		Save to FILE ('-' for stdout)
	-o LOGFILE	Log messages to FILE
	-U STR		Use STR for User-Agent header
	-Y on/off	Use proxy
`;

/** smart_ulltoa5: a size in five characters. */
function size5(n: number): string {
  if (n < 100000) return String(n).padStart(5);
  return `${String(Math.floor(n / 1024)).padStart(4)}k`;
}

function progressLine(name: string, bytes: number, elapsedMs: number, columns: number | undefined): string {
  const bar = Math.max(0, (columns ?? 80) - 48);
  const s = Math.floor(elapsedMs / 1000);
  const eta = `${String(Math.floor(s / 3600)).padStart(3)}:${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
  return `${name.slice(0, 20).padEnd(20)} 100% |${'*'.repeat(bar)}| ${size5(bytes)}${eta} ETA\n`;
}

async function run(ctx: CommandContext): Promise<number> {
  const p = getopt(ctx.argv.slice(1), 'cqSO:o:P:U:T:Y:', {
    quiet: 'q', 'output-document': 'O', timeout: 'T', 'server-response': 'S', 'user-agent': 'U', spider: 's', header: 'H', 'post-data': 'D', 'no-check-certificate': 'k',
  });
  if (p.bad || p.missing || !p.args.length) {
    if (p.bad) ctx.stderr(p.bad.startsWith('--') ? `wget: unrecognized option '${p.bad}'\n` : `wget: invalid option -- '${p.bad.slice(1)}'\n`);
    ctx.stderr(USAGE);
    return 1;
  }
  const quiet = p.flags.has('q');
  const err = (s: string) => quiet || ctx.stderr(s);
  const timeoutS = last(p, 'T');
  let code = 0;
  for (const raw of p.args) {
    const url = parseUrl(raw);
    if (!url || (url.scheme !== 'http' && url.scheme !== 'https')) {
      ctx.stderr(`wget: not an http or ftp url: ${raw}\n`);
      return 1;
    }
    const src = source(ctx);
    const conn = connect(ctx.cluster, src, { host: url.host, port: url.port, proto: 'tcp' }, timeoutS ? { timeoutMs: Number(timeoutS) * 1000 } : {});
    if (!conn.ip) {
      ctx.stderr(`wget: bad address '${url.host}'\n`);
      return 1;
    }
    err(`Connecting to ${url.host} (${conn.ip}:${url.port})\n`);
    if (conn.outcome === 'refused') {
      ctx.stderr(`wget: can't connect to remote host (${conn.ip}): Connection refused\n`);
      return 1;
    }
    if (conn.outcome !== 'connected') {
      ctx.stderr(timeoutS ? 'wget: download timed out\n' : `wget: can't connect to remote host (${conn.ip}): Connection timed out\n`);
      return 1;
    }
    const headers: [string, string][] = [['Host', url.authority], ['User-Agent', last(p, 'U') ?? 'Wget'], ['Connection', 'close']];
    const res = exchange(conn, { method: 'GET', path: url.path, headers, body: '', host: url.authority });
    if (!res) {
      ctx.stderr('wget: error getting response\n');
      return 1;
    }
    if (p.flags.has('S')) err(`  ${statusLine(res)}\n${res.headers.map(([k, v]) => `  ${k}: ${v}\n`).join('')}`);
    if (res.status >= 400) {
      ctx.stderr(`wget: server returned error: ${statusLine(res)}\n`);
      return 1;
    }
    if (p.flags.has('s')) {
      err('remote file exists\n');
      continue;
    }
    const out = last(p, 'O') ?? (url.path.split('?')[0]!.split('/').pop() || 'index.html');
    const columns = ctx.tty ? ctx.columns : undefined;
    if (out === '-') {
      err('writing to stdout\n');
      ctx.stdout(res.body);
      err(progressLine('-', res.body.length, conn.elapsedMs, columns));
      err('written to stdout\n');
      continue;
    }
    const path = resolvePath(ctx.cwd, out);
    if (!p.flags.has('O') && ctx.fs.exists(path)) {
      ctx.stderr(`wget: can't open '${out}': File exists\n`);
      code = 1;
      continue;
    }
    err(`saving to '${out}'\n`);
    ctx.fs.write(path, res.body);
    err(progressLine(out, res.body.length, conn.elapsedMs, columns));
    err(`'${out}' saved\n`);
  }
  return code;
}

export const wget: Command = { name: 'wget', run };
