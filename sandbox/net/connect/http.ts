// One HTTP request from a source to a URL, as data: what a reachability check (or the packet-path
// view) needs without a tool's wording — the outcome, the status, headers and body, the trace.

import type { HttpResponse } from '../../apps/types.js';
import type { Cluster } from '../../cluster/cluster.js';
import { connect, type ConnectOptions, type ConnectResult, type Outcome } from './connect.js';
import type { Source } from './source.js';

export interface HttpResult {
  outcome: Outcome | 'empty-reply';
  response?: HttpResponse;
  /** Which pod answered (namespace/name), when one did. */
  servedBy?: string;
  connection: ConnectResult;
}

/** Splits `http://host:port/path` (scheme optional); undefined when it is not one. */
export function splitUrl(url: string): { host: string; port: number; path: string } | undefined {
  const m = url.match(/^(?:http:\/\/)?([^/:?#]+)(?::(\d+))?([/?][^#]*)?$/);
  return m ? { host: m[1]!, port: Number(m[2] ?? 80), path: m[3] ?? '/' } : undefined;
}

export function httpRequest(cluster: Cluster, src: Source, url: string, o: ConnectOptions & { method?: string; headers?: [string, string][] } = {}): HttpResult | undefined {
  const u = splitUrl(url);
  if (!u) return undefined;
  const connection = connect(cluster, src, { host: u.host, port: u.port, proto: 'tcp' }, o);
  if (connection.outcome !== 'connected') return { outcome: connection.outcome, connection };
  const d = connection.delivery!;
  const servedBy = `${d.pod!.metadata.namespace}/${d.pod!.metadata.name}`;
  if (!d.app?.http) return { outcome: 'empty-reply', servedBy, connection };
  const host = u.port === 80 ? u.host : `${u.host}:${u.port}`;
  const headers: [string, string][] = [['Host', host], ['User-Agent', 'knet-check'], ['Accept', '*/*'], ...(o.headers ?? [])];
  const response = d.app.http({ method: o.method ?? 'GET', path: u.path, headers, body: '', host, clientIP: d.clientIP, clientPort: d.clientPort }, d.port);
  return { outcome: 'connected', response, servedBy, connection };
}
