// `kubectl expose (deployment|rs|pod|service) NAME [--port] [--target-port] [--type] [--name]`:
// a Service whose selector and ports come from the exposed object, as kubectl's generator makes.

import type { KubeObject } from '../../../api/types.js';
import { resolveResource } from '../../../api/resources.js';
import type { ParsedFlags } from '../flags.js';
import { KubectlError, type KubectlContext, type Verb } from '../types.js';
import { EXPOSE } from './help/expose.js';
import { NO_RESOURCES, DRY_RUN_FLAG, FIELD_MANAGER_FLAG, FILENAME_FLAG, OUTPUT_FLAG, dryRunMode, outputFormat, printResult, reportErrors } from './util/common.js';
import { resolveTargets } from './util/targets.js';

/** The selector of the exposed object (MapBasedSelectorForObject). */
function selectorOf(obj: KubeObject): Record<string, string> {
  switch (obj.kind) {
    case 'Pod':
      if (!obj.metadata.labels || !Object.keys(obj.metadata.labels).length) throw new KubectlError(`couldn't retrieve selectors via --selector flag or introspection: the pod has no labels and cannot be exposed`);
      return { ...obj.metadata.labels };
    case 'Service':
      if (!obj.spec?.selector) throw new KubectlError(`couldn't retrieve selectors via --selector flag or introspection: the service has no pod selector set`);
      return { ...obj.spec.selector };
    case 'Deployment':
    case 'ReplicaSet':
    case 'DaemonSet':
    case 'StatefulSet': {
      const sel = obj.spec?.selector ?? {};
      if (sel.matchExpressions?.length) throw new KubectlError(`couldn't retrieve selectors via --selector flag or introspection: couldn't convert expressions - "${JSON.stringify(sel.matchExpressions)}" to map: operator "${sel.matchExpressions[0].operator}" cannot be converted into the old label selector format`);
      return { ...(sel.matchLabels ?? {}) };
    }
  }
  throw new KubectlError(`cannot expose a ${obj.kind}`);
}

/** Container ports (or a Service's ports) as PortsForObject / ProtocolsForObject see them. */
function portsOf(obj: KubeObject): { port: number; protocol: string }[] {
  if (obj.kind === 'Service') return (obj.spec?.ports ?? []).map((p: any) => ({ port: p.port, protocol: p.protocol ?? 'TCP' }));
  const spec = obj.kind === 'Pod' ? obj.spec : obj.spec?.template?.spec;
  return (spec?.containers ?? []).flatMap((c: any) => (c.ports ?? []).map((p: any) => ({ port: p.containerPort, protocol: p.protocol ?? 'TCP' })));
}

export function buildExposedService(obj: KubeObject, f: ParsedFlags): KubeObject {
  const selector = f.values.selector ? Object.fromEntries(String(f.values.selector).split(',').map((p) => p.split('=') as [string, string])) : selectorOf(obj);
  let ports: { port: number; protocol: string }[];
  if (f.values.port) ports = [{ port: Number(f.values.port), protocol: f.values.protocol || portsOf(obj)[0]?.protocol || 'TCP' }];
  else ports = portsOf(obj);
  if (!ports.length) throw new KubectlError(`couldn't find port via --port flag or introspection\nSee 'kubectl expose -h' for help and examples`);
  const target: string = f.values['target-port'];
  const specPorts = ports.map((p, i) => ({
    ...(ports.length > 1 ? { name: `port-${i + 1}` } : {}),
    protocol: f.values.protocol || p.protocol,
    port: p.port,
    targetPort: target ? (/^\d+$/.test(target) ? Number(target) : target) : p.port,
  }));
  const labels = f.values.labels ? Object.fromEntries(String(f.values.labels).split(',').map((p) => p.split('=') as [string, string])) : obj.metadata.labels;
  const spec: Record<string, unknown> = { ports: specPorts, selector };
  if (f.values['cluster-ip']) spec.clusterIP = f.values['cluster-ip'];
  if (f.values.type) spec.type = f.values.type;
  if (f.values['external-ip']) spec.externalIPs = [f.values['external-ip']];
  if (f.values['session-affinity']) spec.sessionAffinity = f.values['session-affinity'];
  if (f.values['load-balancer-ip']) spec.loadBalancerIP = f.values['load-balancer-ip'];
  const metadata: Record<string, unknown> = { name: f.values.name || obj.metadata.name };
  if (labels && Object.keys(labels).length) metadata.labels = { ...labels };
  return { kind: 'Service', apiVersion: 'v1', metadata, spec, status: { loadBalancer: {} } } as KubeObject;
}

function run(k: KubectlContext, f: ParsedFlags): number {
  const d = dryRunMode(f);
  const format = outputFormat(f);
  const types = ['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName'];
  if (f.values.type && !types.includes(f.values.type)) throw new KubectlError(`invalid type ${f.values.type}`);
  if (!f.args.length && !f.values.filename.length) throw new KubectlError(NO_RESOURCES);
  const { targets, errors } = resolveTargets(k, f, f.args);
  const failures = [...errors];
  const svcRt = resolveResource('services')!;
  for (const t of targets) {
    try {
      const svc = buildExposedService(t.obj, f);
      if (k.namespaceExplicit) svc.metadata.namespace = k.namespace;
      const made = d === 'client' ? svc : k.cluster.api.create({ ...svc, metadata: { ...svc.metadata, namespace: t.ns } }, { dryRun: d === 'server' });
      printResult(k, made, svcRt, 'exposed', format, d, d === 'client');
    } catch (e) {
      failures.push(e);
    }
  }
  k.cluster.reconcile();
  return reportErrors(k, failures);
}

export const expose: Verb = {
  name: 'expose',
  short: 'Take a replication controller, service, deployment or pod and expose it as a new Kubernetes service',
  group: 'Basic Commands (Beginner):',
  help: EXPOSE,
  flags: [
    { name: 'port', type: 'string', usage: 'The port that the service should serve on. Copied from the resource being exposed, if unspecified' },
    { name: 'target-port', type: 'string', usage: 'Name or number for the port on the container that the service should direct traffic to. Optional.' },
    { name: 'protocol', type: 'string', usage: 'The network protocol for the service to be created. Default is \'TCP\'.' },
    { name: 'type', type: 'string', usage: 'Type for this service: ClusterIP, NodePort, LoadBalancer, or ExternalName. Default is \'ClusterIP\'.' },
    { name: 'name', type: 'string', usage: 'The name for the newly created object.' },
    { name: 'labels', short: 'l', type: 'string', usage: 'Labels to apply to the service created by this call.' },
    { name: 'selector', type: 'string', usage: 'A label selector to use for this service. Only equality-based selector requirements are supported.' },
    { name: 'cluster-ip', type: 'string', usage: 'ClusterIP to be assigned to the service. Leave empty to auto-allocate, or set to \'None\' to create a headless service.' },
    { name: 'external-ip', type: 'string', usage: 'Additional external IP address (not managed by Kubernetes) to accept for the service.' },
    { name: 'load-balancer-ip', type: 'string', usage: 'IP to assign to the LoadBalancer. If empty, an ephemeral IP will be created and used (cloud-provider specific).' },
    { name: 'session-affinity', type: 'string', usage: 'If non-empty, set the session affinity for the service to this; legal values: \'None\', \'ClientIP\'' },
    FILENAME_FLAG,
    DRY_RUN_FLAG,
    OUTPUT_FLAG,
    FIELD_MANAGER_FLAG,
  ],
  run,
};
