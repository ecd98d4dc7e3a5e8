// Server blocks → the configuration of each plugin we simulate (kubernetes, forward, hosts,
// loadbalance, log), with zones normalized to lower-case FQDNs.

import { parseCorefile, CorefileError, type Directive, type ServerBlock } from './corefile.js';
import { parseRewrite, type NameRule } from './rewrite.js';
import type { KubeOptions } from './services.js';
import { fqdn } from './types.js';

export interface ForwardConfig {
  from: string;
  /** `1.2.3.4`, `1.2.3.4:53`, or a resolv.conf path (its nameservers). */
  to: string[];
}

export interface HostsConfig {
  entries: Map<string, string[]>;
  fallthrough?: string[];
  ttl: number;
}

export interface ServerConfig {
  zones: string[];
  port: number;
  kubernetes?: KubeOptions;
  forward?: ForwardConfig;
  hosts?: HostsConfig;
  rewrite: NameRule[];
  loadbalance: boolean;
  log: boolean;
}

export function parseKey(key: string): { zone: string; port: number } {
  const k = key.replace(/^dns:\/\//, '');
  const m = k.match(/^(.*?)(?::(\d+))?$/)!;
  return { zone: fqdn((m[1] || '.').toLowerCase()), port: m[2] ? Number(m[2]) : 53 };
}

const pluginErr = (plugin: string, d: Directive, msg: string) =>
  new CorefileError(`plugin/${plugin}: Corefile:${d.line} - Error during parsing: ${msg}`);

function kubernetes(d: Directive, blockZones: string[]): KubeOptions {
  const o: KubeOptions = {
    zones: d.args.length ? d.args.map((z) => fqdn(z.toLowerCase())) : blockZones,
    pods: 'disabled', ttl: 5, endpointPodNames: false, nsAddrs: [],
  };
  for (const s of d.block ?? []) {
    switch (s.name) {
      case 'pods':
        if (s.args.length !== 1 || !['disabled', 'insecure', 'verified'].includes(s.args[0]!)) {
          throw pluginErr('kubernetes', s, s.args.length !== 1 ? `Wrong argument count or unexpected line ending after 'pods'` : `invalid pods mode: ${s.args[0]}`);
        }
        o.pods = s.args[0] as KubeOptions['pods'];
        break;
      case 'ttl': {
        const t = Number(s.args[0]);
        if (s.args.length !== 1 || !Number.isInteger(t)) throw pluginErr('kubernetes', s, `Wrong argument count or unexpected line ending after 'ttl'`);
        if (t < 0 || t > 3600) throw pluginErr('kubernetes', s, `ttl must be in range [0, 3600]: ${t}`);
        o.ttl = t;
        break;
      }
      case 'fallthrough':
        o.fallthrough = s.args.map((z) => fqdn(z.toLowerCase()));
        break;
      case 'endpoint_pod_names':
        o.endpointPodNames = true;
        break;
      case 'namespaces': case 'labels': case 'namespace_labels': case 'kubeconfig': case 'endpoint':
      case 'tls': case 'noendpoints': case 'ignore': case 'multicluster': case 'startup_timeout': case 'apiserver_qps':
        break;
      default:
        throw pluginErr('kubernetes', s, `unknown property '${s.name}'`);
    }
  }
  return o;
}

function hosts(d: Directive): HostsConfig {
  const h: HostsConfig = { entries: new Map(), ttl: 3600 };
  for (const s of d.block ?? []) {
    if (s.name === 'fallthrough') h.fallthrough = s.args.map((z) => fqdn(z.toLowerCase()));
    else if (s.name === 'ttl') h.ttl = Number(s.args[0]);
    else if (/^[\d.:a-fA-F]+$/.test(s.name) && s.args.length) {
      for (const n of s.args) {
        const k = fqdn(n.toLowerCase());
        h.entries.set(k, [...(h.entries.get(k) ?? []), s.name]);
      }
    }
  }
  return h;
}

export function serverConfig(b: ServerBlock): ServerConfig[] {
  const keys = b.keys.map(parseKey);
  const zones = keys.map((k) => k.zone);
  const cfg: Omit<ServerConfig, 'port' | 'zones'> = { rewrite: [], loadbalance: false, log: false };
  for (const d of b.directives) {
    if (d.name === 'kubernetes') cfg.kubernetes = kubernetes(d, zones);
    else if (d.name === 'forward') {
      if (d.args.length < 2) throw pluginErr('forward', d, `Wrong argument count or unexpected line ending after '${d.args.at(-1) ?? 'forward'}'`);
      cfg.forward = { from: fqdn(d.args[0]!.toLowerCase()), to: d.args.slice(1) };
    } else if (d.name === 'hosts') cfg.hosts = hosts(d);
    else if (d.name === 'rewrite') cfg.rewrite.push(parseRewrite(d));
    else if (d.name === 'loadbalance') cfg.loadbalance = true;
    else if (d.name === 'log') cfg.log = true;
  }
  const ports = [...new Set(keys.map((k) => k.port))];
  return ports.map((port) => ({ ...cfg, port, zones: keys.filter((k) => k.port === port).map((k) => k.zone) }));
}

/** Parses and configures a whole Corefile. Throws CorefileError with CoreDNS's wording. */
export function loadCorefile(src: string): ServerConfig[] {
  return parseCorefile(src).flatMap(serverConfig);
}
