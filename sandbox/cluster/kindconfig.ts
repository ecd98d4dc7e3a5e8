// Reads a kind cluster config (kind.x-k8s.io/v1alpha4) as `kind create cluster --config` does,
// with kind's defaults and its error wording for what it rejects.

import { parse } from 'yaml';
import { DEFAULT_KIND_CONFIG, type KindConfig, type KindNode } from './config.js';

export class KindConfigError extends Error {}

const TOP = new Set(['kind', 'apiVersion', 'name', 'nodes', 'networking', 'featureGates', 'runtimeConfig', 'kubeadmConfigPatches', 'kubeadmConfigPatchesJSON6902', 'containerdConfigPatches', 'containerdConfigPatchesJSON6902']);
const NODE = new Set(['role', 'image', 'labels', 'extraMounts', 'extraPortMappings', 'kubeadmConfigPatches', 'kubeadmConfigPatchesJSON6902']);
const NET = new Set(['ipFamily', 'apiServerPort', 'apiServerAddress', 'podSubnet', 'serviceSubnet', 'disableDefaultCNI', 'kubeProxyMode', 'dnsSearch']);

function unknown(field: string): never {
  throw new KindConfigError(`unable to decode config: error unmarshaling JSON: while decoding JSON: json: unknown field "${field}"`);
}

export function parseKindConfig(text: string): KindConfig {
  let doc: any;
  try {
    doc = parse(text, { version: '1.1' }) ?? {};
  } catch (e) {
    throw new KindConfigError(`unable to decode config: ${(e as Error).message.split('\n')[0]}`);
  }
  if (typeof doc !== 'object' || Array.isArray(doc)) throw new KindConfigError('unable to decode config: not a kind config');
  if (doc.kind !== 'Cluster' || doc.apiVersion !== 'kind.x-k8s.io/v1alpha4')
    throw new KindConfigError(`unable to decode config: no kind "${doc.kind ?? ''}" is registered for version "${doc.apiVersion ?? ''}"`);
  for (const k of Object.keys(doc)) if (!TOP.has(k)) unknown(k);
  const cfg: KindConfig = structuredClone(DEFAULT_KIND_CONFIG);
  if (typeof doc.name === 'string') cfg.name = doc.name;
  if (doc.nodes !== undefined) {
    if (!Array.isArray(doc.nodes) || doc.nodes.length === 0) throw new KindConfigError('invalid configuration: must have at least one node');
    cfg.nodes = doc.nodes.map((n: any): KindNode => {
      for (const k of Object.keys(n ?? {})) if (!NODE.has(k)) unknown(k);
      const role = n?.role ?? 'control-plane';
      if (role !== 'control-plane' && role !== 'worker') throw new KindConfigError(`invalid configuration: invalid role: "${role}", must be "control-plane" or "worker"`);
      return n?.labels ? { role, labels: n.labels } : { role };
    });
    if (!cfg.nodes.some((n) => n.role === 'control-plane')) throw new KindConfigError('invalid configuration: must have at least one control-plane node');
  }
  const net = doc.networking ?? {};
  for (const k of Object.keys(net)) if (!NET.has(k)) unknown(k);
  if (net.podSubnet) cfg.networking.podSubnet = String(net.podSubnet);
  if (net.serviceSubnet) cfg.networking.serviceSubnet = String(net.serviceSubnet);
  if (net.disableDefaultCNI !== undefined) cfg.networking.disableDefaultCNI = !!net.disableDefaultCNI;
  if (net.kubeProxyMode !== undefined) {
    if (!['iptables', 'ipvs', 'nftables', 'none'].includes(net.kubeProxyMode))
      throw new KindConfigError(`invalid configuration: invalid kubeProxyMode: ${net.kubeProxyMode}`);
    cfg.networking.kubeProxyMode = net.kubeProxyMode;
  }
  if (net.apiServerPort !== undefined) cfg.networking.apiServerPort = Number(net.apiServerPort);
  return cfg;
}
