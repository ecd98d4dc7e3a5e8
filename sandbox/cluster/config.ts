// The cluster's shape, in kind's config format (kind.x-k8s.io/v1alpha4), with kind's defaults.

export interface KindNode {
  role: 'control-plane' | 'worker';
  labels?: Record<string, string>;
}

export interface KindConfig {
  kind: 'Cluster';
  apiVersion: 'kind.x-k8s.io/v1alpha4';
  name: string;
  nodes: KindNode[];
  networking: {
    podSubnet: string;
    serviceSubnet: string;
    disableDefaultCNI: boolean;
    kubeProxyMode: 'iptables' | 'ipvs' | 'nftables' | 'none';
    apiServerPort?: number;
  };
}

export const DEFAULT_KIND_CONFIG: KindConfig = {
  kind: 'Cluster',
  apiVersion: 'kind.x-k8s.io/v1alpha4',
  name: 'kind',
  nodes: [{ role: 'control-plane' }, { role: 'worker' }, { role: 'worker' }],
  networking: {
    podSubnet: '10.244.0.0/16',
    serviceSubnet: '10.96.0.0/16',
    disableDefaultCNI: false,
    kubeProxyMode: 'iptables',
  },
};

/** Versions of everything we imitate: kind v0.30.0 with Kubernetes v1.34.0. */
export const VERSIONS = {
  kind: 'v0.30.0',
  kubernetes: 'v1.34.0',
  kubectl: 'v1.34.0',
  kustomize: 'v5.7.1',
  nodeImage: 'kindest/node:v1.34.0',
  containerd: 'containerd://2.1.4',
  osImage: 'Debian GNU/Linux 12 (bookworm)',
  kernel: '6.8.0-71-generic',
  coredns: 'registry.k8s.io/coredns/coredns:v1.12.1',
  kindnetd: 'docker.io/kindest/kindnetd:v20250512-df8de77b',
  kubeProxy: 'registry.k8s.io/kube-proxy:v1.34.0',
  etcd: 'registry.k8s.io/etcd:3.6.4-0',
  localPath: 'docker.io/kindest/local-path-provisioner:v20250214-acbabc1a',
  goVersion: 'go1.24.6',
} as const;
