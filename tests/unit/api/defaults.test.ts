// Defaulting: what the API server stores for typical client requests, compared with the
// objects a real v1.34 server returns (fixtures/*.yaml).

import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import YAML from 'yaml';
import type { KubeObject } from '../../../sandbox/api/types.js';
import { newCluster } from './helpers.js';

const fixture = (name: string): KubeObject => YAML.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'));

/** Drops what the server generates at random or from the clock. */
function normalise(o: KubeObject): KubeObject {
  const c = structuredClone(o);
  delete c.metadata.uid;
  delete c.metadata.resourceVersion;
  delete c.metadata.creationTimestamp;
  const text = JSON.stringify(c).replace(/kube-api-access-[a-z0-9]{5}/g, 'kube-api-access-xxxxx');
  return JSON.parse(text);
}

/** What kubectl sends (kubectl create/run … --dry-run=client -o yaml). */
const CLIENT = {
  pod: YAML.parse(`
apiVersion: v1
kind: Pod
metadata: {creationTimestamp: null, labels: {run: web}, name: web}
spec:
  containers:
  - image: nginx
    name: web
    ports:
    - containerPort: 80
    resources: {}
  dnsPolicy: ClusterFirst
  restartPolicy: Always
status: {}
`),
  deployment: YAML.parse(`
apiVersion: apps/v1
kind: Deployment
metadata: {creationTimestamp: null, labels: {app: web}, name: web}
spec:
  replicas: 1
  selector: {matchLabels: {app: web}}
  strategy: {}
  template:
    metadata: {creationTimestamp: null, labels: {app: web}}
    spec:
      containers:
      - image: nginx:1.27
        name: nginx
        resources: {}
status: {}
`),
  service: YAML.parse(`
apiVersion: v1
kind: Service
metadata: {creationTimestamp: null, labels: {app: web}, name: web}
spec:
  ports:
  - name: 80-8080
    port: 80
    protocol: TCP
    targetPort: 8080
  selector: {app: web}
  type: NodePort
status:
  loadBalancer: {}
`),
};

describe('defaulting matches a real API server', () => {
  test('Pod (kubectl run): spec defaults and the ServiceAccount, toleration and priority admission', () => {
    const c = newCluster();
    expect(normalise(c.api.create(CLIENT.pod))).toEqual(fixture('pod.yaml'));
  });

  test('Deployment (kubectl create deployment)', () => {
    const c = newCluster();
    expect(normalise(c.api.create(CLIENT.deployment))).toEqual(fixture('deployment.yaml'));
  });

  test('Service NodePort (kubectl create service nodeport): policies, families and allocations', () => {
    const c = newCluster();
    const got = normalise(c.api.create(CLIENT.service));
    const { clusterIP, clusterIPs, ports } = got.spec;
    expect(clusterIPs).toEqual([clusterIP]);
    expect(clusterIP).toMatch(/^10\.96\.\d+\.\d+$/);
    expect(ports[0].nodePort).toBeGreaterThanOrEqual(30000);
    expect(ports[0].nodePort).toBeLessThanOrEqual(32767);
    delete got.spec.clusterIP;
    delete got.spec.clusterIPs;
    delete got.spec.ports[0].nodePort;
    expect(got).toEqual(fixture('service-nodeport.yaml'));
  });

  test('DaemonSet', () => {
    const c = newCluster();
    const ds = c.api.create({
      apiVersion: 'apps/v1',
      kind: 'DaemonSet',
      metadata: { name: 'agent' },
      spec: {
        selector: { matchLabels: { app: 'agent' } },
        template: { metadata: { labels: { app: 'agent' } }, spec: { containers: [{ name: 'agent', image: 'busybox:1.36' }] } },
      },
    });
    expect(normalise(ds)).toEqual(fixture('daemonset.yaml'));
  });

  test('Namespace: metadata.name label, kubernetes finalizer, phase Active, no generation', () => {
    const c = newCluster();
    expect(normalise(c.api.create({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'shop' }, spec: {}, status: {} }))).toEqual(
      fixture('namespace.yaml'),
    );
  });
});

describe('defaulting details', () => {
  test('imagePullPolicy follows the tag: latest or none → Always, a tag or digest → IfNotPresent', () => {
    const c = newCluster();
    const images = ['nginx', 'nginx:latest', 'nginx:1.27', 'registry.k8s.io/e2e-test-images/agnhost:2.53', 'localhost:5000/app', 'busybox@sha256:' + 'a'.repeat(64)];
    const p = c.api.create({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'p' },
      spec: { containers: images.map((image, i) => ({ name: `c${i}`, image })) },
    });
    expect(p.spec.containers.map((x: { imagePullPolicy: string }) => x.imagePullPolicy)).toEqual([
      'Always',
      'Always',
      'IfNotPresent',
      'IfNotPresent',
      'Always',
      'IfNotPresent',
    ]);
  });

  test('probes get timeouts, periods, thresholds and the HTTP scheme and path', () => {
    const c = newCluster();
    const p = c.api.create({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'p' },
      spec: { containers: [{ name: 'web', image: 'nginx', readinessProbe: { httpGet: { port: 80 } }, livenessProbe: { tcpSocket: { port: 80 } } }] },
    });
    expect(p.spec.containers[0].readinessProbe).toEqual({
      httpGet: { port: 80, path: '/', scheme: 'HTTP' },
      timeoutSeconds: 1,
      periodSeconds: 10,
      successThreshold: 1,
      failureThreshold: 3,
    });
    expect(p.spec.containers[0].livenessProbe).toEqual({ tcpSocket: { port: 80 }, timeoutSeconds: 1, periodSeconds: 10, successThreshold: 1, failureThreshold: 3 });
  });

  test('requests default to limits and decide the QoS class', () => {
    const c = newCluster();
    const p = c.api.create({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'p' },
      spec: { containers: [{ name: 'web', image: 'nginx', resources: { limits: { cpu: '500m', memory: '128Mi' } } }] },
    });
    expect(p.spec.containers[0].resources.requests).toEqual({ cpu: '500m', memory: '128Mi' });
    expect(p.status.qosClass).toBe('Guaranteed');
  });

  test('an existing toleration for not-ready is kept, unreachable is still added', () => {
    const c = newCluster();
    const p = c.api.create({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'p' },
      spec: { containers: [{ name: 'web', image: 'nginx' }], tolerations: [{ key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute' }] },
    });
    expect(p.spec.tolerations).toEqual([
      { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute' },
      { effect: 'NoExecute', key: 'node.kubernetes.io/unreachable', operator: 'Exists', tolerationSeconds: 300 },
    ]);
  });

  test('automountServiceAccountToken: false leaves the pod without a token volume', () => {
    const c = newCluster();
    const p = c.api.create({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'p' },
      spec: { automountServiceAccountToken: false, containers: [{ name: 'web', image: 'nginx' }] },
    });
    expect(p.spec.volumes).toBeUndefined();
    expect(p.spec.containers[0].volumeMounts).toBeUndefined();
  });

  test('ReplicaSet: replicas 1 and status.replicas 0', () => {
    const c = newCluster();
    const rs = c.api.create({
      apiVersion: 'apps/v1',
      kind: 'ReplicaSet',
      metadata: { name: 'rs' },
      spec: { selector: { matchLabels: { a: 'b' } }, template: { metadata: { labels: { a: 'b' } }, spec: { containers: [{ name: 'c', image: 'nginx' }] } } },
    });
    expect(rs.spec.replicas).toBe(1);
    expect(rs.status).toEqual({ replicas: 0 });
  });

  test('Secret: type Opaque, stringData folded into base64 data', () => {
    const c = newCluster();
    const s = c.api.create({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 's' }, stringData: { password: 'hunter2', empty: '', u: 'é' } });
    expect(s.type).toBe('Opaque');
    expect(s.stringData).toBeUndefined();
    expect(s.data).toEqual({ password: 'aHVudGVyMg==', empty: '', u: 'w6k=' });
    expect(s.metadata.generation).toBeUndefined();
  });

  test('EndpointSlice ports default to TCP and an empty name', () => {
    const c = newCluster();
    const es = c.api.create({
      apiVersion: 'discovery.k8s.io/v1',
      kind: 'EndpointSlice',
      metadata: { name: 'web-abcde' },
      addressType: 'IPv4',
      endpoints: [{ addresses: ['10.244.1.2'] }],
      ports: [{ port: 80 }],
    });
    expect(es.ports).toEqual([{ port: 80, name: '', protocol: 'TCP' }]);
  });

  test('Service ClientIP affinity gets the 10800s timeout; LoadBalancer allocates node ports', () => {
    const c = newCluster();
    const s = c.api.create({
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'lb' },
      spec: { type: 'LoadBalancer', sessionAffinity: 'ClientIP', selector: { app: 'x' }, ports: [{ port: 80, targetPort: 'http' }] },
    });
    expect(s.spec.sessionAffinityConfig).toEqual({ clientIP: { timeoutSeconds: 10800 } });
    expect(s.spec.allocateLoadBalancerNodePorts).toBe(true);
    expect(s.spec.externalTrafficPolicy).toBe('Cluster');
    expect(s.spec.ports[0].targetPort).toBe('http');
    expect(s.spec.ports[0].nodePort).toBeGreaterThanOrEqual(30000);
  });

  test('headless and ExternalName Services', () => {
    const c = newCluster();
    const h = c.api.create({ apiVersion: 'v1', kind: 'Service', metadata: { name: 'db' }, spec: { clusterIP: 'None', selector: { app: 'db' }, ports: [{ port: 5432 }] } });
    expect(h.spec.clusterIPs).toEqual(['None']);
    expect(h.spec.ipFamilyPolicy).toBe('SingleStack');
    const e = c.api.create({ apiVersion: 'v1', kind: 'Service', metadata: { name: 'ext' }, spec: { type: 'ExternalName', externalName: 'example.com' } });
    expect(e.spec.clusterIP).toBeUndefined();
    expect(e.spec.ipFamilies).toBeUndefined();
    expect(e.spec.internalTrafficPolicy).toBeUndefined();
  });
});
