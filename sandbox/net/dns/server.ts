// CoreDNS as a whole: picks the server block for a query (most specific zone on the port),
// then runs its plugins in plugin.cfg order — hosts, kubernetes, forward — and loadbalance.

import type { ServerConfig, HostsConfig } from './config.js';
import { rewriteQuestion, rewriteReply } from './rewrite.js';
import { matchZone, serveKubernetes } from './kubernetes.js';
import type { KubeData } from './kubedata.js';
import { fqdn, reply, type Msg, type Question, type RR } from './types.js';

export interface DnsEnv {
  servers: ServerConfig[];
  data: KubeData;
  /** The nameservers in CoreDNS's own /etc/resolv.conf (dnsPolicy Default: the node's). */
  resolvConf: { nameservers: string[] };
  /** Sends a query to an upstream resolver; undefined means no reply (timeout). */
  upstream: (server: string, q: Question) => Msg | undefined;
  /** Seeded uint32 source for forward's random policy and loadbalance; omitted = fixed order. */
  random?: () => number;
}

function shuffle<T>(xs: T[], random?: () => number): T[] {
  const a = [...xs];
  if (!random) return a;
  for (let i = a.length - 1; i > 0; i--) {
    const j = random() % (i + 1);
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

function serveHosts(h: HostsConfig, zones: string[], q: Question): Msg | 'next' {
  if (!matchZone(zones, q.name)) return 'next';
  const ips = h.entries.get(q.name.toLowerCase());
  const m = reply(q);
  m.authoritative = true;
  if (!ips) {
    if (h.fallthrough && (h.fallthrough.length === 0 || matchZone(h.fallthrough, q.name))) return 'next';
    m.rcode = 'NXDOMAIN';
    return m;
  }
  if (q.type === 'A') m.answer = ips.filter((ip) => ip.includes('.')).map((address) => ({ name: q.name, ttl: h.ttl, type: 'A', address }));
  if (q.type === 'AAAA') m.answer = ips.filter((ip) => ip.includes(':')).map((address) => ({ name: q.name, ttl: h.ttl, type: 'AAAA', address }));
  return m;
}

function forward(env: DnsEnv, to: string[], q: Question): Msg {
  const servers = to.flatMap((t) => (t.startsWith('/') ? env.resolvConf.nameservers : [t.replace(/^dns:\/\//, '').replace(/:53$/, '')]));
  for (const s of shuffle(servers, env.random)) {
    const r = env.upstream(s, q);
    if (r) return { ...r, question: q, authoritative: r.authoritative, recursionAvailable: true };
  }
  return { ...reply(q, 'SERVFAIL'), recursionAvailable: true };
}

function loadbalance(answer: RR[], random?: () => number): RR[] {
  const addr = answer.filter((r) => r.type === 'A' || r.type === 'AAAA');
  if (addr.length < 2) return answer;
  return [...answer.filter((r) => r.type !== 'A' && r.type !== 'AAAA'), ...shuffle(addr, random)];
}

/** Answers one query arriving on `port`, as the CoreDNS pods would. */
export function serveDns(env: DnsEnv, question: Question, port = 53, depth = 0): Msg {
  const q = { ...question, name: fqdn(question.name) };
  let best: ServerConfig | undefined, bestZone = '';
  for (const s of env.servers) {
    if (s.port !== port) continue;
    const z = matchZone(s.zones, q.name);
    if (z && z.length > bestZone.length) {
      best = s;
      bestZone = z;
    }
  }
  if (!best) return reply(q, 'REFUSED');
  const upstream = (name: string, type: Question['type']) => (depth < 8 ? serveDns(env, { name, type }, port, depth + 1) : undefined);
  // rewrite runs before hosts/kubernetes/forward (plugin.cfg order); the client never sees it.
  const { q: asked, fired } = best.rewrite.length ? rewriteQuestion(best.rewrite, q) : { q, fired: [] };
  const m = answer(env, best, asked, upstream);
  return fired.length ? rewriteReply(fired, q, m) : m;
}

function answer(env: DnsEnv, best: ServerConfig, q: Question, upstream: (name: string, type: Question['type']) => Msg | undefined): Msg {
  let m: Msg | 'next' = 'next';
  if (best.hosts) m = serveHosts(best.hosts, best.zones, q);
  if (m === 'next' && best.kubernetes) {
    let k = best.kubernetes;
    // ns.dns.<zone> answers with the address of the Service in front of CoreDNS.
    if (!k.nsAddrs.length) k = { ...k, nsAddrs: env.data.service('kube-system', 'kube-dns')?.clusterIPs ?? [] };
    m = serveKubernetes(env.data, k, q, upstream);
  }
  if (m === 'next' && best.forward && matchZone([best.forward.from], q.name)) m = forward(env, best.forward.to, q);
  if (m === 'next') return reply(q, 'SERVFAIL'); // plugin.NextOrFailure: no next plugin found
  if (best.loadbalance) m = { ...m, answer: loadbalance(m.answer, env.random) };
  return m;
}
