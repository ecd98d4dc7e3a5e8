// Resource arithmetic for the scheduler's NodeResourcesFit filter: Kubernetes quantities
// (`100m`, `1.5`, `70Mi`, `1G`), a pod's effective requests, and what a node has left.

import type { KubeObject } from '../api/types.js';

const BINARY: Record<string, number> = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60 };
const DECIMAL: Record<string, number> = { n: 1e-9, u: 1e-6, m: 1e-3, '': 1, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18 };

/** A quantity's value in base units (cores, bytes, count); NaN when it does not parse. */
export function parseQuantity(q: unknown): number {
  if (typeof q === 'number') return q;
  const m = String(q ?? '').trim().match(/^([+-]?\d+(?:\.\d*)?|[+-]?\.\d+)(?:[eE]([+-]?\d+))?(Ki|Mi|Gi|Ti|Pi|Ei|[numkMGTPE])?$/);
  if (!m) return NaN;
  const base = Number(m[1]) * (m[2] ? 10 ** Number(m[2]) : 1);
  const suffix = m[3] ?? '';
  return base * (BINARY[suffix] ?? DECIMAL[suffix] ?? 1);
}

export interface Requests {
  cpu: number;
  memory: number;
}

/** Effective requests: the sum over containers, or the largest init container if that is more. */
export function podRequests(pod: KubeObject): Requests {
  const one = (c: any, r: 'cpu' | 'memory') => {
    const v = c.resources?.requests?.[r] ?? c.resources?.limits?.[r];
    const n = v === undefined ? 0 : parseQuantity(v);
    return Number.isFinite(n) ? n : 0;
  };
  const sum = (r: 'cpu' | 'memory') => (pod.spec?.containers ?? []).reduce((t: number, c: any) => t + one(c, r), 0);
  const init = (r: 'cpu' | 'memory') => (pod.spec?.initContainers ?? []).reduce((t: number, c: any) => Math.max(t, one(c, r)), 0);
  return { cpu: Math.max(sum('cpu'), init('cpu')), memory: Math.max(sum('memory'), init('memory')) };
}

export interface NodeUsage {
  pods: number;
  cpu: number;
  memory: number;
}

/** NodeResourcesFit's reasons, in its order: `Too many pods`, `Insufficient cpu`, `Insufficient memory`. */
export function insufficient(pod: KubeObject, node: KubeObject, used: NodeUsage | undefined): string[] {
  const alloc = node.status?.allocatable ?? {};
  const u = used ?? { pods: 0, cpu: 0, memory: 0 };
  const req = podRequests(pod);
  const out: string[] = [];
  const maxPods = parseQuantity(alloc.pods ?? 110);
  if (u.pods + 1 > maxPods) out.push('Too many pods');
  const cpu = parseQuantity(alloc.cpu);
  if (req.cpu > 0 && Number.isFinite(cpu) && u.cpu + req.cpu > cpu + 1e-9) out.push('Insufficient cpu');
  const mem = parseQuantity(alloc.memory);
  if (req.memory > 0 && Number.isFinite(mem) && u.memory + req.memory > mem) out.push('Insufficient memory');
  return out;
}
