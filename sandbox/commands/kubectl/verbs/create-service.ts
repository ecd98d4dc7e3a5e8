// `kubectl create service clusterip|nodeport|loadbalancer|externalname NAME`, as kubectl's
// service generator builds them (selector and label app=NAME, ports named `80-8080`).

import type { KubeObject } from '../../../api/types.js';
import type { FlagSpec, ParsedFlags } from '../flags.js';
import { KubectlError, type KubectlContext, type Verb } from '../types.js';
import { CREATE_SERVICE, CREATE_SERVICE_CLUSTERIP, CREATE_SERVICE_EXTERNALNAME, CREATE_SERVICE_LOADBALANCER, CREATE_SERVICE_NODEPORT } from './help/create.js';
import { DRY_RUN_FLAG, FIELD_MANAGER_FLAG, OUTPUT_FLAG, SAVE_CONFIG_FLAG, VALIDATE_FLAG } from './util/common.js';
import { finishCreate, oneName, plainMessage, requireFlag } from './util/generate.js';

type SvcType = 'ClusterIP' | 'NodePort' | 'LoadBalancer' | 'ExternalName';

function parseUint(s: string): number {
  if (!/^\d+$/.test(s) || Number(s) > 65535) throw new KubectlError(`strconv.ParseUint: parsing ${JSON.stringify(s)}: ${/^\d+$/.test(s) ? 'value out of range' : 'invalid syntax'}`);
  return Number(s);
}

/** `--tcp=80:8080` → ServicePorts in Go field order. */
export function servicePorts(tcp: string[], nodePort: number): any[] {
  return tcp.map((spec) => {
    const [p, t] = spec.includes(':') ? [spec.slice(0, spec.indexOf(':')), spec.slice(spec.indexOf(':') + 1)] : [spec, spec];
    const port = parseUint(p);
    const target: number | string = /^\d+$/.test(t) ? Number(t) : t;
    const name = spec.includes(':') ? `${port}-${t}` : String(port);
    return { name, protocol: 'TCP', port, targetPort: target, ...(nodePort > 0 ? { nodePort } : {}) };
  });
}

export function buildService(name: string, type: SvcType, tcp: string[], opts: { clusterIP?: string; nodePort?: number; externalName?: string }): KubeObject {
  const labels = { app: name };
  const spec: Record<string, unknown> = {};
  const ports = servicePorts(tcp, opts.nodePort ?? 0);
  if (ports.length) spec.ports = ports;
  spec.selector = { ...labels };
  if (opts.clusterIP) spec.clusterIP = opts.clusterIP;
  spec.type = type;
  if (opts.externalName) spec.externalName = opts.externalName;
  return { kind: 'Service', apiVersion: 'v1', metadata: { name, labels }, spec, status: { loadBalancer: {} } };
}

function makeRun(type: SvcType) {
  return (k: KubectlContext, f: ParsedFlags): number => {
    const name = oneName(f);
    if (type === 'ExternalName' && !requireFlag(k, f, 'external-name')) return 1;
    const tcp: string[] = f.values.tcp ?? [];
    const clusterIP: string = f.values.clusterip ?? '';
    if (type === 'ClusterIP' && clusterIP !== 'None' && !tcp.length) throw new KubectlError('at least one tcp port specifier must be provided');
    if ((type === 'NodePort' || type === 'LoadBalancer') && !tcp.length) throw new KubectlError('at least one tcp port specifier must be provided');
    if (clusterIP === 'None' && tcp.length) throw new KubectlError('can not map ports with clusterip=None');
    const obj = buildService(name, type, tcp, { clusterIP, nodePort: f.values['node-port'], externalName: f.values['external-name'] });
    const label = type === 'ClusterIP' ? 'ClusterIP' : type === 'NodePort' ? 'NodePort' : type === 'LoadBalancer' ? 'LoadBalancer' : 'ExternalName';
    return finishCreate(k, f, obj, (e) => `failed to create ${label} service: ${plainMessage(e)}`);
  };
}

const COMMON: FlagSpec[] = [DRY_RUN_FLAG, OUTPUT_FLAG, SAVE_CONFIG_FLAG, VALIDATE_FLAG, FIELD_MANAGER_FLAG];
const TCP: FlagSpec = { name: 'tcp', type: 'stringSlice', usage: 'Port pairs can be specified as \'<port>:<targetPort>\'.' };

const sub = (name: string, short: string, help: string, type: SvcType, flags: FlagSpec[]): Verb => ({ name, short, help, flags: [...flags, ...COMMON], run: makeRun(type) });

export const createService: Verb = {
  name: 'service',
  aliases: ['svc'],
  short: 'Create a service using a specified subcommand',
  help: CREATE_SERVICE,
  flags: [],
  subcommands: [
    sub('clusterip', 'Create a ClusterIP service', CREATE_SERVICE_CLUSTERIP, 'ClusterIP', [TCP, { name: 'clusterip', type: 'string', usage: 'Assign your own ClusterIP or set to \'None\' for a \'headless\' service (no loadbalancing).' }]),
    sub('nodeport', 'Create a NodePort service', CREATE_SERVICE_NODEPORT, 'NodePort', [TCP, { name: 'node-port', type: 'int', default: 0, usage: 'Port used to expose the service on each node in a cluster.' }]),
    sub('loadbalancer', 'Create a LoadBalancer service', CREATE_SERVICE_LOADBALANCER, 'LoadBalancer', [TCP]),
    sub('externalname', 'Create an ExternalName service', CREATE_SERVICE_EXTERNALNAME, 'ExternalName', [TCP, { name: 'external-name', type: 'string', usage: 'External name of service' }]),
  ],
};
