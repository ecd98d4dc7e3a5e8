// Real-world manifests (a CNI DaemonSet, an ingress controller Deployment) pass decoding and
// validation unchanged, as they do on a real cluster.

import { expect, test } from 'vitest';
import YAML from 'yaml';
import { newCluster } from './helpers.js';

const FLANNEL_DS = `
apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: kube-flannel-ds
  labels: {app: flannel, k8s-app: flannel, tier: node}
spec:
  selector:
    matchLabels: {app: flannel}
  template:
    metadata:
      labels: {app: flannel, tier: node}
    spec:
      affinity:
        nodeAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
            nodeSelectorTerms:
            - matchExpressions:
              - {key: kubernetes.io/os, operator: In, values: [linux]}
      hostNetwork: true
      priorityClassName: system-node-critical
      tolerations:
      - operator: Exists
        effect: NoSchedule
      serviceAccountName: flannel
      initContainers:
      - name: install-cni-plugin
        image: ghcr.io/flannel-io/flannel-cni-plugin:v1.7.1-flannel1
        command: [cp]
        args: [-f, /flannel, /opt/cni/bin/flannel]
        volumeMounts:
        - {name: cni-plugin, mountPath: /opt/cni/bin}
      containers:
      - name: kube-flannel
        image: ghcr.io/flannel-io/flannel:v0.27.0
        command: [/opt/bin/flanneld]
        args: [--ip-masq, --kube-subnet-mgr]
        resources:
          requests: {cpu: 100m, memory: 50Mi}
        securityContext:
          privileged: false
          capabilities:
            add: [NET_ADMIN, NET_RAW]
        env:
        - name: POD_NAME
          valueFrom:
            fieldRef: {fieldPath: metadata.name}
        - {name: EVENT_QUEUE_DEPTH, value: "5000"}
        volumeMounts:
        - {name: run, mountPath: /run/flannel}
        - {name: flannel-cfg, mountPath: /etc/kube-flannel/}
        - {name: xtables-lock, mountPath: /run/xtables.lock}
      volumes:
      - name: run
        hostPath: {path: /run/flannel}
      - name: cni-plugin
        hostPath: {path: /opt/cni/bin}
      - name: flannel-cfg
        configMap: {name: kube-flannel-cfg}
      - name: xtables-lock
        hostPath: {path: /run/xtables.lock, type: FileOrCreate}
`;

const INGRESS_SVC = `
apiVersion: v1
kind: Service
metadata:
  name: ingress-nginx-controller
spec:
  type: NodePort
  ipFamilyPolicy: SingleStack
  ipFamilies: [IPv4]
  ports:
  - {name: http, port: 80, protocol: TCP, targetPort: http, appProtocol: http}
  - {name: https, port: 443, protocol: TCP, targetPort: https, appProtocol: https}
  selector:
    app.kubernetes.io/component: controller
    app.kubernetes.io/name: ingress-nginx
`;

test('a flannel DaemonSet is accepted and defaulted', () => {
  const c = newCluster();
  const ds = c.api.create(YAML.parse(FLANNEL_DS));
  const spec = ds.spec.template.spec;
  expect(spec.containers[0].env[0].valueFrom.fieldRef).toEqual({ apiVersion: 'v1', fieldPath: 'metadata.name' });
  expect(spec.volumes[0].hostPath).toEqual({ path: '/run/flannel', type: '' });
  expect(spec.volumes[2].configMap).toEqual({ name: 'kube-flannel-cfg', defaultMode: 420 });
  expect(spec.initContainers[0].imagePullPolicy).toBe('IfNotPresent');
  // Pod-only admission (priority, tolerations, tokens) does not touch templates.
  expect(spec.priority).toBeUndefined();
  expect(spec.tolerations).toEqual([{ operator: 'Exists', effect: 'NoSchedule' }]);
});

test('the ingress-nginx NodePort Service is accepted', () => {
  const c = newCluster();
  const s = c.api.create(YAML.parse(INGRESS_SVC));
  expect(s.spec.ports.map((p: { nodePort: number }) => p.nodePort).every((n: number) => n >= 30000 && n <= 32767)).toBe(true);
  expect(s.spec.ports[0].appProtocol).toBe('http');
});
