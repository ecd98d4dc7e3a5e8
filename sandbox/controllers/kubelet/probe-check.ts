// One probe attempt as the kubelet's probers make it (pkg/probe/http, tcp, exec): the result and
// the output that goes into the `Unhealthy` event, with Go's error wording for failed dials.

import type { Container, KubeObject } from '../../api/types.js';
import { probePod } from '../../apps/probe.js';
import { execProbe } from './exec-probe.js';
import { parseImage } from './images.js';

export interface ProbeOutcome {
  result: 'success' | 'failure' | 'unknown';
  output: string;
}

/**
 * Images whose servers `sandbox/apps` models, or that are known to serve nothing. Any other image
 * (the control plane, kindnet, a database) runs software we do not simulate: its probes are taken
 * to pass, as they do on a healthy kind cluster.
 */
const MODELLED = new Set(['nginx', 'agnhost', 'http-echo', 'whoami', 'redis', 'coredns', 'busybox', 'alpine', 'ubuntu', 'debian', 'curl', 'netshoot']);

/** probe.ResolveContainerPort: a number, a named container port, or a number written as a string. */
function resolvePort(port: unknown, c: Container): number | string {
  if (typeof port === 'number') return port;
  const name = String(port ?? '');
  const named = (c.ports ?? []).find((p: any) => p.name === name);
  if (named) return named.containerPort as number;
  if (/^-?\d+$/.test(name)) return Number(name);
  return `strconv.Atoi: parsing "${name}": invalid syntax`;
}

/** Runs `probe` (a livenessProbe/readinessProbe/startupProbe) against the pod as stored now. */
export function checkProbe(pod: KubeObject, c: Container, probe: any, now: number, startedAt: number): ProbeOutcome {
  const podIP: string = pod.status?.podIP ?? '';
  const image = parseImage(c.image ?? '').repo.split('/').pop()!;
  if (!MODELLED.has(image)) return { result: 'success', output: '' };
  if (probe.exec) {
    const r = execProbe(probe.exec.command ?? [], c, now - startedAt, image);
    return r.code === 0 ? { result: 'success', output: r.output } : { result: 'failure', output: r.output.replace(/\n$/, '') };
  }
  const action = probe.httpGet ?? probe.tcpSocket ?? probe.grpc;
  if (!action) return { result: 'unknown', output: '' };
  const port = probe.grpc ? Number(probe.grpc.port) : resolvePort(action.port, c);
  if (typeof port === 'string') return { result: 'unknown', output: port };
  const host: string = action.host || podIP;
  const dial = `dial tcp ${host}:${port}: connect: connection refused`;
  if (probe.httpGet) {
    const scheme = String(action.scheme ?? 'HTTP').toLowerCase();
    const path: string = action.path || '/';
    const url = `${scheme}://${host}:${port}${path.startsWith('/') ? '' : '/'}${path}`;
    const headers: [string, string][] = (action.httpHeaders ?? []).map((h: any) => [h.name, h.value]);
    const r = probePod(pod, now, port, { path, host: action.host, headers });
    if (r.kind === 'refused') return { result: 'failure', output: `Get "${url}": ${dial}` };
    if (r.kind === 'nohttp') return { result: 'failure', output: `Get "${url}": EOF` };
    if (r.kind !== 'http') return { result: 'failure', output: `Get "${url}": EOF` };
    // None of the modelled apps serve TLS: Go's client notices the plain-HTTP answer.
    if (scheme === 'https') return { result: 'failure', output: `Get "${url}": http: server gave HTTP response to HTTPS client` };
    if (r.status >= 200 && r.status < 400) return { result: 'success', output: '' };
    return { result: 'failure', output: `HTTP probe failed with statuscode: ${r.status}` };
  }
  // tcpSocket, and gRPC approximated by its connection (no modelled app implements grpc.health.v1).
  const r = probePod(pod, now, port);
  if (r.kind === 'refused') return { result: 'failure', output: probe.grpc ? `timeout: failed to connect service "${host}:${port}" within ${probe.timeoutSeconds ?? 1}s: context deadline exceeded` : dial };
  return { result: 'success', output: '' };
}
