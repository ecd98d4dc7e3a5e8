// Defaulting of a PodSpec as k8s.io/kubernetes pkg/apis/core/v1/defaults.go does it, shared by
// Pods and the pod templates of Deployments, ReplicaSets and DaemonSets.

import type { KubeObject } from '../types.js';

type Obj = Record<string, any>;

/** SetDefaults_PodSpec + SetDefaults_Container and everything below them. */
export function defaultPodSpec(spec: Obj | undefined): void {
  if (!spec || typeof spec !== 'object') return;
  spec.dnsPolicy ??= 'ClusterFirst';
  spec.restartPolicy ??= 'Always';
  spec.securityContext ??= {};
  spec.terminationGracePeriodSeconds ??= 30;
  spec.schedulerName ??= 'default-scheduler';
  for (const list of ['containers', 'initContainers', 'ephemeralContainers'] as const) {
    if (!Array.isArray(spec[list])) continue;
    for (const c of spec[list]) {
      if (!c || typeof c !== 'object') continue;
      defaultContainer(c, list !== 'ephemeralContainers');
      // With hostNetwork the host port is the container port (defaultHostNetworkPorts).
      if (spec.hostNetwork) for (const p of c.ports ?? []) if (p && !p.hostPort) p.hostPort = p.containerPort;
    }
  }
  for (const v of Array.isArray(spec.volumes) ? spec.volumes : []) defaultVolume(v);
}

function defaultContainer(c: Obj, resources: boolean): void {
  c.terminationMessagePath ??= '/dev/termination-log';
  c.terminationMessagePolicy ??= 'File';
  if (c.imagePullPolicy === undefined && typeof c.image === 'string') c.imagePullPolicy = defaultPullPolicy(c.image);
  if (resources) c.resources ??= {};
  for (const p of Array.isArray(c.ports) ? c.ports : []) if (p && typeof p === 'object') p.protocol ??= 'TCP';
  for (const probe of ['livenessProbe', 'readinessProbe', 'startupProbe'] as const) defaultProbe(c[probe]);
  if (c.lifecycle) for (const h of [c.lifecycle.postStart, c.lifecycle.preStop]) defaultHandler(h);
  for (const e of Array.isArray(c.env) ? c.env : []) {
    const fr = e?.valueFrom?.fieldRef;
    if (fr && typeof fr === 'object') fr.apiVersion ??= 'v1';
  }
}

/** `:latest` or no tag means Always; a tag or a digest means IfNotPresent (SetDefaults_Container). */
export function defaultPullPolicy(image: string): string {
  if (image.includes('@')) return 'IfNotPresent';
  const lastSlash = image.lastIndexOf('/');
  const colon = image.indexOf(':', lastSlash + 1);
  const tag = colon >= 0 ? image.slice(colon + 1) : '';
  return tag === '' || tag === 'latest' ? 'Always' : 'IfNotPresent';
}

function defaultProbe(p: Obj | undefined): void {
  if (!p || typeof p !== 'object') return;
  p.timeoutSeconds ??= 1;
  p.periodSeconds ??= 10;
  p.successThreshold ??= 1;
  p.failureThreshold ??= 3;
  defaultHandler(p);
}

function defaultHandler(h: Obj | undefined): void {
  if (!h || typeof h !== 'object') return;
  if (h.httpGet && typeof h.httpGet === 'object') {
    h.httpGet.path ??= '/';
    h.httpGet.scheme ??= 'HTTP';
  }
  if (h.grpc && typeof h.grpc === 'object') h.grpc.service ??= '';
}

function defaultVolume(v: Obj): void {
  if (!v || typeof v !== 'object') return;
  const sources = Object.keys(v).filter((k) => k !== 'name');
  if (sources.length === 0) v.emptyDir = {};
  if (v.configMap) v.configMap.defaultMode ??= 420;
  if (v.secret) v.secret.defaultMode ??= 420;
  if (v.projected) {
    v.projected.defaultMode ??= 420;
    for (const s of v.projected.sources ?? []) {
      if (s?.serviceAccountToken) s.serviceAccountToken.expirationSeconds ??= 3600;
      for (const it of s?.downwardAPI?.items ?? []) if (it?.fieldRef) it.fieldRef.apiVersion ??= 'v1';
    }
  }
  if (v.downwardAPI) {
    v.downwardAPI.defaultMode ??= 420;
    for (const it of v.downwardAPI.items ?? []) if (it?.fieldRef) it.fieldRef.apiVersion ??= 'v1';
  }
  if (v.hostPath) v.hostPath.type ??= '';
}

/** The metadata + spec of a workload's pod template, defaulted as a PodTemplateSpec. */
export function defaultPodTemplate(tpl: Obj | undefined): void {
  if (!tpl || typeof tpl !== 'object') return;
  tpl.metadata ??= {};
  // Since 1.34 a zero creationTimestamp is omitted (omitzero) instead of serialised as null, so the
  // `creationTimestamp: null` that older clients send does not come back.
  if (tpl.metadata && typeof tpl.metadata === 'object' && tpl.metadata.creationTimestamp === null) delete tpl.metadata.creationTimestamp;
  defaultPodSpec(tpl.spec);
}

/** Does the object carry a pod template under spec.template? */
export function templateOf(obj: KubeObject): Obj | undefined {
  return obj.spec && typeof obj.spec === 'object' ? obj.spec.template : undefined;
}
