// The files a container starts with that the network decides: kubelet's /etc/hosts, the
// /etc/resolv.conf containerd writes from the pod's DNS config, and /etc/hostname.

import type { KubeObject } from '../../api/types.js';
import type { Cluster } from '../../cluster/cluster.js';
import type { HostInfo } from '../../commands/types.js';
import { formatResolvConf, podResolvConf } from '../dns/resolvconf.js';
import { nodeDnsSettings, nodeIP, nodeResolvConf } from './source.js';

/** kubelet's managed hosts file (managedHostsFileContent), HostAliases appended. */
export function podHostsFile(pod: KubeObject, domain: string): string {
  let out = '# Kubernetes-managed hosts file.\n127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\nfe00::0\tip6-localnet\nfe00::0\tip6-mcastprefix\nfe00::1\tip6-allnodes\nfe00::2\tip6-allrouters\n';
  const ip = pod.status?.podIP;
  const host = pod.spec?.hostname ?? pod.metadata.name!;
  if (ip) {
    const sub = pod.spec?.subdomain;
    out += sub ? `${ip}\t${host}.${sub}.${pod.metadata.namespace ?? 'default'}.svc.${domain}\t${host}\n` : `${ip}\t${host}\n`;
  }
  const aliases: { ip: string; hostnames?: string[] }[] = pod.spec?.hostAliases ?? [];
  if (aliases.length) {
    out += '\n# Entries added by HostAliases.\n';
    for (const a of aliases) out += `${a.ip}\t${(a.hostnames ?? []).join('\t')}\n`;
  }
  return out;
}

/** The network files of a shell host (empty for the workstation, whose files are the learner's). */
export function hostFiles(cluster: Cluster, host: HostInfo): Record<string, string> {
  const files: Record<string, string> = { '/etc/hostname': `${host.hostname}\n` };
  if (host.kind === 'pod' && host.pod) {
    const pod = cluster.store.get('pods', host.namespace ?? 'default', host.pod);
    if (pod && !pod.spec?.hostNetwork) {
      files['/etc/resolv.conf'] = formatResolvConf(podResolvConf(pod, nodeDnsSettings(cluster)));
      files['/etc/hosts'] = podHostsFile(pod, cluster.network.dnsDomain);
    } else if (pod) files['/etc/resolv.conf'] = formatResolvConf(podResolvConf(pod, nodeDnsSettings(cluster)));
  } else if (host.kind === 'node') {
    files['/etc/resolv.conf'] = formatResolvConf(nodeResolvConf());
    const node = cluster.store.get('nodes', undefined, host.node ?? host.hostname);
    if (node) files['/etc/hosts'] = `127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\nfe00::0\tip6-localnet\nff00::0\tip6-mcastprefix\nff02::1\tip6-allnodes\nff02::2\tip6-allrouters\n${nodeIP(node)}\t${node.metadata.name}\n`;
  }
  return files;
}
