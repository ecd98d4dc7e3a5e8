// ping, busybox's in busybox/Alpine pods and iputils' elsewhere (netshoot, nodes, the workstation):
// ICMP echo through the same path as any packet; kube-proxy NATs only TCP/UDP/SCTP, so a
// ClusterIP never answers. Each echo takes one second of cluster time.

import { deliver, resolveHost } from '../../net/connect/index.js';
import type { Command, CommandContext } from '../types.js';
import { getopt, last } from './bbargs.js';
import { hasBusybox, source } from './common.js';

async function run(ctx: CommandContext): Promise<number> {
  const p = getopt(ctx.argv.slice(1), 'c:W:w:s:i:qn46', {});
  const host = p.args[0];
  if (p.bad || !host) {
    ctx.stderr(p.bad ? `ping: invalid option -- '${p.bad.slice(1)}'\n` : 'BusyBox v1.36.1 (2023-05-18 22:34:17 UTC) multi-call binary.\n\nUsage: ping [OPTIONS] HOST\n');
    return 1;
  }
  const bb = hasBusybox(ctx.host);
  const src = source(ctx);
  const r = resolveHost(ctx.cluster, src, host);
  if (r.elapsedMs) ctx.cluster.advance(r.elapsedMs);
  if (!r.ip) {
    if (bb) ctx.stderr(`ping: bad address '${host}'\n`);
    else ctx.stderr(`ping: ${host}: ${r.outcome === 'nxdomain' ? (src.libc === 'musl' ? 'Name does not resolve' : 'Name or service not known') : src.libc === 'musl' ? 'Try again' : 'Temporary failure in name resolution'}\n`);
    return bb ? 1 : 2;
  }
  const ip = r.ip;
  const size = Number(last(p, 's') ?? 56);
  const quiet = p.flags.has('q');
  const countArg = last(p, 'c');
  const deadline = last(p, 'w');
  const max = countArg ? Number(countArg) : deadline ? Number(deadline) : Infinity;
  // iputils names the canonical name getaddrinfo found (the search domain that answered).
  const canon = r.lookup?.resolution.name?.replace(/\.$/, '') ?? host;
  ctx.stdout(bb ? `PING ${host} (${ip}): ${size} data bytes\n` : `PING ${canon} (${ip}) ${size}(${size + 28}) bytes of data.\n`);
  const times: number[] = [];
  let sent = 0;
  while (sent < max && sent < 100_000 && !ctx.signal.aborted) {
    const d = deliver(ctx.cluster, src, ip, 0, 'icmp');
    if (d.result === 'delivered') {
      const t = 0.04 + ctx.cluster.rng.int(120) / 1000;
      times.push(t);
      if (!quiet) ctx.stdout(`${size + 8} bytes from ${ip}: ${bb ? `seq=${sent}` : `icmp_seq=${sent + 1}`} ttl=${64 - d.routed} time=${t.toFixed(3)} ms\n`);
    }
    sent++;
    ctx.cluster.advance(1000);
    if (!countArg && !deadline) await Promise.resolve();
  }
  const loss = Math.round(((sent - times.length) * 100) / Math.max(1, sent));
  const min = Math.min(...times), maxT = Math.max(...times), avg = times.reduce((a, b) => a + b, 0) / Math.max(1, times.length);
  let out: string;
  if (bb) {
    out = `\n--- ${host} ping statistics ---\n${sent} packets transmitted, ${times.length} packets received, ${loss}% packet loss\n`;
    if (times.length) out += `round-trip min/avg/max = ${min.toFixed(3)}/${avg.toFixed(3)}/${maxT.toFixed(3)} ms\n`;
  } else {
    // iputils: "time" is the wall time between the first and last probe.
    out = `\n--- ${canon} ping statistics ---\n${sent} packets transmitted, ${times.length} received, ${loss}% packet loss, time ${Math.max(0, sent - 1) * 1000 + ctx.cluster.rng.int(50)}ms\n`;
    if (times.length) {
      const mdev = Math.sqrt(times.reduce((a, t) => a + (t - avg) ** 2, 0) / times.length);
      out += `rtt min/avg/max/mdev = ${min.toFixed(3)}/${avg.toFixed(3)}/${maxT.toFixed(3)}/${mdev.toFixed(3)} ms\n`;
    }
  }
  ctx.stdout(out);
  return times.length ? 0 : 1;
}

export const ping: Command = { name: 'ping', run };
