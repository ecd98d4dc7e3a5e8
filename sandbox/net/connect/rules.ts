// Each node's kube-proxy rules, built from the cluster's Services and EndpointSlices with the same
// Proxier that iptables-save prints, and kept per node until a resourceVersion changes. (ipvs and
// nftables modes are walked as iptables: the same verdicts for TCP/UDP.)

import type { KubeObject } from '../../api/types.js';
import type { Cluster } from '../../cluster/cluster.js';
import type { Ruleset } from '../iptables/model.js';
import { Proxier } from '../kube-proxy/proxier.js';
import { fnv32a } from '../../util/hash.js';
import { DOCKER_GATEWAY, nodeIP } from './source.js';

interface Cached {
  proxier: Proxier;
  key: string;
  rs: Ruleset;
}

const CACHE = new WeakMap<Cluster, Map<string, Cached>>();

const rv = (o: KubeObject) => `${o.metadata.uid ?? o.metadata.name}@${o.metadata.resourceVersion ?? ''}`;

/** The API state kube-proxy watches, and a key that changes whenever it does. */
export function proxyInputs(cluster: Cluster): { services: KubeObject[]; slices: KubeObject[]; key: string } {
  const services = cluster.store.list('services');
  const slices = cluster.store.list('endpointslices.discovery.k8s.io');
  return { services, slices, key: services.map(rv).join(',') + '|' + slices.map(rv).join(',') };
}

/** Docker's embedded DNS listens on random ports inside each node container; fixed per node name here. */
function dnsPorts(name: string): { tcp: number; udp: number } {
  const h = fnv32a(name);
  return { tcp: 32768 + (h % 28000), udp: 32768 + ((h >>> 16) % 28000) };
}

/** The node's nat and filter tables as kube-proxy (and kind) left them. */
export function nodeRules(cluster: Cluster, node: KubeObject): Ruleset {
  let perNode = CACHE.get(cluster);
  if (!perNode) CACHE.set(cluster, (perNode = new Map()));
  const name = node.metadata.name!;
  // kubeProxyMode none (a CNI replaces kube-proxy, or nothing does): no Service rules on the node.
  const none = cluster.config.networking.kubeProxyMode === 'none';
  const inputs = proxyInputs(cluster);
  const { services, slices } = none ? { services: [], slices: [] } : inputs;
  const key = none ? 'none' : inputs.key;
  let c = perNode.get(name);
  if (c && c.key === key) return c.rs;
  if (!c) {
    const podSubnet = cluster.network.podSubnet;
    const proxier = new Proxier({
      nodeName: name,
      clusterCIDR: podSubnet,
      nodeIPs: [nodeIP(node)],
      mode: 'iptables',
      kind: { podSubnet, dockerGateway: DOCKER_GATEWAY, dnsPorts: dnsPorts(name) },
    });
    c = { proxier, key: '', rs: undefined as unknown as Ruleset };
    perNode.set(name, c);
  }
  c.rs = c.proxier.sync(services, slices);
  c.key = key;
  return c.rs;
}
