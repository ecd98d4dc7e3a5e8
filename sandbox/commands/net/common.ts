// What the network tools share: which image they run in, the source they send from, URLs,
// and one HTTP exchange over a connection the engine opened.

import { reasonPhrase, type HttpRequest, type HttpResponse } from '../../apps/types.js';
import { isIPv4, resolveHost, sourceOf, type ConnectResult, type Source } from '../../net/connect/index.js';
import type { CommandContext } from '../types.js';

export { hasBusybox, imageName, isNetshoot } from './available.js';

export function source(ctx: CommandContext): Source {
  return sourceOf(ctx.cluster, ctx.host);
}

export interface Url {
  scheme: string;
  host: string;
  port: number;
  /** Path and query, at least `/`. */
  path: string;
  /** host[:port] as written, for the Host header. */
  authority: string;
}

const DEFAULT_PORTS: Record<string, number> = { http: 80, https: 443 };

/** Splits a URL the way curl and wget do; a bare `web:8080/x` means http. Undefined when malformed. */
export function parseUrl(s: string): Url | undefined {
  const m = s.match(/^(?:([a-zA-Z][a-zA-Z0-9+.-]*):\/\/)?([^/?#:]*|\[[^\]]*\])(?::(\d*))?([/?][^#]*)?(?:#.*)?$/);
  if (!m || !m[2]) return undefined;
  const scheme = (m[1] ?? 'http').toLowerCase();
  const port = m[3] ? Number(m[3]) : DEFAULT_PORTS[scheme] ?? 80;
  if (port > 65535) return undefined;
  let path = m[4] ?? '/';
  if (path.startsWith('?')) path = '/' + path;
  return { scheme, host: m[2], port, path, authority: m[3] ? `${m[2]}:${m[3]}` : m[2] };
}

/** Sends one request over an open connection; undefined when the server closed without answering. */
export function exchange(conn: ConnectResult, req: Omit<HttpRequest, 'clientIP' | 'clientPort'>): HttpResponse | undefined {
  const d = conn.delivery!;
  const app = d.app;
  if (!app?.http) return undefined;
  const res = app.http({ ...req, clientIP: d.clientIP, clientPort: d.clientPort }, d.port);
  return res;
}

export function statusLine(res: HttpResponse, version = '1.1'): string {
  return `HTTP/${version} ${res.status} ${res.reason ?? reasonPhrase(res.status)}`;
}

/** Milliseconds as curl's `%{time_total}` prints seconds: `0.004513`. */
export function seconds(ms: number): string {
  return (ms / 1000).toFixed(6);
}

/** A DNS server given by name (`dig @kube-dns.kube-system …`) is looked up with the system resolver first. */
export function serverAddress(ctx: CommandContext, src: Source, server: string): string {
  if (isIPv4(server)) return server;
  const r = resolveHost(ctx.cluster, src, server);
  return r.ip ?? server;
}
