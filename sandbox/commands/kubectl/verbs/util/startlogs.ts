// What a container has written to stdout/stderr since it started, for `kubectl logs`: the real
// startup lines of the images whose start-up output learners look at (nginx's entrypoint).

import type { KubeObject } from '../../../../api/types.js';
import { VERSIONS } from '../../../../cluster/config.js';
import { containerProcess } from './podhost.js';

export interface LogLine {
  /** Cluster time (ms) the line was written. */
  at: number;
  text: string;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** nginx's error-log timestamp: `2025/09/01 09:00:05`. */
function nginxTime(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}/${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

function nginxStartup(start: number, version: string): LogLine[] {
  const entry = [
    '/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration',
    '/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/',
    '/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh',
    '10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf',
    '10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf',
    '/docker-entrypoint.sh: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh',
    '/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh',
    '/docker-entrypoint.sh: Launching /docker-entrypoint.d/30-tune-worker-processes.sh',
    '/docker-entrypoint.sh: Configuration complete; ready for start up',
  ];
  const t = nginxTime(start);
  const notices = [
    'using the "epoll" event method',
    `nginx/${version}`,
    'built by gcc 12.2.0 (Debian 12.2.0-14+deb12u1) ',
    `OS: Linux ${VERSIONS.kernel}`,
    'getrlimit(RLIMIT_NOFILE): 1048576:1048576',
    'start worker processes',
    ...[29, 30, 31, 32].map((p) => `start worker process ${p}`),
  ].map((m) => `${t} [notice] 1#1: ${m}`);
  return [...entry, ...notices].map((text) => ({ at: start, text }));
}

/** Splits a shell word list the simple way: whitespace, single and double quotes. */
function words(text: string): string[] {
  const out: string[] = [];
  let cur = '';
  let q: string | undefined;
  let has = false;
  for (const c of text) {
    if (q) {
      if (c === q) q = undefined;
      else cur += c;
    } else if (c === '"' || c === "'") {
      q = c;
      has = true;
    } else if (c === ' ' || c === '\t') {
      if (cur || has) out.push(cur);
      cur = '';
      has = false;
    } else cur += c;
  }
  if (cur || has) out.push(cur);
  return out;
}

/** What `echo` prints for its arguments (busybox: -n drops the newline). */
function echo(args: string[]): string {
  const noNewline = args[0] === '-n';
  return (noNewline ? args.slice(1) : args).join(' ') + (noNewline ? '' : '\n');
}

/**
 * Output of the simple one-shot processes lessons start (`echo hi`, `sh -c "echo a; echo b"`):
 * the top-level echo statements of a script, up to the first loop. Anything else prints nothing.
 */
function scriptOutput(argv: string[]): string {
  const base = (argv[0] ?? '').split('/').pop();
  if (base === 'echo') return echo(argv.slice(1));
  if ((base === 'sh' || base === 'bash' || base === 'ash') && argv[1] === '-c' && argv[2] !== undefined) {
    let out = '';
    for (const stmt of argv[2].split(/;|&&|\n/).map((x) => x.trim())) {
      if (/^(while|until|for)\b/.test(stmt)) break;
      const w = words(stmt);
      if (w[0] === 'echo') out += echo(w.slice(1));
    }
    return out;
  }
  return '';
}

/** The log lines of one container (current or previous instance). */
export function containerLogs(pod: KubeObject, container: string, startedAt: number): LogLine[] {
  const spec = (pod.spec?.containers ?? []).find((c: any) => c.name === container);
  const image: string = spec?.image ?? '';
  const repo = image.split('@')[0]!.replace(/:([^/]*)$/, '');
  const tag = /:([^/]*)$/.exec(image.split('@')[0]!)?.[1] ?? 'latest';
  if (/(^|\/)nginx$/.test(repo) && !spec?.command?.length) return nginxStartup(startedAt, /^\d+\.\d+\.\d+$/.test(tag) ? tag : '1.29.1');
  const text = scriptOutput(containerProcess(spec));
  return text ? text.replace(/\n$/, '').split('\n').map((line) => ({ at: startedAt, text: line })) : [];
}
