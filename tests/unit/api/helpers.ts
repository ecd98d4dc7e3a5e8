// Shared setup for the API tests: an empty cluster with the `default` namespace.

import { Cluster } from '../../../sandbox/cluster/cluster.js';
import { StatusError } from '../../../sandbox/api/errors.js';
import type { KubeObject } from '../../../sandbox/api/types.js';

export function newCluster(seed = 1): Cluster {
  const c = Cluster.empty({ seed });
  c.api.create({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'default' } });
  return c;
}

/** The error message of a write that must fail (as kubectl prints it after `Error from server`). */
export function errorOf(fn: () => unknown): { reason: string; message: string } {
  try {
    fn();
  } catch (e) {
    if (e instanceof StatusError) return { reason: e.reason, message: e.message };
    throw e;
  }
  throw new Error('expected the write to fail');
}

export function pod(name: string, spec: Record<string, unknown> = {}, meta: Record<string, unknown> = {}): KubeObject {
  return { apiVersion: 'v1', kind: 'Pod', metadata: { name, ...meta }, spec: { containers: [{ name: 'web', image: 'nginx' }], ...spec } };
}

export function svc(name: string, spec: Record<string, unknown> = {}): KubeObject {
  return { apiVersion: 'v1', kind: 'Service', metadata: { name }, spec: { selector: { app: name }, ports: [{ port: 80 }], ...spec } };
}

export function deploy(name: string, spec: Record<string, unknown> = {}): KubeObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name },
    spec: {
      selector: { matchLabels: { app: name } },
      template: { metadata: { labels: { app: name } }, spec: { containers: [{ name: 'nginx', image: 'nginx' }] } },
      ...spec,
    },
  };
}

/** The message of an Invalid/BadRequest error from a create, as the API server words it. */
export function createError(c: Cluster, obj: KubeObject): string {
  return errorOf(() => c.api.create(obj)).message;
}
