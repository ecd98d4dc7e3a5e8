// `kind create cluster`: builds a fresh kind v0.30 cluster (Kubernetes v1.34.0) from a kind
// config, step by step on the cluster clock as kind and kubeadm do, then lets it settle so every
// system pod is Running — a cluster about a minute and a quarter after creation.

import { Cluster, type CreateOptions } from './cluster.js';
import type { KubeObject } from '../api/types.js';
import { RT, intToIp, parseCidr } from '../controllers/util.js';
import { nodeConditions } from '../controllers/kubelet/node.js';
import { staticManifests } from '../controllers/kubelet/static.js';
import { imageID, imageSize, parseImage, PRELOADED } from '../controllers/kubelet/images.js';
import { nodeObject, nodeStatus, planNodes, type NodePlan } from './kind-nodes.js';
import { staticPods } from './static-pods.js';
import { coredns, kindnet, kubeProxy, localPath } from './addons.js';
import { apiServerObjects } from '../controllers/apiserver.js';
import type { KindConfig } from './config.js';

/** Seconds after creation at which each of kind's steps lands. */
const STEP = { controlPlane: 1, staticPods: 2, addons: 6, cni: 7, storage: 8, workers: 18, settled: 75 };

export function serviceIP(serviceSubnet: string, offset: number): string {
  return intToIp(parseCidr(serviceSubnet).base + offset);
}

function namespace(name: string): KubeObject {
  return { apiVersion: 'v1', kind: 'Namespace', metadata: { name } };
}

function clusterInfo(server: string): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: 'cluster-info', namespace: 'kube-public' },
    data: {
      kubeconfig: `apiVersion: v1\nclusters:\n- cluster:\n    certificate-authority-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCg==\n    server: https://${server}:6443\n  name: ""\ncontexts: null\ncurrent-context: ""\nkind: Config\npreferences: {}\nusers: null\n`,
    },
  };
}

function createAll(c: Cluster, objs: KubeObject[]): void {
  for (const o of objs) c.api.create(o);
}

function registerNode(c: Cluster, p: NodePlan, hasWorkers: boolean): KubeObject {
  const node = c.api.create(nodeObject(p, hasWorkers));
  const images = PRELOADED.map((full) => {
    const ref = parseImage(full);
    return { names: [imageID(ref), full], sizeBytes: imageSize(ref) };
  });
  const status = nodeStatus(p, c.rng, images);
  status.conditions = nodeConditions(undefined, false, c.now, true);
  c.api.updateStatus(RT.node, undefined, p.name, status);
  // What `kubectl describe node` lists for a node that has just joined.
  const src = `kubelet/${p.name}`;
  c.recordEvent(node, 'Normal', 'Starting', 'Starting kubelet.', src);
  c.recordEvent(node, 'Normal', 'NodeAllocatableEnforced', 'Updated Node Allocatable limit across pods', src);
  for (const r of ['NodeHasSufficientMemory', 'NodeHasNoDiskPressure', 'NodeHasSufficientPID'])
    c.recordEvent(node, 'Normal', r, `Node ${p.name} status is now: ${r}`, src);
  c.recordEvent(node, 'Normal', 'RegisteredNode', `Node ${p.name} event: Registered Node ${p.name} in Controller`, 'node-controller');
  return node;
}

/** The kubelet starts the control plane's static pods; the API gets their mirror pods. */
function startControlPlane(c: Cluster, p: NodePlan, node: KubeObject): void {
  const manifests = staticPods(c.config, p.name, node.metadata.uid!, p.ip, new Date(c.now - 1500).toISOString().replace('Z', '000000Z'));
  staticManifests(c)[p.name] = manifests.map((m) => {
    const copy = structuredClone(m);
    delete copy.metadata.ownerReferences;
    return copy;
  });
  createAll(c, manifests);
}

function setAPIServerEndpoints(c: Cluster, ips: string[]): void {
  const ep = c.api.get(RT.endpoints, 'default', 'kubernetes');
  ep.subsets = [{ addresses: ips.map((ip) => ({ ip })), ports: ep.subsets[0].ports }];
  c.api.update(ep);
  const slice = c.api.get(RT.endpointSlice, 'default', 'kubernetes');
  slice.endpoints = ips.map((ip) => ({ addresses: [ip], conditions: { ready: true } }));
  c.api.update(slice);
}

/** A fresh kind cluster for this seed and config, deterministic to the byte. */
export function createCluster(opts: CreateOptions = {}): Cluster {
  const c = Cluster.empty(opts);
  const t0 = c.now;
  const at = (s: number) => c.advanceTo(t0 + s * 1000);
  const config: KindConfig = c.config;
  const plans = planNodes(config);
  const cps = plans.filter((p) => p.role === 'control-plane');
  const hasWorkers = plans.some((p) => p.role === 'worker');
  const first = cps[0] ?? plans[0]!;
  const net = config.networking;

  // The API server starts: system namespaces and its own Service.
  createAll(c, ['default', 'kube-node-lease', 'kube-public', 'kube-system'].map(namespace));
  createAll(c, apiServerObjects(serviceIP(net.serviceSubnet, 1), first.ip));
  at(STEP.controlPlane);
  const cpNode = registerNode(c, first, hasWorkers);
  at(STEP.staticPods);
  startControlPlane(c, first, cpNode);
  at(STEP.addons);
  // With several control-plane nodes kind puts a load balancer in front of them.
  const endpoint = cps.length > 1 ? `${config.name}-external-load-balancer` : first.name;
  createAll(c, [clusterInfo(endpoint), ...coredns(serviceIP(net.serviceSubnet, 10))]);
  if (net.kubeProxyMode !== 'none') createAll(c, kubeProxy(config, endpoint));
  at(STEP.cni);
  if (!net.disableDefaultCNI) createAll(c, kindnet(config, endpoint));
  at(STEP.storage);
  createAll(c, localPath());
  at(STEP.workers);
  for (const p of plans) {
    if (p === first) continue;
    const node = registerNode(c, p, hasWorkers);
    if (p.role === 'control-plane') startControlPlane(c, p, node);
  }
  // Every API server adds itself to the kubernetes Service's endpoints.
  if (cps.length > 1) setAPIServerEndpoints(c, cps.map((p) => p.ip));
  at(STEP.settled);
  return c;
}
