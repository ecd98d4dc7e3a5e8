// The dataplane's public surface: kube-proxy's rules as data, their printers and parser, the
// packet walk over them, and cluster DNS (CoreDNS server side, resolv.conf and client side).

export * from './iptables/model.js';
export { iptablesSave, ruleLine, formatProbability, type SaveOptions } from './iptables/save.js';
export { iptablesRestore, RestoreError } from './iptables/restore.js';
export { iptablesList, type ListOptions } from './iptables/list.js';
export { danglingJumps } from './iptables/check.js';
export { Proxier, buildProxyRules, LARGE_CLUSTER_ENDPOINTS, type ProxierConfig, type BuildProxyRulesInput } from './kube-proxy/proxier.js';
export type { KindNatOptions } from './kube-proxy/kind.js';
export { walkPacket, inCidr, type Packet, type WalkOptions, type WalkResult, type Hit, type Verdict, type RecentLists } from './walk/rules.js';
export * from './dns/types.js';
export { KIND_COREFILE, parseCorefile, CorefileError } from './dns/corefile.js';
export { loadCorefile, type ServerConfig } from './dns/config.js';
export { KubeData, type KubeDataInput } from './dns/kubedata.js';
export { serveDns, type DnsEnv } from './dns/server.js';
export { parseResolvConf, formatResolvConf, podResolvConf, podDnsType, type ResolvConf, type NodeDnsSettings } from './dns/resolvconf.js';
export { resolve, candidates, type ClientKind, type Resolution, type SentQuery, type Send } from './dns/resolver.js';
