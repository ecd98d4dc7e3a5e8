// Tab completion for kubectl: verbs, resource types, object names and namespaces, as
// kubectl's own `__complete` offers them.

import type { Cluster } from '../../cluster/cluster.js';
import { RESOURCES, qualifiedName, resolveResource } from '../../api/resources.js';
import { VERBS } from './kubectl.js';

const FLAGS_WITH_VALUE = new Set(['-n', '--namespace', '-o', '--output', '-l', '--selector', '-f', '--filename', '-c', '--container', '--context', '--kubeconfig', '--field-selector', '--image', '--port', '--replicas', '--type', '--timeout', '--for']);
/** Verbs whose first argument is a pod name rather than a resource type. */
const POD_VERBS = new Set(['logs', 'exec', 'attach', 'port-forward', 'cp']);
/** Verbs that take TYPE then NAME. */
const TYPED_VERBS = new Set(['get', 'describe', 'delete', 'edit', 'label', 'annotate', 'patch', 'scale', 'expose', 'autoscale', 'wait', 'set', 'rollout', 'explain']);

const OUTPUTS = ['json', 'yaml', 'wide', 'name', 'custom-columns=', 'custom-columns-file=', 'go-template=', 'go-template-file=', 'jsonpath=', 'jsonpath-file=', 'jsonpath-as-json='];

/**
 * Candidates for the word being typed (`current`), given the words before it (`args`, without
 * `kubectl` itself).
 */
export function completeKubectl(cluster: Cluster, args: string[], current: string): string[] {
  const prev = args[args.length - 1];
  let namespace = 'default';
  let allNs = false;
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '-n' || a === '--namespace') namespace = args[++i] ?? namespace;
    else if (a.startsWith('--namespace=')) namespace = a.slice(12);
    else if (a === '-A' || a === '--all-namespaces') allNs = true;
    else if (a.startsWith('-')) {
      if (FLAGS_WITH_VALUE.has(a)) i++;
    } else positional.push(a);
  }
  const pick = (xs: string[]) => [...new Set(xs)].filter((x) => x.startsWith(current)).sort();
  if (prev === '-n' || prev === '--namespace') return pick(cluster.store.list('namespaces').map((o) => o.metadata.name ?? ''));
  if (prev === '-o' || prev === '--output') return pick(OUTPUTS);
  if (prev && FLAGS_WITH_VALUE.has(prev)) return [];
  if (current.startsWith('-')) return [];
  const objectNames = (resource: string) => {
    const rt = resolveResource(resource);
    if (!rt) return [];
    return cluster.store.list(qualifiedName(rt), rt.namespaced && !allNs ? namespace : undefined).map((o) => o.metadata.name ?? '');
  };
  if (!positional.length) return pick(VERBS.map((v) => v.name));
  const verb = VERBS.find((v) => v.name === positional[0] || v.aliases?.includes(positional[0]!))?.name ?? positional[0]!;
  const rest = positional.slice(1);
  if (POD_VERBS.has(verb)) return rest.length ? [] : pick(objectNames('pods'));
  if (verb === 'rollout' && !rest.length) return pick(['history', 'pause', 'restart', 'resume', 'status', 'undo']);
  const typed = verb === 'rollout' || verb === 'set' ? rest.slice(1) : rest;
  if (!TYPED_VERBS.has(verb)) return [];
  if (current.includes('/')) {
    const [type] = current.split('/');
    return pick(objectNames(type!).map((n) => `${type}/${n}`));
  }
  if (!typed.length) return pick(RESOURCES.map((r) => r.plural));
  if (verb === 'explain') return [];
  if (typed[0]!.includes('/')) return [];
  return pick(objectNames(typed[0]!.split(',')[0]!));
}
