// A small, fixed cluster state for the read-verb fixtures: pods in every interesting state,
// each Service type, a Deployment with its ReplicaSet, a node, events with counts. Built through
// the API server (create + updateStatus) on an empty cluster, so no controller runs.

import { ReadHarness } from './harness.js';

const T0 = Date.UTC(2025, 8, 1, 9, 0, 0);
const at = (s: number) => new Date(T0 + s * 1000).toISOString().replace('.000Z', 'Z');

function pod(name: string, extra: any = {}): any {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, namespace: extra.namespace ?? 'default', labels: extra.labels ?? { app: 'web' } },
    spec: { containers: extra.containers ?? [{ name: 'web', image: 'nginx:1.27', ports: [{ containerPort: 80 }] }], ...(extra.spec ?? {}) },
  };
}

const running = (ip: string, node: string, startedAt = at(5)) => ({
  phase: 'Running',
  hostIP: '172.18.0.3',
  podIP: ip,
  podIPs: [{ ip }],
  startTime: at(1),
  conditions: [
    { type: 'PodReadyToStartContainers', status: 'True', lastTransitionTime: at(3) },
    { type: 'Initialized', status: 'True', lastTransitionTime: at(1) },
    { type: 'Ready', status: 'True', lastTransitionTime: at(6) },
    { type: 'ContainersReady', status: 'True', lastTransitionTime: at(6) },
    { type: 'PodScheduled', status: 'True', lastTransitionTime: at(1) },
  ],
  containerStatuses: [
    { name: 'web', ready: true, started: true, restartCount: 0, image: 'docker.io/library/nginx:1.27', imageID: 'docker.io/library/nginx@sha256:0d1b', containerID: 'containerd://4f2a', state: { running: { startedAt } } },
  ],
  node,
});

export function scenario(): ReadHarness {
  const h = new ReadHarness(42);
  const c = h.cluster;
  c.now = T0;
  h.create({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'dev' } });
  h.create(
    {
      apiVersion: 'v1',
      kind: 'Node',
      metadata: { name: 'kind-worker', labels: { 'kubernetes.io/hostname': 'kind-worker', 'kubernetes.io/os': 'linux' } },
      spec: { podCIDR: '10.244.1.0/24', podCIDRs: ['10.244.1.0/24'], providerID: 'kind://docker/kind/kind-worker' },
    },
    {
      conditions: [{ type: 'Ready', status: 'True', reason: 'KubeletReady', message: 'kubelet is posting ready status', lastHeartbeatTime: at(10), lastTransitionTime: at(10) }],
      addresses: [{ type: 'InternalIP', address: '172.18.0.3' }, { type: 'Hostname', address: 'kind-worker' }],
      capacity: { cpu: '8', memory: '16364636Ki', pods: '110' },
      allocatable: { cpu: '8', memory: '16364636Ki', pods: '110' },
      nodeInfo: { kubeletVersion: 'v1.34.0', osImage: 'Debian GNU/Linux 12 (bookworm)', kernelVersion: '6.8.0-71-generic', containerRuntimeVersion: 'containerd://2.1.4', operatingSystem: 'linux', architecture: 'amd64' },
    },
  );
  const mk = (name: string, status: any, extra: any = {}) => {
    const { node, ...st } = status;
    const p = pod(name, { ...extra, spec: { ...(node ? { nodeName: node } : {}), ...(extra.spec ?? {}) } });
    return h.create(p, st);
  };
  const web = mk('web-1', running('10.244.1.2', 'kind-worker'));
  mk('web-2', { phase: 'Pending', conditions: [{ type: 'PodScheduled', status: 'False', reason: 'Unschedulable' }] }, { labels: { app: 'web', tier: 'front' } });
  mk('web-3', {
    phase: 'Pending', hostIP: '172.18.0.3', startTime: at(1),
    containerStatuses: [{ name: 'web', ready: false, started: false, restartCount: 0, image: 'nginx:1.27', imageID: '', state: { waiting: { reason: 'ContainerCreating' } } }],
    node: 'kind-worker',
  });
  mk('crash', {
    ...running('10.244.1.5', 'kind-worker'),
    conditions: running('', '').conditions.map((cd: any) => (cd.type === 'Ready' || cd.type === 'ContainersReady' ? { ...cd, status: 'False', reason: 'ContainersNotReady' } : cd)),
    containerStatuses: [{ name: 'web', ready: false, started: false, restartCount: 3, image: 'busybox', imageID: '', containerID: 'containerd://9c1d', state: { waiting: { reason: 'CrashLoopBackOff', message: 'back-off 40s restarting failed container' } }, lastState: { terminated: { exitCode: 1, reason: 'Error', startedAt: at(50), finishedAt: at(59) } } }],
  }, { labels: { app: 'crash' } });
  mk('done', { phase: 'Succeeded', podIP: '10.244.1.6', podIPs: [{ ip: '10.244.1.6' }], containerStatuses: [{ name: 'web', ready: false, restartCount: 0, state: { terminated: { exitCode: 0, reason: 'Completed', startedAt: at(2), finishedAt: at(4) } } }], node: 'kind-worker' }, { labels: { app: 'job' } });
  mk('dev-pod', running('10.244.1.9', 'kind-worker'), { namespace: 'dev', labels: { app: 'api' } });

  h.create({ apiVersion: 'v1', kind: 'Service', metadata: { name: 'web', labels: { app: 'web' } }, spec: { clusterIP: '10.96.0.50', selector: { app: 'web' }, ports: [{ port: 80, targetPort: 80 }] } });
  h.create({ apiVersion: 'v1', kind: 'Service', metadata: { name: 'web-np' }, spec: { type: 'NodePort', clusterIP: '10.96.0.51', selector: { app: 'web' }, ports: [{ name: 'http', port: 80, targetPort: 8080, nodePort: 30080 }] } });
  h.create({ apiVersion: 'v1', kind: 'Service', metadata: { name: 'web-lb' }, spec: { type: 'LoadBalancer', clusterIP: '10.96.0.52', selector: { app: 'web' }, ports: [{ port: 80, nodePort: 31500 }] } });
  h.create({ apiVersion: 'v1', kind: 'Service', metadata: { name: 'db' }, spec: { clusterIP: 'None', selector: { app: 'db' }, ports: [{ port: 5432 }] } });
  h.create({ apiVersion: 'v1', kind: 'Service', metadata: { name: 'ext' }, spec: { type: 'ExternalName', externalName: 'example.com' } });
  h.create(
    {
      apiVersion: 'discovery.k8s.io/v1',
      kind: 'EndpointSlice',
      metadata: { name: 'web-abcde', labels: { 'kubernetes.io/service-name': 'web' } },
      addressType: 'IPv4',
      ports: [{ name: '', port: 80, protocol: 'TCP' }],
      endpoints: [
        { addresses: ['10.244.1.2'], conditions: { ready: true }, nodeName: 'kind-worker', targetRef: { kind: 'Pod', name: 'web-1', namespace: 'default' } },
        { addresses: ['10.244.1.3'], conditions: { ready: false }, nodeName: 'kind-worker', targetRef: { kind: 'Pod', name: 'web-3', namespace: 'default' } },
      ],
    },
  );
  h.create({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'settings' }, data: { mode: 'dev', 'app.properties': 'a=1\nb=2' } });
  h.create({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 'creds' }, type: 'Opaque', data: { password: 'czNjcjN0IQ==', user: 'YWRtaW4=' } });
  h.create({ apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'builder' }, secrets: [{ name: 'creds' }, { name: 'missing' }], imagePullSecrets: [{ name: 'regcred' }] });
  h.create({
    apiVersion: 'v1',
    kind: 'Endpoints',
    metadata: { name: 'web' },
    subsets: [{ addresses: [{ ip: '10.244.1.2' }], notReadyAddresses: [{ ip: '10.244.1.3' }], ports: [{ port: 80, protocol: 'TCP' }] }],
  });
  const template = {
    metadata: { labels: { app: 'api' } },
    spec: { containers: [{ name: 'api', image: 'hashicorp/http-echo:1.0', args: ['-text=hello'], ports: [{ containerPort: 5678 }], readinessProbe: { tcpSocket: { port: 5678 }, periodSeconds: 5 } }] },
  };
  const deploy = h.create(
    { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'api', namespace: 'dev', labels: { app: 'api' } }, spec: { replicas: 2, selector: { matchLabels: { app: 'api' } }, template } },
    {
      observedGeneration: 1, replicas: 2, updatedReplicas: 2, readyReplicas: 1, availableReplicas: 1, unavailableReplicas: 1,
      conditions: [
        { type: 'Available', status: 'False', reason: 'MinimumReplicasUnavailable', message: 'Deployment does not have minimum availability.', lastUpdateTime: at(20), lastTransitionTime: at(20) },
        { type: 'Progressing', status: 'True', reason: 'ReplicaSetUpdated', message: 'ReplicaSet "api-6d4cf56db6" is progressing.', lastUpdateTime: at(20), lastTransitionTime: at(20) },
      ],
    },
  );
  h.create(
    {
      apiVersion: 'apps/v1',
      kind: 'ReplicaSet',
      metadata: {
        name: 'api-6d4cf56db6', namespace: 'dev', labels: { app: 'api', 'pod-template-hash': '6d4cf56db6' }, annotations: { 'deployment.kubernetes.io/revision': '1' },
        ownerReferences: [{ apiVersion: 'apps/v1', kind: 'Deployment', name: 'api', uid: deploy.metadata.uid!, controller: true, blockOwnerDeletion: true }],
      },
      spec: { replicas: 2, selector: { matchLabels: { app: 'api', 'pod-template-hash': '6d4cf56db6' } }, template: { ...template, metadata: { labels: { app: 'api', 'pod-template-hash': '6d4cf56db6' } } } },
    },
    { replicas: 2, fullyLabeledReplicas: 2, readyReplicas: 1, availableReplicas: 1, observedGeneration: 1 },
  );

  c.now = T0 + 60_000;
  c.recordEvent(web, 'Normal', 'Scheduled', 'Successfully assigned default/web-1 to kind-worker', 'default-scheduler');
  c.now = T0 + 62_000;
  c.recordEvent(web, 'Normal', 'Pulled', 'Container image "nginx:1.27" already present on machine', 'kubelet');
  c.now = T0 + 90_000;
  c.recordEvent(web, 'Warning', 'Unhealthy', 'Readiness probe failed: connection refused', 'kubelet');
  c.now = T0 + 150_000;
  c.recordEvent(web, 'Warning', 'Unhealthy', 'Readiness probe failed: connection refused', 'kubelet');
  c.now = T0 + 5 * 60_000 + 7_000;
  return h;
}
