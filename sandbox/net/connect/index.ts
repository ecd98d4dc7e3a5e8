// The connection engine's public surface: sources, DNS through the cluster, packet delivery, connect().

export { connect, resolveHost, KERNEL_CONNECT_TIMEOUT_MS, type ConnectOptions, type ConnectResult, type ConnectTarget, type Outcome } from './connect.js';
export { deliver, type Delivery, type Proto } from './deliver.js';
export { dnsEnv, dnsQuery, lookup, hostsEntry, isIPv4, type NameLookup, type QueryResult } from './dns.js';
export { nodeRules, proxyInputs } from './rules.js';
export { sourceOf, podSource, nodeSource, workstationSource, nodeResolvConf, libcOf, nodeIP, DOCKER_GATEWAY, type Source } from './source.js';
export { externalDns } from './upstream.js';
export { hostFiles, podHostsFile } from './hostfiles.js';
export { httpRequest, splitUrl, type HttpResult } from './http.js';
