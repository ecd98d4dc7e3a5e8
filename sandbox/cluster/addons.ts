// The add-ons kubeadm and kind install into a fresh cluster: CoreDNS (Corefile, Deployment,
// kube-dns Service), kube-proxy, the kindnet CNI and the local-path provisioner's Deployment.

import type { KubeObject } from '../api/types.js';
import { KIND_COREFILE } from '../net/dns/corefile.js';
import { VERSIONS } from './config.js';
import type { KindConfig } from './config.js';

/** The Corefile kind (kubeadm ≥ 1.32) puts in the coredns ConfigMap: one text, shared with net/dns. */
export const COREFILE = KIND_COREFILE;

const sa = (name: string, namespace: string): KubeObject => ({ apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name, namespace } });

export function coredns(dnsIP: string): KubeObject[] {
  const labels = { 'k8s-app': 'kube-dns' };
  return [
    sa('coredns', 'kube-system'),
    { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'coredns', namespace: 'kube-system' }, data: { Corefile: COREFILE } },
    {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'coredns', namespace: 'kube-system', labels },
      spec: {
        replicas: 2,
        selector: { matchLabels: labels },
        strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: '25%', maxUnavailable: 1 } },
        template: {
          metadata: { labels },
          spec: {
            affinity: {
              podAntiAffinity: {
                preferredDuringSchedulingIgnoredDuringExecution: [
                  { podAffinityTerm: { labelSelector: { matchExpressions: [{ key: 'k8s-app', operator: 'In', values: ['kube-dns'] }] }, topologyKey: 'kubernetes.io/hostname' }, weight: 100 },
                ],
              },
            },
            containers: [
              {
                args: ['-conf', '/etc/coredns/Corefile'],
                image: VERSIONS.coredns,
                imagePullPolicy: 'IfNotPresent',
                livenessProbe: { failureThreshold: 5, httpGet: { path: '/health', port: 8080, scheme: 'HTTP' }, initialDelaySeconds: 60, periodSeconds: 10, successThreshold: 1, timeoutSeconds: 5 },
                name: 'coredns',
                ports: [
                  { containerPort: 53, name: 'dns', protocol: 'UDP' },
                  { containerPort: 53, name: 'dns-tcp', protocol: 'TCP' },
                  { containerPort: 9153, name: 'metrics', protocol: 'TCP' },
                  { containerPort: 8080, name: 'liveness-probe', protocol: 'TCP' },
                  { containerPort: 8181, name: 'readiness-probe', protocol: 'TCP' },
                ],
                readinessProbe: { failureThreshold: 3, httpGet: { path: '/ready', port: 8181, scheme: 'HTTP' }, periodSeconds: 10, successThreshold: 1, timeoutSeconds: 1 },
                resources: { limits: { memory: '170Mi' }, requests: { cpu: '100m', memory: '70Mi' } },
                securityContext: { allowPrivilegeEscalation: false, capabilities: { add: ['NET_BIND_SERVICE'], drop: ['ALL'] }, readOnlyRootFilesystem: true },
                volumeMounts: [{ mountPath: '/etc/coredns', name: 'config-volume', readOnly: true }],
              },
            ],
            dnsPolicy: 'Default',
            nodeSelector: { 'kubernetes.io/os': 'linux' },
            priorityClassName: 'system-cluster-critical',
            serviceAccountName: 'coredns',
            tolerations: [
              { key: 'CriticalAddonsOnly', operator: 'Exists' },
              { effect: 'NoSchedule', key: 'node-role.kubernetes.io/control-plane' },
            ],
            volumes: [{ configMap: { items: [{ key: 'Corefile', path: 'Corefile' }], name: 'coredns' }, name: 'config-volume' }],
          },
        },
      },
    },
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: {
        name: 'kube-dns',
        namespace: 'kube-system',
        labels: { 'k8s-app': 'kube-dns', 'kubernetes.io/cluster-service': 'true', 'kubernetes.io/name': 'CoreDNS' },
        annotations: { 'prometheus.io/port': '9153', 'prometheus.io/scrape': 'true' },
      },
      spec: {
        clusterIP: dnsIP,
        clusterIPs: [dnsIP],
        ports: [
          { name: 'dns', port: 53, protocol: 'UDP', targetPort: 53 },
          { name: 'dns-tcp', port: 53, protocol: 'TCP', targetPort: 53 },
          { name: 'metrics', port: 9153, protocol: 'TCP', targetPort: 9153 },
        ],
        selector: labels,
        type: 'ClusterIP',
      },
    },
  ];
}

function kubeProxyConfig(config: KindConfig): string {
  const mode = config.networking.kubeProxyMode;
  return [
    'apiVersion: kubeproxy.config.k8s.io/v1alpha1',
    'bindAddress: 0.0.0.0',
    'bindAddressHardFail: false',
    'clientConnection:',
    '  kubeconfig: /var/lib/kube-proxy/kubeconfig.conf',
    `clusterCIDR: ${config.networking.podSubnet}`,
    'conntrack:',
    '  maxPerCore: 0',
    '  tcpCloseWaitTimeout: 1h0m0s',
    '  tcpEstablishedTimeout: 24h0m0s',
    'iptables:',
    '  masqueradeAll: false',
    '  masqueradeBit: null',
    '  minSyncPeriod: 1s',
    '  syncPeriod: 0s',
    'ipvs:',
    '  strictARP: false',
    '  syncPeriod: 0s',
    'kind: KubeProxyConfiguration',
    'metricsBindAddress: ""',
    `mode: ${mode}`,
    'nodePortAddresses: null',
    '',
  ].join('\n');
}

export function kubeProxy(config: KindConfig, apiServer: string): KubeObject[] {
  const labels = { 'k8s-app': 'kube-proxy' };
  return [
    sa('kube-proxy', 'kube-system'),
    {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'kube-proxy', namespace: 'kube-system', labels: { app: 'kube-proxy' } },
      data: {
        'config.conf': kubeProxyConfig(config),
        'kubeconfig.conf': `apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    certificate-authority: /var/run/secrets/kubernetes.io/serviceaccount/ca.crt\n    server: https://${apiServer}:6443\n  name: default\ncontexts:\n- context:\n    cluster: default\n    namespace: default\n    user: default\n  name: default\ncurrent-context: default\nusers:\n- name: default\n  user:\n    tokenFile: /var/run/secrets/kubernetes.io/serviceaccount/token\n`,
      },
    },
    {
      apiVersion: 'apps/v1',
      kind: 'DaemonSet',
      metadata: { name: 'kube-proxy', namespace: 'kube-system', labels },
      spec: {
        selector: { matchLabels: labels },
        template: {
          metadata: { labels },
          spec: {
            containers: [
              {
                command: ['/usr/local/bin/kube-proxy', '--config=/var/lib/kube-proxy/config.conf', '--hostname-override=$(NODE_NAME)'],
                env: [{ name: 'NODE_NAME', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'spec.nodeName' } } }],
                image: VERSIONS.kubeProxy,
                imagePullPolicy: 'IfNotPresent',
                name: 'kube-proxy',
                securityContext: { privileged: true },
                volumeMounts: [
                  { mountPath: '/var/lib/kube-proxy', name: 'kube-proxy' },
                  { mountPath: '/run/xtables.lock', name: 'xtables-lock' },
                  { mountPath: '/lib/modules', name: 'lib-modules', readOnly: true },
                ],
              },
            ],
            hostNetwork: true,
            nodeSelector: { 'kubernetes.io/os': 'linux' },
            priorityClassName: 'system-node-critical',
            serviceAccountName: 'kube-proxy',
            tolerations: [{ operator: 'Exists' }],
            volumes: [
              { configMap: { defaultMode: 420, name: 'kube-proxy' }, name: 'kube-proxy' },
              { hostPath: { path: '/run/xtables.lock', type: 'FileOrCreate' }, name: 'xtables-lock' },
              { hostPath: { path: '/lib/modules', type: '' }, name: 'lib-modules' },
            ],
          },
        },
        updateStrategy: { rollingUpdate: { maxSurge: 0, maxUnavailable: 1 }, type: 'RollingUpdate' },
      },
    },
  ];
}

export function kindnet(config: KindConfig, controlPlane: string): KubeObject[] {
  const labels = { app: 'kindnet', 'k8s-app': 'kindnet', tier: 'node' };
  return [
    sa('kindnet', 'kube-system'),
    {
      apiVersion: 'apps/v1',
      kind: 'DaemonSet',
      metadata: { name: 'kindnet', namespace: 'kube-system', labels },
      spec: {
        selector: { matchLabels: { app: 'kindnet' } },
        template: {
          metadata: { labels },
          spec: {
            containers: [
              {
                env: [
                  { name: 'HOST_IP', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'status.hostIP' } } },
                  { name: 'POD_IP', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'status.podIP' } } },
                  { name: 'POD_SUBNET', value: config.networking.podSubnet },
                  { name: 'CONTROL_PLANE_ENDPOINT', value: `${controlPlane}:6443` },
                ],
                image: VERSIONS.kindnetd,
                name: 'kindnet-cni',
                resources: { limits: { cpu: '100m', memory: '50Mi' }, requests: { cpu: '100m', memory: '50Mi' } },
                securityContext: { capabilities: { add: ['NET_RAW', 'NET_ADMIN'] }, privileged: false },
                volumeMounts: [
                  { mountPath: '/etc/cni/net.d', name: 'cni-cfg' },
                  { mountPath: '/run/xtables.lock', name: 'xtables-lock' },
                  { mountPath: '/lib/modules', name: 'lib-modules', readOnly: true },
                  { mountPath: '/var/lib/cni-kindnet', name: 'nri-plugin' },
                ],
              },
            ],
            hostNetwork: true,
            serviceAccountName: 'kindnet',
            tolerations: [{ operator: 'Exists' }],
            volumes: [
              { hostPath: { path: '/etc/cni/net.d', type: 'DirectoryOrCreate' }, name: 'cni-cfg' },
              { hostPath: { path: '/run/xtables.lock', type: 'FileOrCreate' }, name: 'xtables-lock' },
              { hostPath: { path: '/lib/modules', type: '' }, name: 'lib-modules' },
              { hostPath: { path: '/var/lib/cni-kindnet', type: 'DirectoryOrCreate' }, name: 'nri-plugin' },
            ],
          },
        },
      },
    },
  ];
}

export function localPath(): KubeObject[] {
  const labels = { app: 'local-path-provisioner' };
  const ns = 'local-path-storage';
  return [
    { apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns } },
    sa('local-path-provisioner-service-account', ns),
    {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'local-path-config', namespace: ns },
      data: {
        'config.json': '{\n        "nodePathMap":[\n        {\n                "node":"DEFAULT_PATH_FOR_NON_LISTED_NODES",\n                "paths":["/var/local-path-provisioner"]\n        }\n        ]\n}',
        'helperPod.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: helper-pod\nspec:\n  containers:\n  - name: helper-pod\n    image: docker.io/kindest/local-path-helper:v20241212-8ac705d0\n    imagePullPolicy: IfNotPresent',
        setup: '#!/bin/sh\nset -eu\nmkdir -m 0777 -p "$VOL_DIR"',
        teardown: '#!/bin/sh\nset -eu\nrm -rf "$VOL_DIR"',
      },
    },
    {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'local-path-provisioner', namespace: ns },
      spec: {
        replicas: 1,
        selector: { matchLabels: labels },
        template: {
          metadata: { labels },
          spec: {
            containers: [
              {
                command: ['local-path-provisioner', '--debug', 'start', '--helper-image', 'docker.io/kindest/local-path-helper:v20241212-8ac705d0', '--config', '/etc/config/config.json'],
                env: [
                  { name: 'POD_NAMESPACE', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' } } },
                  { name: 'CONFIG_MOUNT_PATH', value: '/etc/config/' },
                ],
                image: VERSIONS.localPath,
                imagePullPolicy: 'IfNotPresent',
                name: 'local-path-provisioner',
                volumeMounts: [{ mountPath: '/etc/config/', name: 'config-volume' }],
              },
            ],
            nodeSelector: { 'kubernetes.io/os': 'linux' },
            serviceAccountName: 'local-path-provisioner-service-account',
            tolerations: [
              { effect: 'NoSchedule', key: 'node-role.kubernetes.io/control-plane', operator: 'Equal' },
              { effect: 'NoSchedule', key: 'node-role.kubernetes.io/master', operator: 'Equal' },
            ],
            volumes: [{ configMap: { name: 'local-path-config' }, name: 'config-volume' }],
          },
        },
      },
    },
  ];
}
