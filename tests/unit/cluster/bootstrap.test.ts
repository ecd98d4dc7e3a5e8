import { describe, expect, it } from 'vitest';
import { createCluster } from '../../../sandbox/cluster/bootstrap.js';
import { COREFILE } from '../../../sandbox/cluster/addons.js';
import { DEFAULT_KIND_CONFIG, type KindConfig } from '../../../sandbox/cluster/config.js';
import { findCondition } from '../../../sandbox/api/types.js';
import { RT } from '../../../sandbox/controllers/util.js';

const cfg = (patch: (c: KindConfig) => void): KindConfig => {
  const c = structuredClone(DEFAULT_KIND_CONFIG);
  patch(c);
  return c;
};

describe('createCluster (default kind config)', () => {
  const c = createCluster({ seed: 42 });

  it('registers three Ready nodes with kind names, IPs, pod CIDRs and roles', () => {
    const nodes = c.store.list('nodes').map((n) => ({
      name: n.metadata.name,
      ip: n.status.addresses[0].address,
      cidr: n.spec.podCIDR,
      ready: findCondition(n.status, 'Ready').status,
      role: 'node-role.kubernetes.io/control-plane' in (n.metadata.labels ?? {}),
      taints: (n.spec.taints ?? []).map((t: any) => `${t.key}:${t.effect}`),
    }));
    expect(nodes).toEqual([
      { name: 'kind-control-plane', ip: '172.18.0.2', cidr: '10.244.0.0/24', ready: 'True', role: true, taints: ['node-role.kubernetes.io/control-plane:NoSchedule'] },
      { name: 'kind-worker', ip: '172.18.0.3', cidr: '10.244.1.0/24', ready: 'True', role: false, taints: [] },
      { name: 'kind-worker2', ip: '172.18.0.4', cidr: '10.244.2.0/24', ready: 'True', role: false, taints: [] },
    ]);
    const n = c.store.get('nodes', undefined, 'kind-worker')!;
    expect(n.metadata.labels).toMatchObject({ 'kubernetes.io/hostname': 'kind-worker', 'kubernetes.io/os': 'linux', 'beta.kubernetes.io/arch': 'amd64' });
    expect(n.status.nodeInfo).toMatchObject({ kubeletVersion: 'v1.34.0', containerRuntimeVersion: 'containerd://2.1.4', osImage: 'Debian GNU/Linux 12 (bookworm)' });
    expect(findCondition(n.status, 'MemoryPressure')).toMatchObject({ status: 'False', reason: 'KubeletHasSufficientMemory' });
  });

  it('records the node registration events describe shows', () => {
    const ev = c.store
      .list('events', 'default')
      .filter((e) => e.involvedObject.kind === 'Node' && e.involvedObject.name === 'kind-worker')
      .map((e) => `${e.source.component} ${e.reason}: ${e.message}`);
    expect(ev).toEqual(
      expect.arrayContaining([
        'kubelet Starting: Starting kubelet.',
        'kubelet NodeHasSufficientMemory: Node kind-worker status is now: NodeHasSufficientMemory',
        'node-controller RegisteredNode: Node kind-worker event: Registered Node kind-worker in Controller',
        'kubelet NodeReady: Node kind-worker status is now: NodeReady',
      ]),
    );
  });

  it('creates the system namespaces with their default ServiceAccount and kube-root-ca.crt', () => {
    const ns = c.store.list('namespaces').map((n) => n.metadata.name);
    expect(ns).toEqual(['default', 'kube-node-lease', 'kube-public', 'kube-system', 'local-path-storage']);
    for (const n of ns) {
      expect(c.store.get('serviceaccounts', n, 'default')).toBeDefined();
      expect(c.store.get('configmaps', n, 'kube-root-ca.crt')?.data['ca.crt']).toMatch(/^-----BEGIN CERTIFICATE-----\n/);
    }
  });

  it('runs every system pod where a fresh kind cluster runs it', () => {
    const generic = (p: any) => {
      const kind = p.metadata.ownerReferences?.[0]?.kind;
      if (kind === 'ReplicaSet') return p.metadata.name.replace(/-[a-z0-9]+-[a-z0-9]{5}$/, '-*-*');
      if (kind === 'DaemonSet') return p.metadata.name.replace(/-[a-z0-9]{5}$/, '-*');
      return p.metadata.name;
    };
    const pods = c.store.list('pods').map((p) => `${p.metadata.namespace}/${generic(p)} ${p.status.phase} ${p.spec.nodeName}`);
    expect(pods.sort()).toEqual(
      [
        'kube-system/coredns-*-* Running kind-control-plane',
        'kube-system/coredns-*-* Running kind-control-plane',
        'kube-system/etcd-kind-control-plane Running kind-control-plane',
        'kube-system/kindnet-* Running kind-control-plane',
        'kube-system/kindnet-* Running kind-worker',
        'kube-system/kindnet-* Running kind-worker2',
        'kube-system/kube-apiserver-kind-control-plane Running kind-control-plane',
        'kube-system/kube-controller-manager-kind-control-plane Running kind-control-plane',
        'kube-system/kube-proxy-* Running kind-control-plane',
        'kube-system/kube-proxy-* Running kind-worker',
        'kube-system/kube-proxy-* Running kind-worker2',
        'kube-system/kube-scheduler-kind-control-plane Running kind-control-plane',
        'local-path-storage/local-path-provisioner-*-* Running kind-control-plane',
      ].sort(),
    );
    const etcd = c.store.get('pods', 'kube-system', 'etcd-kind-control-plane')!;
    expect(etcd.status.podIP).toBe('172.18.0.2');
    expect(etcd.metadata.ownerReferences?.[0]).toMatchObject({ kind: 'Node', name: 'kind-control-plane', controller: true });
    const dns = c.store.list('pods', 'kube-system').filter((p) => p.metadata.labels?.['k8s-app'] === 'kube-dns');
    expect(dns.map((p) => p.status.podIP).sort()).toEqual(['10.244.0.2', '10.244.0.3']);
  });

  it('serves the kubernetes and kube-dns Services with their endpoints', () => {
    const k = c.store.get('services', 'default', 'kubernetes')!;
    expect(k.spec.clusterIP).toBe('10.96.0.1');
    expect(k.spec.ports).toEqual([expect.objectContaining({ name: 'https', port: 443, protocol: 'TCP', targetPort: 6443 })]);
    expect(c.store.get('endpoints', 'default', 'kubernetes')!.subsets).toEqual([{ addresses: [{ ip: '172.18.0.2' }], ports: [{ name: 'https', port: 6443, protocol: 'TCP' }] }]);
    const dns = c.store.get('services', 'kube-system', 'kube-dns')!;
    expect(dns.spec.clusterIP).toBe('10.96.0.10');
    expect(dns.spec.ports.map((p: any) => `${p.name} ${p.port}/${p.protocol}`)).toEqual(['dns 53/UDP', 'dns-tcp 53/TCP', 'metrics 9153/TCP']);
    const slices = c.store.list('endpointslices.discovery.k8s.io', 'kube-system');
    expect(slices).toHaveLength(1);
    expect(slices[0]!.metadata.name).toMatch(/^kube-dns-[a-z0-9]{5}$/);
    expect(slices[0]!.endpoints.map((e: any) => e.conditions)).toEqual([
      { ready: true, serving: true, terminating: false },
      { ready: true, serving: true, terminating: false },
    ]);
  });

  it('ships the kubeadm Corefile and a kube-proxy config in iptables mode', () => {
    expect(c.store.get('configmaps', 'kube-system', 'coredns')!.data.Corefile).toBe(COREFILE);
    expect(COREFILE).toContain('    cache 30 {\n       disable success cluster.local\n       disable denial cluster.local\n    }\n');
    expect(c.store.get('configmaps', 'kube-system', 'kube-proxy')!.data['config.conf']).toContain('mode: iptables');
  });

  it('leaves the clock a little over a minute after creation, with deployments complete', () => {
    expect(c.now - c.startTime).toBe(75_000);
    const d = c.store.get('deployments.apps', 'kube-system', 'coredns')!;
    expect(d.status).toMatchObject({ replicas: 2, readyReplicas: 2, availableReplicas: 2, updatedReplicas: 2 });
    expect(d.status.conditions.map((x: any) => `${x.type}=${x.reason}`)).toEqual(['Available=MinimumReplicasAvailable', 'Progressing=NewReplicaSetAvailable']);
  });

  it('recreates a deleted mirror pod at once, without restarting the static pod', () => {
    const x = createCluster({ seed: 5 });
    const before = x.store.get('pods', 'kube-system', 'etcd-kind-control-plane')!;
    x.api.delete(RT.pod, 'kube-system', 'etcd-kind-control-plane');
    x.advance(1_000);
    const after = x.store.get('pods', 'kube-system', 'etcd-kind-control-plane')!;
    expect(after.metadata.uid).not.toBe(before.metadata.uid);
    expect(after.status.phase).toBe('Running');
    expect(after.status.startTime).toBe(before.status.startTime);
    expect(after.status.containerStatuses[0].containerID).toBe(before.status.containerStatuses[0].containerID);
    expect(after.metadata.ownerReferences?.[0]).toMatchObject({ kind: 'Node', name: 'kind-control-plane' });
  });

  it('is deterministic for a seed and differs between seeds', () => {
    expect(createCluster({ seed: 42 }).snapshot()).toEqual(c.snapshot());
    const names = (x: ReturnType<typeof createCluster>) => x.store.list('pods').map((p) => p.metadata.name);
    expect(names(createCluster({ seed: 43 }))).not.toEqual(names(c));
  });
});

describe('createCluster with a kind config', () => {
  it('without a CNI leaves nodes NotReady, tainted, and CoreDNS unschedulable', () => {
    const c = createCluster({ seed: 1, config: cfg((k) => (k.networking.disableDefaultCNI = true)) });
    for (const n of c.store.list('nodes')) {
      expect(findCondition(n.status, 'Ready')).toMatchObject({
        status: 'False',
        reason: 'KubeletNotReady',
        message: 'container runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:Network plugin returns error: cni plugin not initialized',
      });
      expect(n.spec.taints).toContainEqual({ effect: 'NoSchedule', key: 'node.kubernetes.io/not-ready' });
    }
    expect(c.store.list('daemonsets.apps', 'kube-system').map((d) => d.metadata.name)).toEqual(['kube-proxy']);
    const dns = c.store.list('pods', 'kube-system').filter((p) => p.metadata.labels?.['k8s-app'] === 'kube-dns');
    expect(dns).toHaveLength(2);
    for (const p of dns) {
      expect(p.spec.nodeName).toBeUndefined();
      expect(findCondition(p.status, 'PodScheduled').message).toBe(
        '0/3 nodes are available: 3 node(s) had untolerated taint {node.kubernetes.io/not-ready: }. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.',
      );
    }
    // A pod placed on a node by hand waits for the pod network.
    c.api.create({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', namespace: 'default' }, spec: { nodeName: 'kind-worker', containers: [{ name: 'c', image: 'nginx' }] } });
    c.advance(5_000);
    const p = c.store.get('pods', 'default', 'p')!;
    expect(p.status.containerStatuses[0].state.waiting.reason).toBe('ContainerCreating');
    expect(p.status.podIP).toBeUndefined();
    expect(c.store.list('events', 'default').find((e) => e.involvedObject.name === 'p' && e.reason === 'NetworkNotReady')?.message).toBe(
      'network is not ready: container runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:Network plugin returns error: cni plugin not initialized',
    );
    // hostNetwork pods still run.
    expect(c.store.list('pods', 'kube-system').filter((p) => p.metadata.name!.startsWith('kube-proxy-')).every((p) => p.status.phase === 'Running')).toBe(true);
  });

  it('honours nodes, podSubnet, serviceSubnet and kubeProxyMode none', () => {
    const c = createCluster({
      seed: 1,
      config: cfg((k) => {
        k.nodes = [{ role: 'control-plane' }];
        k.networking.podSubnet = '10.10.0.0/16';
        k.networking.serviceSubnet = '10.20.0.0/16';
        k.networking.kubeProxyMode = 'none';
      }),
    });
    const nodes = c.store.list('nodes');
    expect(nodes.map((n) => [n.metadata.name, n.spec.podCIDR, n.spec.taints ?? []])).toEqual([['kind-control-plane', '10.10.0.0/24', []]]);
    expect(c.store.get('services', 'default', 'kubernetes')!.spec.clusterIP).toBe('10.20.0.1');
    expect(c.store.get('services', 'kube-system', 'kube-dns')!.spec.clusterIP).toBe('10.20.0.10');
    expect(c.store.get('daemonsets.apps', 'kube-system', 'kube-proxy')).toBeUndefined();
    expect(c.store.list('pods', 'kube-system').filter((p) => p.metadata.labels?.['k8s-app'] === 'kube-dns').map((p) => p.status.podIP).sort()).toEqual(['10.10.0.2', '10.10.0.3']);
  });

  it('runs a control plane on every control-plane node of an HA cluster', () => {
    const c = createCluster({ seed: 1, config: cfg((k) => (k.nodes = [{ role: 'control-plane' }, { role: 'control-plane' }, { role: 'worker', labels: { tier: 'web' } }])) });
    expect(c.store.list('nodes').map((n) => `${n.metadata.name} ${n.status.addresses[0].address} ${n.spec.podCIDR}`)).toEqual([
      'kind-control-plane 172.18.0.2 10.244.0.0/24',
      'kind-control-plane2 172.18.0.3 10.244.1.0/24',
      'kind-worker 172.18.0.4 10.244.2.0/24',
    ]);
    expect(c.store.get('nodes', undefined, 'kind-worker')!.metadata.labels!.tier).toBe('web');
    for (const n of ['kind-control-plane', 'kind-control-plane2'])
      for (const comp of ['etcd', 'kube-apiserver', 'kube-controller-manager', 'kube-scheduler'])
        expect(c.store.get('pods', 'kube-system', `${comp}-${n}`)?.status.phase).toBe('Running');
    expect(c.store.get('endpoints', 'default', 'kubernetes')!.subsets[0].addresses).toEqual([{ ip: '172.18.0.2' }, { ip: '172.18.0.3' }]);
    expect(c.store.get('configmaps', 'kube-system', 'kube-proxy')!.data['kubeconfig.conf']).toContain('server: https://kind-external-load-balancer:6443');
  });
});
