// ClusterIP and NodePort allocation for Services, derived from the stored Services (no separate
// allocator state). Dynamic picks are random in the upper part of the range first, as the
// allocators do since ServiceIPStaticSubrange / ServiceNodePortStaticSubrange.

import { field, type FieldCause } from '../errors.js';
import type { AdmissionContext } from '../kind.js';
import { goStringSlice, intToIPv4, invalidGo, ipv4ToInt, parseCIDR } from '../validation/common.js';
import { needsHealthCheckPort, needsNodePorts } from '../validation/service.js';

type Obj = Record<string, any>;

interface Taken {
  ips: Set<string>;
  ports: Set<number>;
}

/** What every other stored Service holds (the one being updated excluded). */
function taken(ctx: AdmissionContext, self?: { ns?: string; name?: string }): Taken {
  const ips = new Set<string>();
  const ports = new Set<number>();
  for (const s of ctx.list('services')) {
    if (self && s.metadata.namespace === self.ns && s.metadata.name === self.name) continue;
    for (const ip of s.spec?.clusterIPs ?? []) ips.add(ip);
    for (const p of s.spec?.ports ?? []) if (p.nodePort) ports.add(p.nodePort);
    if (s.spec?.healthCheckNodePort) ports.add(s.spec.healthCheckNodePort);
  }
  return { ips, ports };
}

/** calculateRangeOffset: the lower band that dynamic allocation avoids while it can. */
function rangeOffset(size: number, min: number, max: number, step: number): number {
  if (size < min) return 0;
  return Math.min(Math.max(min, Math.floor(size / step)), max);
}

/** A random free index in [0, size): upper band first, scanning forward, then the lower band. */
function pickFree(size: number, offset: number, isFree: (i: number) => boolean, ctx: AdmissionContext): number | undefined {
  const bands: [number, number][] = offset > 0 ? [[offset, size], [0, offset]] : [[0, size]];
  for (const [lo, hi] of bands) {
    const n = hi - lo;
    if (n <= 0) continue;
    const start = ctx.random(n);
    for (let k = 0; k < n; k++) {
      const i = lo + ((start + k) % n);
      if (isFree(i)) return i;
    }
  }
  return undefined;
}

function allocateIP(ctx: AdmissionContext, t: Taken): string | undefined {
  const cidr = parseCIDR(ctx.network.serviceSubnet)!;
  const base = ipv4ToInt(cidr.addr);
  const size = 2 ** (32 - cidr.prefix) - 2; // network and broadcast addresses are never handed out
  const offset = rangeOffset(size, 16, 256, 16);
  const i = pickFree(size, offset, (k) => !t.ips.has(intToIPv4(base + 1 + k)), ctx);
  return i === undefined ? undefined : intToIPv4(base + 1 + i);
}

function allocatePort(ctx: AdmissionContext, t: Taken): number | undefined {
  const [lo, hi] = ctx.network.nodePortRange;
  const size = hi - lo + 1;
  const i = pickFree(size, rangeOffset(size, 16, 128, 32), (k) => !t.ports.has(lo + k), ctx);
  return i === undefined ? undefined : lo + i;
}

function ipInRange(ctx: AdmissionContext, ip: string): boolean {
  const cidr = parseCIDR(ctx.network.serviceSubnet)!;
  if (!/^\d+\.\d+\.\d+\.\d+$/.test(ip)) return false;
  const size = 2 ** (32 - cidr.prefix);
  const base = ipv4ToInt(cidr.addr);
  const n = ipv4ToInt(ip);
  return n > base && n < base + size - 1;
}

/** Allocates (or checks) what a Service needs: its ClusterIP, NodePorts and health-check port. */
export function allocateService(obj: Obj, ctx: AdmissionContext, old?: Obj): FieldCause[] {
  const spec = obj.spec;
  const out: FieldCause[] = [];
  const t = taken(ctx, old ? { ns: obj.metadata.namespace, name: obj.metadata.name } : undefined);
  if (spec.type !== 'ExternalName' && spec.clusterIP !== 'None') {
    const want: string | undefined = spec.clusterIPs?.[0] ?? spec.clusterIP;
    const had: string | undefined = old?.spec?.clusterIPs?.[0];
    if (want && want !== had) {
      if (!ipInRange(ctx, want))
        out.push(invalidGo('spec.clusterIPs', goStringSlice(spec.clusterIPs ?? [want]), `failed to allocate IP ${want}: the provided IP (${want}) is not in the valid range. The range of valid IPs is ${ctx.network.serviceSubnet}`));
      else if (t.ips.has(want)) out.push(invalidGo('spec.clusterIPs', goStringSlice(spec.clusterIPs ?? [want]), `failed to allocate IP ${want}: provided IP is already allocated`));
      else setIP(spec, want);
    } else if (!want) {
      const ip = allocateIP(ctx, t);
      if (!ip) out.push(invalidGo('spec.clusterIPs', goStringSlice([]), 'failed to allocate a serviceIP: range is full'));
      else setIP(spec, ip);
    }
  }
  if (needsNodePorts(spec)) {
    const oldPorts = new Set<number>((old?.spec?.ports ?? []).map((p: Obj) => p.nodePort).filter(Boolean));
    (spec.ports ?? []).forEach((p: Obj, i: number) => {
      if (p.nodePort) {
        if (oldPorts.has(p.nodePort)) return;
        const err = checkPort(ctx, t, p.nodePort);
        if (err) out.push(field.invalid(`spec.ports[${i}].nodePort`, p.nodePort, err));
        else t.ports.add(p.nodePort);
        return;
      }
      // The same port number under another protocol shares one NodePort.
      const twin = (spec.ports as Obj[]).find((q) => q !== p && q.port === p.port && q.nodePort && q.protocol !== p.protocol);
      const np = twin?.nodePort ?? allocatePort(ctx, t);
      if (np === undefined) out.push(field.invalid(`spec.ports[${i}].nodePort`, 0, 'range is full'));
      else {
        p.nodePort = np;
        t.ports.add(np);
      }
    });
  }
  if (needsHealthCheckPort(spec)) {
    const want = spec.healthCheckNodePort;
    if (want && want !== old?.spec?.healthCheckNodePort) {
      const err = checkPort(ctx, t, want);
      if (err) out.push(field.invalid('spec.healthCheckNodePort', want, err));
    } else if (!want) {
      const np = allocatePort(ctx, t);
      if (np !== undefined) spec.healthCheckNodePort = np;
    }
  }
  return out;
}

function checkPort(ctx: AdmissionContext, t: Taken, port: number): string | undefined {
  const [lo, hi] = ctx.network.nodePortRange;
  if (port < lo || port > hi) return `provided port is not in the valid range. The range of valid ports is ${lo}-${hi}`;
  if (t.ports.has(port)) return 'provided port is already allocated';
  return undefined;
}

function setIP(spec: Obj, ip: string): void {
  spec.clusterIP = ip;
  spec.clusterIPs = [ip];
}
