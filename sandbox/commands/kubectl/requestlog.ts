// kubectl's `-v=6..8` request log, in client-go's klog format (as kubectl 1.32 prints it):
//   -v=6  `loader.go] Config loaded from file:` and one `round_trippers.go] GET <url> 200 OK in N milliseconds` per call
//   -v=7  plus the request line and headers before each call
//   -v=8  plus the response status line and the response body (truncated, as client-go does)

import type { ApiCall } from '../../api/server.js';
import type { Cluster } from '../../cluster/cluster.js';
import { fnv32a } from '../../util/hash.js';
import { apiServerURL } from './verbs/kubeconfig.js';

const STATUS_TEXT: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  400: 'Bad Request',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  410: 'Gone',
  422: 'Unprocessable Entity',
  500: 'Internal Server Error',
};

/** The pid klog prints: fixed per cluster, so output stays deterministic. */
function pid(c: Cluster): number {
  return 10000 + (fnv32a(`kubectl-${c.seed}`) % 50000);
}

/** klog's header: `I0901 09:00:00.123456   12345 file.go:NNN] `. */
function klog(c: Cluster, file: string, micros: number): string {
  const d = new Date(c.now);
  const p2 = (n: number) => String(n).padStart(2, '0');
  const us = String(((c.now % 1000) * 1000 + micros) % 1000000).padStart(6, '0');
  return `I${p2(d.getUTCMonth() + 1)}${p2(d.getUTCDate())} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}.${us} ${String(pid(c)).padStart(7)} ${file}] `;
}

function query(call: ApiCall, verb: string): string {
  const q: string[] = [];
  if (call.method === 'GET' && call.list) {
    const l = call.list;
    if (l.labelSelector?.length)
      q.push(`labelSelector=${encodeURIComponent(l.labelSelector.map((r: any) => (r.operator === 'Equals' ? `${r.key}=${r.values[0]}` : r.operator === 'NotEquals' ? `${r.key}!=${r.values[0]}` : r.key)).join(','))}`);
    if (l.fieldSelector?.length) q.push(`fieldSelector=${encodeURIComponent(l.fieldSelector.map((f) => `${f.field}${f.op}${f.value}`).join(','))}`);
    q.push('limit=500');
  }
  if (call.method === 'POST' || call.method === 'PUT' || call.method === 'PATCH') {
    if (call.dryRun) q.push('dryRun=All');
    q.push(`fieldManager=${verb === 'apply' ? 'kubectl-client-side-apply' : `kubectl-${verb}`}`, 'fieldValidation=Strict');
  }
  return q.length ? `?${q.join('&')}` : '';
}

export interface RequestLog {
  observe(call: ApiCall): void;
}

/** A logger for one kubectl invocation at verbosity `v` (≥ 6), writing to `err`. */
export function requestLog(c: Cluster, v: number, verb: string, err: (s: string) => void, kubeconfigPath: string): RequestLog {
  let n = 0;
  err(`${klog(c, 'loader.go:402', n++)}Config loaded from file:  ${kubeconfigPath}\n`);
  return {
    observe(call) {
      const url = `${apiServerURL(c)}${call.path}${query(call, verb)}`;
      const ms = 1 + (fnv32a(url + n) % 9);
      const status = `${call.status} ${STATUS_TEXT[call.status] ?? ''}`.trimEnd();
      if (v >= 7) {
        err(`${klog(c, 'round_trippers.go:470', n++)}${call.method} ${url}\n`);
        err(`${klog(c, 'round_trippers.go:476', n++)}Request Headers:\n`);
        err(`${klog(c, 'round_trippers.go:480', n++)}    Accept: application/json, */*\n`);
        err(`${klog(c, 'round_trippers.go:480', n++)}    User-Agent: kubectl/v1.34.0 (linux/amd64) kubernetes/f28b4c9\n`);
      }
      if (v >= 8) {
        err(`${klog(c, 'round_trippers.go:581', n++)}Response Status: ${status} in ${ms} milliseconds\n`);
        const body = JSON.stringify(call.body ?? {});
        // client-go truncates bodies past 10,240 characters at -v=8 (full at -v=9).
        const shown = body.length > 10240 ? `${body.slice(0, 10240)} [truncated ${body.length - 10240} chars]` : body;
        err(`${klog(c, 'request.go:1351', n++)}Response Body: ${shown}\n`);
      } else {
        err(`${klog(c, 'round_trippers.go:560', n++)}${call.method} ${url} ${status} in ${ms} milliseconds\n`);
      }
    },
  };
}
