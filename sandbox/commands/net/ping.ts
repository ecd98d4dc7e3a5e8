// busybox ping: ICMP echo through the same path as any packet; kube-proxy NATs only TCP/UDP/SCTP,
// so a ClusterIP never answers. Each echo takes one second of cluster time.

import { deliver, resolveHost } from '../../net/connect/index.js';
import type { Command, CommandContext } from '../types.js';
import { getopt, last } from './bbargs.js';
import { source } from './common.js';

async function run(ctx: CommandContext): Promise<number> {
  const p = getopt(ctx.argv.slice(1), 'c:W:w:s:i:qn46', {});
  const host = p.args[0];
  if (p.bad || !host) {
    ctx.stderr(p.bad ? `ping: invalid option -- '${p.bad.slice(1)}'\n` : 'BusyBox v1.36.1 (2023-05-18 22:34:17 UTC) multi-call binary.\n\nUsage: ping [OPTIONS] HOST\n');
    return 1;
  }
  const src = source(ctx);
  const r = resolveHost(ctx.cluster, src, host);
  if (r.elapsedMs) ctx.cluster.advance(r.elapsedMs);
  if (!r.ip) {
    ctx.stderr(`ping: bad address '${host}'\n`);
    return 1;
  }
  const ip = r.ip;
  const size = Number(last(p, 's') ?? 56);
  const quiet = p.flags.has('q');
  const countArg = last(p, 'c');
  const deadline = last(p, 'w');
  const max = countArg ? Number(countArg) : deadline ? Number(deadline) : Infinity;
  ctx.stdout(`PING ${host} (${ip}): ${size} data bytes\n`);
  const times: number[] = [];
  let sent = 0;
  while (sent < max && sent < 100_000 && !ctx.signal.aborted) {
    const d = deliver(ctx.cluster, src, ip, 0, 'icmp');
    if (d.result === 'delivered') {
      const t = 0.04 + ctx.cluster.rng.int(120) / 1000;
      times.push(t);
      if (!quiet) ctx.stdout(`${size + 8} bytes from ${ip}: seq=${sent} ttl=${64 - d.routed} time=${t.toFixed(3)} ms\n`);
    }
    sent++;
    ctx.cluster.advance(1000);
    if (!countArg && !deadline) await Promise.resolve();
  }
  const loss = Math.round(((sent - times.length) * 100) / Math.max(1, sent));
  let out = `\n--- ${host} ping statistics ---\n${sent} packets transmitted, ${times.length} packets received, ${loss}% packet loss\n`;
  if (times.length) {
    const min = Math.min(...times), maxT = Math.max(...times), avg = times.reduce((a, b) => a + b, 0) / times.length;
    out += `round-trip min/avg/max = ${min.toFixed(3)}/${avg.toFixed(3)}/${maxT.toFixed(3)} ms\n`;
  }
  ctx.stdout(out);
  return times.length ? 0 : 1;
}

export const ping: Command = { name: 'ping', run };
