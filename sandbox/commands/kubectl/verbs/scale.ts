// `kubectl scale --replicas=N TYPE NAME`: sets spec.replicas on scalable workloads, with the
// --current-replicas and --resource-version preconditions.

import { StatusError } from '../../../api/errors.js';
import type { ParsedFlags } from '../flags.js';
import { KubectlError, type KubectlContext, type Verb } from '../types.js';
import { SCALE } from './help/scale.js';
import { NO_RESOURCES, ALL_NS_FLAG, DRY_RUN_FLAG, FILENAME_FLAG, OUTPUT_FLAG, RECURSIVE_FLAG, SELECTOR_FLAG, dryRunMode, outputFormat, printResult, reportErrors } from './util/common.js';
import { requireFlag } from './util/generate.js';
import { resolveTargets } from './util/targets.js';

const SCALABLE = new Set(['Deployment', 'ReplicaSet', 'StatefulSet', 'ReplicationController']);

function run(k: KubectlContext, f: ParsedFlags): number {
  if (!requireFlag(k, f, 'replicas')) return 1;
  const replicas: number = f.values.replicas;
  if (replicas < 0) throw new KubectlError('The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0');
  const d = dryRunMode(f);
  const format = outputFormat(f);
  if (!f.args.length && !f.values.filename.length) throw new KubectlError(NO_RESOURCES);
  const { targets, errors, empty } = resolveTargets(k, f, f.args, { selectable: true, allNamespaces: f.values['all-namespaces'] });
  if (empty && !errors.length) {
    k.err(`No resources found in ${k.namespace} namespace.\n`);
    return 0;
  }
  const failures = [...errors];
  for (const t of targets) {
    try {
      if (!SCALABLE.has(t.rt.kind)) throw new StatusError('NotFound', 'the server could not find the requested resource');
      const cur = t.obj.spec?.replicas ?? 1;
      if (f.values['current-replicas'] >= 0 && f.values['current-replicas'] !== cur) throw new KubectlError(`Expected replicas to be ${f.values['current-replicas']}, was ${cur}`);
      if (f.values['resource-version'] && f.values['resource-version'] !== t.obj.metadata.resourceVersion)
        throw new StatusError('Conflict', `Operation cannot be fulfilled on ${t.rt.plural}${t.rt.group ? '.' + t.rt.group : ''} "${t.name}": the object has been modified; please apply your changes to the latest version and try again`);
      const next = structuredClone(t.obj);
      next.spec = { ...(next.spec ?? {}), replicas };
      const result = d === 'client' ? next : k.cluster.api.update(next, { dryRun: d === 'server' });
      printResult(k, result, t.rt, 'scaled', format, d);
    } catch (e) {
      if (!(e instanceof StatusError) && !(e instanceof KubectlError)) throw e;
      failures.push(e);
    }
  }
  k.cluster.reconcile();
  return reportErrors(k, failures);
}

export const scale: Verb = {
  name: 'scale',
  short: 'Set a new size for a deployment, replica set, or replication controller',
  group: 'Deploy Commands:',
  help: SCALE,
  flags: [
    { name: 'replicas', type: 'int', default: 0, usage: 'The new desired number of replicas. Required.' },
    { name: 'current-replicas', type: 'int', default: -1, usage: 'Precondition for current size. Requires that the current size of the resource match this value in order to scale.' },
    { name: 'resource-version', type: 'string', usage: 'Precondition for resource version. Requires that the current resource version match this value in order to scale.' },
    { name: 'all', type: 'bool', usage: 'Select all resources in the namespace of the specified resource types' },
    { name: 'timeout', type: 'duration', default: 0, usage: 'The length of time to wait before giving up on a scale operation, zero means don\'t wait.' },
    FILENAME_FLAG,
    RECURSIVE_FLAG,
    SELECTOR_FLAG,
    ALL_NS_FLAG,
    DRY_RUN_FLAG,
    OUTPUT_FLAG,
  ],
  run,
};
