// The Node objects of a kind cluster as kubeadm + the kubelet register them: names, labels,
// annotations, podCIDRs, taints, addresses, capacity and nodeInfo for kindest/node:v1.34.0.

import type { KubeObject } from '../api/types.js';
import type { Rng } from '../util/rng.js';
import { intToIp, parseCidr } from '../controllers/util.js';
import type { KindConfig } from './config.js';
import { VERSIONS } from './config.js';

export interface NodePlan {
  /** The kind cluster's name (`kind`), which prefixes node names and the providerID. */
  cluster: string;
  name: string;
  role: 'control-plane' | 'worker';
  ip: string;
  podCIDR: string;
  labels: Record<string, string>;
}

/** kind's naming: `<cluster>-control-plane`, `<cluster>-control-plane2`, `<cluster>-worker`, `<cluster>-worker2`… */
export function planNodes(config: KindConfig): NodePlan[] {
  const { base, bits } = parseCidr(config.networking.podSubnet);
  const nodeBits = Math.max(bits, 24);
  const counts = { 'control-plane': 0, worker: 0 };
  // Control-plane nodes come first: they get the first IPs and the first pod CIDRs.
  const ordered = [...config.nodes.filter((n) => n.role === 'control-plane'), ...config.nodes.filter((n) => n.role !== 'control-plane')];
  return ordered.map((n, i) => {
    const k = ++counts[n.role];
    return {
      cluster: config.name,
      name: `${config.name}-${n.role}${k > 1 ? k : ''}`,
      role: n.role,
      ip: `172.18.0.${i + 2}`,
      podCIDR: `${intToIp(base + i * 2 ** (32 - nodeBits))}/${nodeBits}`,
      labels: n.labels ?? {},
    };
  });
}

export function nodeObject(p: NodePlan, hasWorkers: boolean): KubeObject {
  const labels: Record<string, string> = {
    'beta.kubernetes.io/arch': 'amd64',
    'beta.kubernetes.io/os': 'linux',
    'kubernetes.io/arch': 'amd64',
    'kubernetes.io/hostname': p.name,
    'kubernetes.io/os': 'linux',
  };
  if (p.role === 'control-plane') {
    labels['node-role.kubernetes.io/control-plane'] = '';
    labels['node.kubernetes.io/exclude-from-external-load-balancers'] = '';
  }
  Object.assign(labels, p.labels);
  const taints: any[] = [];
  // kind removes the control-plane taint when the cluster has no worker to run workloads.
  if (p.role === 'control-plane' && hasWorkers) taints.push({ effect: 'NoSchedule', key: 'node-role.kubernetes.io/control-plane' });
  taints.push({ effect: 'NoSchedule', key: 'node.kubernetes.io/not-ready' });
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      name: p.name,
      labels,
      annotations: {
        'kubeadm.alpha.kubernetes.io/cri-socket': 'unix:///run/containerd/containerd.sock',
        'node.alpha.kubernetes.io/ttl': '0',
        'volumes.kubernetes.io/controller-managed-attach-detach': 'true',
      },
    },
    spec: { podCIDR: p.podCIDR, podCIDRs: [p.podCIDR], providerID: `kind://docker/${p.cluster}/${p.name}`, taints },
  };
}

export function nodeStatus(p: NodePlan, rng: Rng, images: { names: string[]; sizeBytes: number }[]): Record<string, unknown> {
  const resources = {
    cpu: '8',
    'ephemeral-storage': '102626232Ki',
    'hugepages-1Gi': '0',
    'hugepages-2Mi': '0',
    memory: '16364636Ki',
    pods: '110',
  };
  return {
    addresses: [
      { address: p.ip, type: 'InternalIP' },
      { address: p.name, type: 'Hostname' },
    ],
    allocatable: { ...resources },
    capacity: { ...resources },
    conditions: [],
    daemonEndpoints: { kubeletEndpoint: { Port: 10250 } },
    features: { supplementalGroupsPolicy: true },
    images,
    nodeInfo: {
      architecture: 'amd64',
      bootID: rng.uuid(),
      containerRuntimeVersion: VERSIONS.containerd,
      kernelVersion: VERSIONS.kernel,
      kubeProxyVersion: '',
      kubeletVersion: VERSIONS.kubernetes,
      machineID: rng.hex(32),
      operatingSystem: 'linux',
      osImage: VERSIONS.osImage,
      systemUUID: rng.uuid(),
    },
    runtimeHandlers: [
      { features: { recursiveReadOnlyMounts: true, userNamespaces: true }, name: 'runc' },
      { features: { recursiveReadOnlyMounts: true, userNamespaces: true }, name: '' },
    ],
  };
}
