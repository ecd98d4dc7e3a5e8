// What the kubelet's probes would find in a pod: an HTTP status from the app on that port, an
// open TCP socket, or a refused connection — for kubelet's httpGet/tcpSocket probes.

import type { KubeObject } from '../api/types.js';
import { podApps } from './index.js';

/** `nohttp`: something listens but does not answer HTTP (redis closes the connection: Go's client sees EOF). */
export type ProbeResult = { kind: 'http'; status: number; body: string } | { kind: 'open' } | { kind: 'nohttp' } | { kind: 'refused' };

/** The kubelet connects from the node to podIP:port (named ports resolved by the caller). */
export function probePod(pod: KubeObject, now: number, port: number, http?: { path: string; host?: string; headers?: [string, string][] }): ProbeResult {
  for (const { app } of podApps(pod, now)) {
    if (!app.sockets.some((s) => s.proto === 'tcp' && s.port === port)) continue;
    if (!http) return { kind: 'open' };
    if (!app.http) return { kind: 'nohttp' };
    const host = http.host ?? pod.status?.podIP ?? '';
    const res = app.http({ method: 'GET', path: http.path || '/', headers: [['Host', `${host}:${port}`], ['User-Agent', 'kube-probe/1.34'], ['Accept', '*/*'], ...(http.headers ?? [])], body: '', clientIP: '', clientPort: 0, host }, port);
    return { kind: 'http', status: res.status, body: res.body };
  }
  return { kind: 'refused' };
}
