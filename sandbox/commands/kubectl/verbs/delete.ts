// `kubectl delete`: by name, file, selector or --all; graceful pod deletion, --force, cascade
// policies, and --wait, which passes cluster time (never real time) until the objects are gone.

import { StatusError } from '../../../api/errors.js';
import { qualifiedName } from '../../../api/resources.js';
import type { ParsedFlags } from '../flags.js';
import { KubectlError, type KubectlContext, type Verb } from '../types.js';
import { DELETE } from './help/delete.js';
import { NO_RESOURCES, ALL_NS_FLAG, DRY_RUN_FLAG, FILENAME_FLAG, OUTPUT_FLAG, RECURSIVE_FLAG, SELECTOR_FLAG, drySuffix, dryRunMode, reportErrors, withSource } from './util/common.js';
import { resolveTargets } from './util/targets.js';

/** How long `--wait` may pass cluster time when no --timeout is given (kubectl waits a week). */
const DEFAULT_WAIT_MS = 10 * 60 * 1000;

function cascadePolicy(k: KubectlContext, v: string): 'Background' | 'Foreground' | 'Orphan' {
  switch (v) {
    case 'background':
      return 'Background';
    case 'foreground':
      return 'Foreground';
    case 'orphan':
      return 'Orphan';
    case 'true':
      k.err('warning: --cascade=true is deprecated (boolean value) and can be replaced with --cascade=background.\n');
      return 'Background';
    case 'false':
      k.err('warning: --cascade=false is deprecated (boolean value) and can be replaced with --cascade=orphan.\n');
      return 'Orphan';
  }
  throw new KubectlError(`invalid cascade value (${v}). Must be "background", "foreground", or "orphan"`);
}

function run(k: KubectlContext, f: ParsedFlags): number {
  const d = dryRunMode(f);
  const policy = cascadePolicy(k, f.values.cascade);
  let grace: number = f.values['grace-period'];
  const force: boolean = f.values.force;
  if (!f.args.length && !f.values.filename.length) throw new KubectlError(NO_RESOURCES);
  if (f.values.all && f.values.selector) throw new KubectlError('cannot set --all and --selector at the same time');
  if (force && grace < 0) grace = 0;
  // Backwards compatibility: --grace-period=0 without --force means 1 second.
  if (grace === 0 && !force) grace = 1;
  if (grace === 0 && force) k.err('Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.\n');
  const allNs = f.values['all-namespaces'];
  const { targets, errors, empty } = resolveTargets(k, f, f.args, { selectable: true, allNamespaces: allNs, ignoreNotFound: f.values['ignore-not-found'], sourceVerb: 'deleting' });
  if (empty && !errors.length) {
    if (!f.values['ignore-not-found']) k.out('No resources found\n');
    return 0;
  }
  const gone: { q: string; ns?: string; name: string; uid?: string }[] = [];
  const failures = [...errors];
  const verb = (grace === 0 ? 'force deleted' : 'deleted') + drySuffix(d);
  for (const t of targets) {
    try {
      if (d !== 'client') k.cluster.api.delete(t.rt, t.ns, t.name, { dryRun: d === 'server', gracePeriodSeconds: grace >= 0 ? grace : undefined, propagationPolicy: policy });
    } catch (e) {
      if (f.values['ignore-not-found'] && e instanceof StatusError && e.reason === 'NotFound') continue;
      failures.push(t.source ? withSource(e, 'deleting', t.source) : e);
      continue;
    }
    const kindString = t.rt.group ? `${t.rt.kind.toLowerCase()}.${t.rt.group}` : t.rt.kind.toLowerCase();
    if (f.values.output === 'name') k.out(`${kindString}/${t.name}\n`);
    else k.out(t.rt.namespaced ? `${kindString} "${t.name}" ${verb} from ${t.ns} namespace\n` : `${kindString} "${t.name}" ${verb}\n`);
    gone.push({ q: qualifiedName(t.rt), ns: t.ns, name: t.name, uid: t.obj.metadata.uid });
  }
  k.cluster.reconcile();
  if (f.values.wait && d === 'none' && gone.length) {
    const timeout: number = f.values.timeout > 0 ? f.values.timeout : DEFAULT_WAIT_MS;
    const store = k.cluster.store;
    const ok = k.cluster.waitUntil(() => gone.every((g) => store.get(g.q, g.ns, g.name)?.metadata.uid !== g.uid), timeout);
    if (!ok && f.values.timeout > 0) {
      const left = gone.find((g) => store.get(g.q, g.ns, g.name)?.metadata.uid === g.uid)!;
      failures.push(new KubectlError(`timed out waiting for the condition on ${left.q}/${left.name}`));
    }
  }
  return reportErrors(k, failures);
}

export const del: Verb = {
  name: 'delete',
  short: 'Delete resources by file names, stdin, resources and names, or by resources and label selector',
  group: 'Basic Commands (Intermediate):',
  help: DELETE,
  flags: [
    FILENAME_FLAG,
    RECURSIVE_FLAG,
    SELECTOR_FLAG,
    ALL_NS_FLAG,
    DRY_RUN_FLAG,
    OUTPUT_FLAG,
    { name: 'all', type: 'bool', usage: 'Delete all resources, in the namespace of the specified resource types.' },
    { name: 'cascade', type: 'string', default: 'background', noOptDefVal: 'background', usage: 'Must be "background", "orphan", or "foreground".' },
    { name: 'grace-period', type: 'int', default: -1, usage: 'Period of time in seconds given to the resource to terminate gracefully.' },
    { name: 'force', type: 'bool', usage: 'If true, immediately remove resources from API and bypass graceful deletion.' },
    { name: 'now', type: 'bool', usage: 'If true, resources are signaled for immediate shutdown (same as --grace-period=1).' },
    { name: 'wait', type: 'bool', default: true, usage: 'If true, wait for resources to be gone before returning. This waits for finalizers.' },
    { name: 'timeout', type: 'duration', default: 0, usage: 'The length of time to wait before giving up on a delete, zero means determine a timeout from the size of the object' },
    { name: 'ignore-not-found', type: 'bool', usage: 'Treat "resource not found" as a successful delete.' },
    { name: 'field-selector', type: 'string', usage: 'Selector (field query) to filter on.' },
    { name: 'interactive', short: 'i', type: 'bool', usage: 'If true, delete resource only when user confirms.' },
    { name: 'raw', type: 'string', usage: 'Raw URI to DELETE to the server.' },
  ],
  run,
};
