// busybox traceroute: UDP probes from port 33434 with rising TTL. The hops are the ones a packet
// really crosses — the node's pod gateway, the other node (kindnet), the pod — and a ClusterIP,
// which kube-proxy does not NAT for these ports, fades out into `*` past the docker gateway.

import { deliver, dnsQuery, nodeIP, resolveHost } from '../../net/connect/index.js';
import type { Command, CommandContext } from '../types.js';
import { getopt, last } from './bbargs.js';
import { source } from './common.js';

async function run(ctx: CommandContext): Promise<number> {
  const p = getopt(ctx.argv.slice(1), 'nIFlvrm:q:p:s:t:w:z:f:i:g:46', {});
  const host = p.args[0];
  if (p.bad || !host) {
    ctx.stderr(p.bad ? `traceroute: invalid option -- '${p.bad.slice(1)}'\n` : 'BusyBox v1.36.1 (2023-05-18 22:34:17 UTC) multi-call binary.\n\nUsage: traceroute [-46FIlnrv] [-f 1ST_TTL] [-m MAXTTL] [-q PROBES] [-p PORT]\n\t[-t TOS] [-w WAIT_SEC] [-s SRC_IP] [-i IFACE]\n\t[-z PAUSE_MSEC] HOST [BYTES]\n');
    return 1;
  }
  const src = source(ctx);
  const r = resolveHost(ctx.cluster, src, host);
  if (r.elapsedMs) ctx.cluster.advance(r.elapsedMs);
  if (!r.ip) {
    ctx.stderr(`traceroute: bad address '${host}'\n`);
    return 1;
  }
  const maxTtl = Number(last(p, 'm') ?? 30);
  const probes = Number(last(p, 'q') ?? 3);
  const waitMs = Number(last(p, 'w') ?? 3) * 1000;
  const numeric = p.flags.has('n');
  ctx.stdout(`traceroute to ${host} (${r.ip}), ${maxTtl} hops max, 46 byte packets\n`);

  const d = deliver(ctx.cluster, src, r.ip, 33434, 'udp');
  const hops: string[] = [];
  const gateway = (ip: string) => ip.replace(/\.\d+$/, '.1');
  if (src.kind === 'pod' && !src.local && d.ip !== src.ip) hops.push(gateway(src.ip));
  const reached = d.result !== 'timeout';
  if (reached && d.pod && src.node && d.pod.spec?.nodeName !== src.node.metadata.name && !d.pod.spec?.hostNetwork) {
    const other = ctx.cluster.store.get('nodes', undefined, d.pod.spec!.nodeName);
    if (other) hops.push(nodeIP(other));
  }
  if (reached) {
    if (hops.at(-1) !== d.ip) hops.push(d.ip);
  } else if (src.kind !== 'workstation') hops.push('172.18.0.1');
  // A hop's name comes from a PTR lookup unless -n.
  const label = (ip: string) => {
    if (numeric) return ip;
    const server = src.resolvConf.nameservers[0];
    const q = server ? dnsQuery(ctx.cluster, src, server, `${ip.split('.').reverse().join('.')}.in-addr.arpa.`, 'PTR') : undefined;
    const ptr = q?.msg?.answer.find((a) => a.type === 'PTR');
    return `${ptr && ptr.type === 'PTR' ? ptr.target.replace(/\.$/, '') : ip} (${ip})`;
  };
  let out = '';
  for (let ttl = 1; ttl <= maxTtl && !ctx.signal.aborted; ttl++) {
    const ip = hops[ttl - 1];
    out += String(ttl).padStart(2);
    if (!ip) {
      out += '  *'.repeat(probes) + '\n';
      ctx.cluster.advance(waitMs * probes);
      continue;
    }
    out += `  ${label(ip)}`;
    for (let i = 0; i < probes; i++) out += `  ${(0.005 + ctx.cluster.rng.int(60) / 1000).toFixed(3)} ms`;
    out += '\n';
    if (reached && ttl === hops.length) break;
  }
  ctx.stdout(out);
  return 0;
}

export const traceroute: Command = { name: 'traceroute', run };
