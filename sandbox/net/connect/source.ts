// Where a connection starts: a pod (its IP, its node's rules, its resolv.conf), a kind node, or
// the learner's workstation on the docker network's gateway (172.18.0.1).

import type { KubeObject } from '../../api/types.js';
import type { Cluster } from '../../cluster/cluster.js';
import type { HostInfo } from '../../commands/types.js';
import { parseImage } from '../../controllers/kubelet/images.js';
import { podResolvConf, type NodeDnsSettings, type ResolvConf } from '../dns/resolvconf.js';

/** The docker network's gateway: the workstation's address as the nodes see it, and Docker's DNS. */
export const DOCKER_GATEWAY = '172.18.0.1';
/** systemd-resolved's stub on the workstation. */
export const WORKSTATION_RESOLVER = '127.0.0.53';

export interface Source {
  kind: 'pod' | 'node' | 'workstation';
  /** The address packets leave with. */
  ip: string;
  /** The node whose netfilter rules the packet meets first (absent for the workstation). */
  node?: KubeObject;
  pod?: KubeObject;
  /** Packets made by the node's own stack (node shells, hostNetwork pods) start in nat OUTPUT. */
  local: boolean;
  resolvConf: ResolvConf;
  /** getaddrinfo's flavour: glibc (Debian, busybox:glibc) or musl (Alpine-based images). */
  libc: 'glibc' | 'musl';
  label: string;
}

export function nodeIP(node: KubeObject): string {
  return (node.status?.addresses ?? []).find((a: any) => a.type === 'InternalIP')?.address ?? '';
}

/** A kind node's /etc/resolv.conf: Docker's embedded DNS, rewritten by kind to the gateway. */
export function nodeResolvConf(): ResolvConf {
  return { nameservers: [DOCKER_GATEWAY], searches: [], options: ['ndots:0'] };
}

export function nodeDnsSettings(cluster: Cluster): NodeDnsSettings {
  return { clusterDNS: [cluster.network.dnsIP], clusterDomain: cluster.network.dnsDomain, host: nodeResolvConf() };
}

/** Alpine-based images link musl; Debian/Ubuntu and busybox's default (glibc) variant, glibc. */
export function libcOf(image: string | undefined): 'glibc' | 'musl' {
  if (!image) return 'glibc';
  const ref = parseImage(image);
  const repo = ref.repo.split('/').pop()!;
  if (['curl', 'netshoot', 'alpine'].includes(repo) || /alpine|musl/.test(ref.tag)) return 'musl';
  return 'glibc';
}

export function workstationSource(): Source {
  return {
    kind: 'workstation',
    ip: DOCKER_GATEWAY,
    local: false,
    resolvConf: { nameservers: [WORKSTATION_RESOLVER], searches: [], options: ['edns0', 'trust-ad'] },
    libc: 'glibc',
    label: 'workstation',
  };
}

export function podSource(cluster: Cluster, pod: KubeObject, image?: string): Source {
  const node = pod.spec?.nodeName ? cluster.store.get('nodes', undefined, pod.spec.nodeName) : undefined;
  const hostNet = !!pod.spec?.hostNetwork;
  const src: Source = {
    kind: 'pod',
    ip: pod.status?.podIP ?? (node ? nodeIP(node) : ''),
    pod,
    local: hostNet,
    resolvConf: podResolvConf(pod, nodeDnsSettings(cluster)),
    libc: libcOf(image ?? pod.spec?.containers?.[0]?.image),
    label: `pod/${pod.metadata.name}`,
  };
  if (node) src.node = node;
  return src;
}

export function nodeSource(node: KubeObject): Source {
  return { kind: 'node', ip: nodeIP(node), node, local: true, resolvConf: nodeResolvConf(), libc: 'glibc', label: `node/${node.metadata.name}` };
}

/** The source a shell host sends from. */
export function sourceOf(cluster: Cluster, host: HostInfo): Source {
  if (host.kind === 'pod' && host.pod) {
    const pod = cluster.store.get('pods', host.namespace ?? 'default', host.pod);
    if (pod) return podSource(cluster, pod, host.image);
  }
  if (host.kind === 'node') {
    const node = cluster.store.get('nodes', undefined, host.node ?? host.hostname);
    if (node) return nodeSource(node);
  }
  return workstationSource();
}
