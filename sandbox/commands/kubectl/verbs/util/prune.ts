// `kubectl apply --prune`: deletes objects that an earlier apply created (they carry the
// last-applied annotation), match the selector, and are no longer in the applied files.

import { parseSelector } from '../../../../api/labels.js';
import { resolveResource, type ResourceType } from '../../../../api/resources.js';
import type { KubeObject } from '../../../../api/types.js';
import type { ParsedFlags } from '../../flags.js';
import { KubectlError, type KubectlContext } from '../../types.js';
import { printResult, type DryRun } from './common.js';
import { LAST_APPLIED } from './lastapplied.js';

/** kubectl's default prune allowlist, for the kinds this API server serves. */
const ALLOWLIST = ['configmaps', 'endpoints', 'namespaces', 'pods', 'secrets', 'services', 'ingresses.networking.k8s.io', 'daemonsets.apps', 'deployments.apps', 'replicasets.apps'];

export function checkPruneFlags(f: ParsedFlags): void {
  if (!f.values.prune) return;
  if (!f.values.selector && !f.values.all)
    throw new KubectlError('all resources selected for prune without explicitly passing --all. To prune all resources, pass the --all flag. If you did not mean to prune all resources, specify a label selector');
}

/** Deletes what `applied` no longer lists, in the namespaces the apply touched. */
export function prune(k: KubectlContext, f: ParsedFlags, applied: KubeObject[], namespaces: Set<string>, d: DryRun): void {
  const selector = f.values.selector ? parseSelector(f.values.selector) : undefined;
  const keep = new Set(applied.map((o) => `${o.kind}/${o.metadata.namespace ?? ''}/${o.metadata.name}`));
  for (const name of ALLOWLIST) {
    const rt: ResourceType = resolveResource(name)!;
    const scopes = rt.namespaced ? [...namespaces] : [undefined];
    for (const ns of scopes) {
      for (const obj of k.cluster.api.list(rt, ns, { labelSelector: selector })) {
        if (!obj.metadata.annotations?.[LAST_APPLIED]) continue;
        if (keep.has(`${rt.kind}/${obj.metadata.namespace ?? ''}/${obj.metadata.name}`)) continue;
        if (d !== 'client') k.cluster.api.delete(rt, ns, obj.metadata.name!, { dryRun: d === 'server' });
        printResult(k, obj, rt, 'pruned', f.values.output === 'name' ? 'name' : '', d);
      }
    }
  }
}
