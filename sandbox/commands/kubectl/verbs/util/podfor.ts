// Resolves `POD`, `pod/NAME`, `deploy/web`, `svc/web`… to one pod, as kubectl's
// AttachablePodForObject does for exec, logs and port-forward.

import { matchesSelector, matchesMapSelector } from '../../../../api/labels.js';
import { resolveResource, type ResourceType } from '../../../../api/resources.js';
import type { KubeObject } from '../../../../api/types.js';
import { KubectlError, type KubectlContext } from '../../types.js';
import { resourceType } from './common.js';

/** The pods an object selects, oldest first (kubectl sorts by creation time, then name). */
export function podsForObject(k: KubectlContext, obj: KubeObject, rt: ResourceType): KubeObject[] {
  const pods = k.cluster.api.list(resolveResource('pods')!, obj.metadata.namespace);
  let selected: KubeObject[];
  if (rt.kind === 'Service') selected = pods.filter((p) => matchesMapSelector(p.metadata.labels, obj.spec?.selector));
  else if (obj.spec?.selector) selected = pods.filter((p) => matchesSelector(p.metadata.labels, obj.spec.selector));
  else throw new KubectlError(`cannot attach to ${rt.kind}: selector for ${rt.kind} not implemented`);
  return selected.sort((a, b) => (a.metadata.creationTimestamp ?? '').localeCompare(b.metadata.creationTimestamp ?? '') || a.metadata.name!.localeCompare(b.metadata.name!));
}

/** One pod for `arg` (a pod name or TYPE/NAME); notes on stderr which pod when there were several. */
export function podForObject(k: KubectlContext, arg: string, podRt: ResourceType): KubeObject {
  const api = k.cluster.api;
  if (!arg.includes('/')) return api.get(podRt, k.namespace, arg);
  const [t, name] = [arg.slice(0, arg.indexOf('/')), arg.slice(arg.indexOf('/') + 1)];
  const rt = resourceType(t);
  if (rt.kind === 'Pod') return api.get(rt, k.namespace, name);
  const obj = api.get(rt, rt.namespaced ? k.namespace : undefined, name);
  const pods = podsForObject(k, obj, rt);
  // kubectl waits --pod-running-timeout for a pod to show up, then gives up with this.
  if (!pods.length) throw new KubectlError('timed out waiting for the condition');
  if (pods.length > 1) k.err(`Found ${pods.length} pods, using pod/${pods[0]!.metadata.name}\n`);
  return pods[0]!;
}
