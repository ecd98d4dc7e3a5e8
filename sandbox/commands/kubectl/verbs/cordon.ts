// `kubectl cordon NODE` / `kubectl uncordon NODE`: set or clear spec.unschedulable.

import { resolveResource } from '../../../api/resources.js';
import type { ParsedFlags } from '../flags.js';
import { KubectlError, type KubectlContext, type Verb } from '../types.js';
import { CORDON, UNCORDON } from './help/cordon.js';
import { DRY_RUN_FLAG, SELECTOR_FLAG, drySuffix, dryRunMode, reportErrors } from './util/common.js';
import { selectorOf } from './util/targets.js';

function setUnschedulable(k: KubectlContext, f: ParsedFlags, verb: 'cordon' | 'uncordon'): number {
  const d = dryRunMode(f);
  const selector = selectorOf(f);
  if (f.args.length && selector) throw new KubectlError('cannot specify both a node name and a --selector option', 1, true);
  if (f.args.length !== 1 && !selector) throw new KubectlError(`USAGE: ${verb} NODE [flags]`, 1, true);
  const nodeRt = resolveResource('nodes')!;
  const api = k.cluster.api;
  const nodes = selector ? api.list(nodeRt, undefined, { labelSelector: selector }) : [api.get(nodeRt, undefined, f.args[0]!.replace(/^(node|nodes|no)\//, ''))];
  const want = verb === 'cordon';
  const failures: unknown[] = [];
  for (const node of nodes) {
    const name = node.metadata.name!;
    if (!!node.spec?.unschedulable === want) {
      k.out(`node/${name} already ${verb}ed${drySuffix(d)}\n`);
      continue;
    }
    const next = structuredClone(node);
    next.spec = { ...(next.spec ?? {}) };
    if (want) next.spec.unschedulable = true;
    else delete next.spec.unschedulable;
    try {
      if (d !== 'client') api.update(next, { dryRun: d === 'server' });
      k.out(`node/${name} ${verb}ed${drySuffix(d)}\n`);
    } catch (e) {
      failures.push(e);
    }
  }
  k.cluster.reconcile();
  return reportErrors(k, failures);
}

export const cordon: Verb = {
  name: 'cordon',
  short: 'Mark node as unschedulable',
  group: 'Cluster Management Commands:',
  help: CORDON,
  flags: [DRY_RUN_FLAG, SELECTOR_FLAG],
  run: (k, f) => setUnschedulable(k, f, 'cordon'),
};

export const uncordon: Verb = {
  name: 'uncordon',
  short: 'Mark node as schedulable',
  group: 'Cluster Management Commands:',
  help: UNCORDON,
  flags: [DRY_RUN_FLAG, SELECTOR_FLAG],
  run: (k, f) => setUnschedulable(k, f, 'uncordon'),
};
