// The control plane's static pods as their mirror pods appear in the API: etcd, kube-apiserver,
// kube-controller-manager and kube-scheduler on the first control-plane node, owned by the Node.

import type { KubeObject } from '../api/types.js';
import { fnv32a } from '../util/hash.js';
import { VERSIONS } from './config.js';
import type { KindConfig } from './config.js';

function probe(path: string, port: number, host: string, initialDelay = 10, failure = 8): Record<string, unknown> {
  return {
    failureThreshold: failure,
    httpGet: { host, path, port, scheme: port === 2381 || port === 10251 ? 'HTTP' : 'HTTPS' },
    initialDelaySeconds: initialDelay,
    periodSeconds: 10,
    successThreshold: 1,
    timeoutSeconds: 15,
  };
}

function staticPod(name: string, node: string, nodeUid: string, image: string, command: string[], cpu: string, extra: Record<string, unknown>, annotations: Record<string, string>): KubeObject {
  const hash = fnv32a(`${name}/${command.join(' ')}`).toString(16).padStart(8, '0').repeat(4);
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name: `${name}-${node}`,
      namespace: 'kube-system',
      labels: { component: name, tier: 'control-plane' },
      annotations: {
        ...annotations,
        'kubernetes.io/config.hash': hash,
        'kubernetes.io/config.mirror': hash,
        'kubernetes.io/config.seen': '',
        'kubernetes.io/config.source': 'file',
      },
      ownerReferences: [{ apiVersion: 'v1', controller: true, kind: 'Node', name: node, uid: nodeUid }],
    },
    spec: {
      containers: [
        {
          command,
          image,
          imagePullPolicy: 'IfNotPresent',
          name,
          resources: { requests: { cpu } },
          terminationMessagePath: '/dev/termination-log',
          terminationMessagePolicy: 'File',
          ...extra,
        },
      ],
      dnsPolicy: 'ClusterFirst',
      enableServiceLinks: true,
      hostNetwork: true,
      nodeName: node,
      priority: 2000001000,
      priorityClassName: 'system-node-critical',
      restartPolicy: 'Always',
      schedulerName: 'default-scheduler',
      securityContext: { seccompProfile: { type: 'RuntimeDefault' } },
      terminationGracePeriodSeconds: 30,
      tolerations: [{ effect: 'NoExecute', operator: 'Exists' }],
    },
  };
}

export function staticPods(config: KindConfig, node: string, nodeUid: string, ip: string, seenAt: string): KubeObject[] {
  const net = config.networking;
  const pods = [
    staticPod('etcd', node, nodeUid, VERSIONS.etcd, [
      'etcd', `--advertise-client-urls=https://${ip}:2379`, '--cert-file=/etc/kubernetes/pki/etcd/server.crt', '--client-cert-auth=true',
      '--data-dir=/var/lib/etcd', '--experimental-initial-corrupt-check=true', '--experimental-watch-progress-notify-interval=5s',
      `--initial-advertise-peer-urls=https://${ip}:2380`, `--initial-cluster=${node}=https://${ip}:2380`, '--key-file=/etc/kubernetes/pki/etcd/server.key',
      `--listen-client-urls=https://127.0.0.1:2379,https://${ip}:2379`, '--listen-metrics-urls=http://127.0.0.1:2381',
      `--listen-peer-urls=https://${ip}:2380`, `--name=${node}`, '--peer-cert-file=/etc/kubernetes/pki/etcd/peer.crt', '--peer-client-cert-auth=true',
      '--peer-key-file=/etc/kubernetes/pki/etcd/peer.key', '--peer-trusted-ca-file=/etc/kubernetes/pki/etcd/ca.crt', '--snapshot-count=10000',
      '--trusted-ca-file=/etc/kubernetes/pki/etcd/ca.crt',
    ], '100m', { livenessProbe: probe('/livez', 2381, '127.0.0.1'), resources: { requests: { cpu: '100m', memory: '100Mi' } } }, {
      'kubeadm.kubernetes.io/etcd.advertise-client-urls': `https://${ip}:2379`,
    }),
    staticPod('kube-apiserver', node, nodeUid, 'registry.k8s.io/kube-apiserver:v1.34.0', [
      'kube-apiserver', `--advertise-address=${ip}`, '--allow-privileged=true', '--authorization-mode=Node,RBAC',
      '--client-ca-file=/etc/kubernetes/pki/ca.crt', '--enable-admission-plugins=NodeRestriction', '--enable-bootstrap-token-auth=true',
      '--etcd-cafile=/etc/kubernetes/pki/etcd/ca.crt', '--etcd-certfile=/etc/kubernetes/pki/apiserver-etcd-client.crt',
      '--etcd-keyfile=/etc/kubernetes/pki/apiserver-etcd-client.key', '--etcd-servers=https://127.0.0.1:2379', '--runtime-config=',
      '--secure-port=6443', '--service-account-issuer=https://kubernetes.default.svc.cluster.local',
      '--service-account-key-file=/etc/kubernetes/pki/sa.pub', '--service-account-signing-key-file=/etc/kubernetes/pki/sa.key',
      `--service-cluster-ip-range=${net.serviceSubnet}`, '--tls-cert-file=/etc/kubernetes/pki/apiserver.crt',
      '--tls-private-key-file=/etc/kubernetes/pki/apiserver.key',
    ], '250m', { livenessProbe: probe('/livez', 6443, ip), readinessProbe: { ...probe('/readyz', 6443, ip, 0, 3), timeoutSeconds: 15, periodSeconds: 1 } }, {
      'kubeadm.kubernetes.io/kube-apiserver.advertise-address.endpoint': `${ip}:6443`,
    }),
    staticPod('kube-controller-manager', node, nodeUid, 'registry.k8s.io/kube-controller-manager:v1.34.0', [
      'kube-controller-manager', '--allocate-node-cidrs=true', '--authentication-kubeconfig=/etc/kubernetes/controller-manager.conf',
      '--authorization-kubeconfig=/etc/kubernetes/controller-manager.conf', '--bind-address=127.0.0.1', '--client-ca-file=/etc/kubernetes/pki/ca.crt',
      `--cluster-cidr=${net.podSubnet}`, '--cluster-name=kind', '--cluster-signing-cert-file=/etc/kubernetes/pki/ca.crt',
      '--cluster-signing-key-file=/etc/kubernetes/pki/ca.key', '--controllers=*,bootstrapsigner,tokencleaner', '--enable-hostpath-provisioner=true',
      '--kubeconfig=/etc/kubernetes/controller-manager.conf', '--leader-elect=true', '--requestheader-client-ca-file=/etc/kubernetes/pki/front-proxy-ca.crt',
      '--root-ca-file=/etc/kubernetes/pki/ca.crt', '--service-account-private-key-file=/etc/kubernetes/pki/sa.key',
      `--service-cluster-ip-range=${net.serviceSubnet}`, '--use-service-account-credentials=true',
    ], '200m', { livenessProbe: probe('/healthz', 10257, '127.0.0.1') }, {}),
    staticPod('kube-scheduler', node, nodeUid, 'registry.k8s.io/kube-scheduler:v1.34.0', [
      'kube-scheduler', '--authentication-kubeconfig=/etc/kubernetes/scheduler.conf', '--authorization-kubeconfig=/etc/kubernetes/scheduler.conf',
      '--bind-address=127.0.0.1', '--kubeconfig=/etc/kubernetes/scheduler.conf', '--leader-elect=true',
    ], '100m', { livenessProbe: probe('/livez', 10259, '127.0.0.1') }, {}),
  ];
  for (const p of pods) p.metadata.annotations!['kubernetes.io/config.seen'] = seenAt;
  return pods;
}
