// `kubectl drain NODE`: cordon, then evict the node's pods with kubectl's filters (DaemonSet
// pods, pods without a controller, emptyDir data), waiting on the cluster clock until they are gone.

import { parseSelector } from '../../../api/labels.js';
import { resolveResource } from '../../../api/resources.js';
import type { KubeObject } from '../../../api/types.js';
import type { ParsedFlags } from '../flags.js';
import { KubectlError, type KubectlContext, type Verb } from '../types.js';
import { DRAIN } from './help/drain.js';
import { DRY_RUN_FLAG, SELECTOR_FLAG, drySuffix, dryRunMode } from './util/common.js';

const MIRROR = 'kubernetes.io/config.mirror';
/** Without --timeout kubectl waits forever; the sandbox stops passing time after this. */
const CAP_MS = 10 * 60 * 1000;

interface Filtered {
  evict: KubeObject[];
  warnings: string[];
  errors: string[];
}

const ref = (p: KubeObject) => `${p.metadata.namespace}/${p.metadata.name}`;

/** drain's pod filters, in kubectl's order, collecting its warnings and fatal errors. */
function filterPods(pods: KubeObject[], f: ParsedFlags): Filtered {
  const groups = { dsFatal: [] as string[], dsWarn: [] as string[], unmanagedFatal: [] as string[], unmanagedWarn: [] as string[], localFatal: [] as string[], localWarn: [] as string[] };
  const evict: KubeObject[] = [];
  for (const p of pods) {
    if (p.metadata.annotations?.[MIRROR]) continue;
    const done = p.status?.phase === 'Succeeded' || p.status?.phase === 'Failed';
    const owner = p.metadata.ownerReferences?.find((o) => o.controller);
    if (owner?.kind === 'DaemonSet' && !done) {
      (f.values['ignore-daemonsets'] ? groups.dsWarn : groups.dsFatal).push(ref(p));
      continue;
    }
    let ok = true;
    if (!owner && !done) {
      if (f.values.force) groups.unmanagedWarn.push(ref(p));
      else {
        groups.unmanagedFatal.push(ref(p));
        ok = false;
      }
    }
    if ((p.spec?.volumes ?? []).some((v: any) => v.emptyDir) && !done) {
      if (f.values['delete-emptydir-data']) groups.localWarn.push(ref(p));
      else {
        groups.localFatal.push(ref(p));
        ok = false;
      }
    }
    if (ok) evict.push(p);
  }
  const line = (msg: string, names: string[]) => (names.length ? [`${msg}: ${names.join(', ')}`] : []);
  return {
    evict,
    errors: [
      ...line('cannot delete DaemonSet-managed Pods (use --ignore-daemonsets to ignore)', groups.dsFatal),
      ...line('cannot delete Pods that declare no controller (use --force to override)', groups.unmanagedFatal),
      ...line('cannot delete Pods with local storage (use --delete-emptydir-data to override)', groups.localFatal),
    ],
    warnings: [...line('ignoring DaemonSet-managed Pods', groups.dsWarn), ...line('deleting Pods that declare no controller', groups.unmanagedWarn), ...line('deleting Pods with local storage', groups.localWarn)],
  };
}

function run(k: KubectlContext, f: ParsedFlags): number {
  const d = dryRunMode(f);
  if (f.args.length !== 1) throw new KubectlError('USAGE: drain NODE [flags]', 1, true);
  const api = k.cluster.api;
  const nodeRt = resolveResource('nodes')!;
  const podRt = resolveResource('pods')!;
  const nodeName = f.args[0]!.replace(/^(node|nodes|no)\//, '');
  const node = api.get(nodeRt, undefined, nodeName);
  if (node.spec?.unschedulable) k.out(`node/${nodeName} already cordoned${drySuffix(d)}\n`);
  else {
    if (d !== 'client') api.update({ ...node, spec: { ...(node.spec ?? {}), unschedulable: true } }, { dryRun: d === 'server' });
    k.out(`node/${nodeName} cordoned${drySuffix(d)}\n`);
  }
  const selector = f.values['pod-selector'] ? parseSelector(f.values['pod-selector']) : undefined;
  const pods = api.list(podRt, undefined, { labelSelector: selector }).filter((p) => p.spec?.nodeName === nodeName && !p.metadata.deletionTimestamp);
  const { evict, warnings, errors } = filterPods(pods, f);
  if (errors.length) {
    const joined = errors.length === 1 ? errors[0] : `[${errors.join(', ')}]`;
    k.err(`error: unable to drain node "${nodeName}" due to error: ${joined}, continuing command...\nThere are pending nodes to be drained:\n ${nodeName}\n${errors.join('\n')}\n`);
    return 1;
  }
  for (const w of warnings) k.err(`Warning: ${w}\n`);
  if (d === 'client') {
    for (const p of evict) k.out(`pod/${p.metadata.name} evicted (dry run)\n`);
    k.out(`node/${nodeName} drained (dry run)\n`);
    return 0;
  }
  const grace: number = f.values['grace-period'];
  for (const p of evict) {
    k.out(`evicting pod ${ref(p)}${d === 'server' ? ' (server dry run)' : ''}\n`);
    api.delete(podRt, p.metadata.namespace, p.metadata.name!, { dryRun: d === 'server', gracePeriodSeconds: grace >= 0 ? grace : undefined });
  }
  if (d === 'server') {
    k.out(`node/${nodeName} drained (server dry run)\n`);
    return 0;
  }
  const pending = new Map(evict.map((p) => [p.metadata.uid!, p]));
  const gone = (p: KubeObject) => k.cluster.store.get('pods', p.metadata.namespace, p.metadata.name!)?.metadata.uid !== p.metadata.uid;
  const report = () => {
    for (const [uid, p] of pending)
      if (gone(p)) {
        k.out(`pod/${p.metadata.name} evicted\n`);
        pending.delete(uid);
      }
    return pending.size === 0;
  };
  const timeout: number = f.values.timeout > 0 ? f.values.timeout : CAP_MS;
  if (!k.cluster.waitUntil(report, timeout)) {
    const left = [...pending.values()][0]!;
    k.err(`error: unable to drain node "${nodeName}" due to error: error when waiting for pod "${left.metadata.name}" in namespace "${left.metadata.namespace}" to terminate: global timeout reached: ${Math.round(timeout / 1000)}s, continuing command...\nThere are pending nodes to be drained:\n ${nodeName}\nerror when waiting for pod "${left.metadata.name}" in namespace "${left.metadata.namespace}" to terminate: global timeout reached: ${Math.round(timeout / 1000)}s\n`);
    return 1;
  }
  k.out(`node/${nodeName} drained\n`);
  return 0;
}

export const drain: Verb = {
  name: 'drain',
  short: 'Drain node in preparation for maintenance',
  group: 'Cluster Management Commands:',
  help: DRAIN,
  flags: [
    { name: 'ignore-daemonsets', type: 'bool', usage: 'Ignore DaemonSet-managed pods.' },
    { name: 'delete-emptydir-data', type: 'bool', usage: 'Continue even if there are pods using emptyDir (local data that will be deleted when the node is drained).' },
    { name: 'force', type: 'bool', usage: 'Continue even if there are pods that do not declare a controller.' },
    { name: 'grace-period', type: 'int', default: -1, usage: 'Period of time in seconds given to each pod to terminate gracefully. If negative, the default value specified in the pod will be used.' },
    { name: 'timeout', type: 'duration', default: 0, usage: 'The length of time to wait before giving up, zero means infinite' },
    { name: 'pod-selector', type: 'string', usage: 'Label selector to filter pods on the node' },
    { name: 'disable-eviction', type: 'bool', usage: 'Force drain to use delete, even if eviction is supported.' },
    { name: 'skip-wait-for-delete-timeout', type: 'int', default: 0, usage: 'If pod DeletionTimestamp older than N seconds, skip waiting for the pod.' },
    { name: 'chunk-size', type: 'int', default: 500, usage: 'Return large lists in chunks rather than all at once.' },
    SELECTOR_FLAG,
    DRY_RUN_FLAG,
  ],
  run,
};
