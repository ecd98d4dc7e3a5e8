// The kind node containers as the Docker engine on the workstation knows them: one per Node,
// with a container ID seeded from the node's uid and kind's published API server port.

import type { KubeObject } from '../../api/types.js';
import type { Cluster } from '../../cluster/cluster.js';
import { sha256 } from '../../util/hash.js';
import { apiServerPort } from '../kubectl/verbs/kubeconfig.js';

export const NODE_IMAGE = 'kindest/node:v1.34.0';
/** kind's node image entrypoint: its own init wrapper around systemd. */
export const NODE_COMMAND = '/usr/local/bin/entrypoint /sbin/init';

export interface Container {
  id: string;
  name: string;
  image: string;
  command: string;
  created: number;
  ports: string;
  /** kind's labels: which cluster the node belongs to and its role. */
  labels: Record<string, string>;
  node: KubeObject;
}

const hex = (b: Uint8Array) => [...b].map((x) => x.toString(16).padStart(2, '0')).join('');

function isControlPlane(node: KubeObject): boolean {
  return 'node-role.kubernetes.io/control-plane' in (node.metadata.labels ?? {});
}

/** The node containers, newest first as `docker ps` lists them (ties: by name, descending). */
export function nodeContainers(cluster: Cluster): Container[] {
  const port = apiServerPort(cluster);
  const list = cluster.store.list('nodes').map((node) => ({
    id: hex(sha256(`docker-container:${node.metadata.uid ?? node.metadata.name}`)),
    name: node.metadata.name!,
    image: NODE_IMAGE,
    command: NODE_COMMAND,
    // kind starts the containers a few seconds before the kubelet registers the Node.
    created: Date.parse(node.metadata.creationTimestamp ?? '') - 20_000 || cluster.now,
    ports: isControlPlane(node) ? `127.0.0.1:${port}->6443/tcp` : '',
    labels: { 'io.x-k8s.kind.cluster': cluster.config.name, 'io.x-k8s.kind.role': isControlPlane(node) ? 'control-plane' : 'worker' },
    node,
  }));
  return list.sort((a, b) => b.created - a.created || (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
}

/** A container by name, full ID or unique ID prefix, as the daemon resolves references. */
export function findContainer(cluster: Cluster, ref: string): Container | undefined {
  const all = nodeContainers(cluster);
  const byName = all.find((c) => c.name === ref || `/${c.name}` === ref);
  if (byName) return byName;
  if (!/^[0-9a-f]+$/.test(ref)) return undefined;
  const hits = all.filter((c) => c.id.startsWith(ref));
  return hits.length === 1 ? hits[0] : undefined;
}

/** go-units HumanDuration, as `docker ps` prints CREATED (`… ago`) and STATUS (`Up …`). */
export function humanDuration(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  if (seconds < 1) return 'Less than a second';
  if (seconds === 1) return '1 second';
  if (seconds < 60) return `${seconds} seconds`;
  const minutes = Math.floor(ms / 60_000);
  if (minutes === 1) return 'About a minute';
  if (minutes < 60) return `${minutes} minutes`;
  const hours = Math.round(ms / 3_600_000);
  if (hours === 1) return 'About an hour';
  if (hours < 48) return `${hours} hours`;
  if (hours < 24 * 7 * 2) return `${Math.floor(hours / 24)} days`;
  if (hours < 24 * 30 * 2) return `${Math.floor(hours / 24 / 7)} weeks`;
  if (hours < 24 * 365 * 2) return `${Math.floor(hours / 24 / 30)} months`;
  return `${Math.floor(ms / 3_600_000 / 24 / 365)} years`;
}
