// `kubectl rollout status|restart|undo|history|pause|resume` for Deployments (and DaemonSets
// where kubectl supports them). status passes cluster time until the rollout completes.

import { resolveResource, type ResourceType } from '../../../api/resources.js';
import type { KubeObject } from '../../../api/types.js';
import { rfc3339 } from '../../../util/duration.js';
import type { FlagSpec, ParsedFlags } from '../flags.js';
import { KubectlError, type KubectlContext, type Verb } from '../types.js';
import { ROLLOUT, ROLLOUT_HISTORY, ROLLOUT_PAUSE, ROLLOUT_RESTART, ROLLOUT_RESUME, ROLLOUT_STATUS, ROLLOUT_UNDO } from './help/rollout.js';
import { DRY_RUN_FLAG, FILENAME_FLAG, OUTPUT_FLAG, SELECTOR_FLAG, dryRunMode, outputFormat, printResult, reportErrors } from './util/common.js';
import { rolloutStatus } from './util/rolloutstatus.js';
import { resolveTargets, type Target } from './util/targets.js';

const REVISION = 'deployment.kubernetes.io/revision';
const CHANGE_CAUSE = 'kubernetes.io/change-cause';
/** Without --timeout kubectl waits forever; the sandbox stops passing time after this. */
const STATUS_CAP_MS = 10 * 60 * 1000;

function targetsOf(k: KubectlContext, f: ParsedFlags): Target[] {
  if (!f.args.length && !f.values.filename?.length) throw new KubectlError('required resource not specified');
  const { targets, errors } = resolveTargets(k, f, f.args, { selectable: true });
  if (errors.length) throw errors[0];
  return targets;
}

function status(k: KubectlContext, f: ParsedFlags): number {
  const failures: unknown[] = [];
  for (const t of targetsOf(k, f)) {
    const get = () => k.cluster.api.get(t.rt, t.ns, t.name);
    let last = '';
    const step = (): boolean => {
      const st = rolloutStatus(get());
      if (st.message !== last) k.out(st.message);
      last = st.message;
      return st.done;
    };
    if (!f.values.watch) {
      step();
      continue;
    }
    const timeout: number = f.values.timeout > 0 ? f.values.timeout : STATUS_CAP_MS;
    let done = false;
    k.cluster.waitUntil(() => (done = step()), timeout);
    if (!done) failures.push(new KubectlError('timed out waiting for the condition'));
  }
  return reportErrors(k, failures);
}

/** ReplicaSets owned by a Deployment, by revision. */
function history(k: KubectlContext, d: KubeObject): Map<number, KubeObject> {
  const rsRt = resolveResource('replicasets')!;
  const out = new Map<number, KubeObject>();
  for (const rs of k.cluster.api.list(rsRt, d.metadata.namespace)) {
    if (!rs.metadata.ownerReferences?.some((r) => r.uid === d.metadata.uid)) continue;
    const rev = Number(rs.metadata.annotations?.[REVISION] ?? 0);
    out.set(rev, rs);
  }
  return new Map([...out.entries()].sort((a, b) => a[0] - b[0]));
}

function onlyDeployments(t: Target, what: string): void {
  if (t.rt.kind !== 'Deployment' && t.rt.kind !== 'DaemonSet' && t.rt.kind !== 'StatefulSet') throw new KubectlError(`no ${what} has been implemented for ${JSON.stringify({ Group: t.rt.group, Kind: t.rt.kind })}`);
}

/** Applies `change` to each target; a string result is printed instead of writing (a skip). */
function mutate(k: KubectlContext, f: ParsedFlags, verb: string, change: (t: Target, obj: KubeObject) => string | void): number {
  const d = dryRunMode(f);
  const format = outputFormat(f);
  const failures: unknown[] = [];
  for (const t of targetsOf(k, f)) {
    try {
      const next = structuredClone(t.obj);
      const skipped = change(t, next);
      if (skipped) {
        printResult(k, t.obj, t.rt, skipped, format, d);
        continue;
      }
      const result = d === 'client' ? next : k.cluster.api.update(next, { dryRun: d === 'server' });
      printResult(k, result, t.rt, verb, format, d);
    } catch (e) {
      failures.push(e);
    }
  }
  k.cluster.reconcile();
  return reportErrors(k, failures);
}

function prefix(rt: ResourceType): string {
  return rt.group ? `${rt.plural}.${rt.group}` : rt.plural;
}

const COMMON: FlagSpec[] = [FILENAME_FLAG, SELECTOR_FLAG];
const PRINT: FlagSpec[] = [DRY_RUN_FLAG, OUTPUT_FLAG];

export const rollout: Verb = {
  name: 'rollout',
  short: 'Manage the rollout of a resource',
  group: 'Deploy Commands:',
  help: ROLLOUT,
  flags: [],
  subcommands: [
    {
      name: 'status',
      short: 'Show the status of the rollout',
      help: ROLLOUT_STATUS,
      flags: [...COMMON, { name: 'watch', short: 'w', type: 'bool', default: true, usage: 'Watch the status of the rollout until it\'s done.' }, { name: 'timeout', type: 'duration', default: 0, usage: 'The length of time to wait before ending watch, zero means never.' }, { name: 'revision', type: 'int', default: 0, usage: 'Pin to a specific revision for showing its status.' }],
      run: status,
    },
    {
      name: 'restart',
      short: 'Restart a resource',
      help: ROLLOUT_RESTART,
      flags: [...COMMON, ...PRINT],
      run: (k, f) =>
        mutate(k, f, 'restarted', (t, o) => {
          onlyDeployments(t, 'restarter');
          if (o.spec?.paused) throw new KubectlError(`can't restart paused deployment (run rollout resume first)`);
          const tpl = (o.spec.template ??= {});
          tpl.metadata = { ...(tpl.metadata ?? {}), annotations: { ...(tpl.metadata?.annotations ?? {}), 'kubectl.kubernetes.io/restartedAt': rfc3339(k.cluster.now) } };
        }),
    },
    {
      name: 'pause',
      short: 'Mark the provided resource as paused',
      help: ROLLOUT_PAUSE,
      flags: [...COMMON, ...PRINT],
      run: (k, f) =>
        mutate(k, f, 'paused', (t, o) => {
          if (t.rt.kind !== 'Deployment') throw new KubectlError(`${prefix(t.rt)} "${t.name}" pausing is not supported`);
          if (o.spec?.paused) throw new KubectlError(`${prefix(t.rt)} "${t.name}" is already paused`);
          o.spec.paused = true;
        }),
    },
    {
      name: 'resume',
      short: 'Resume a paused resource',
      help: ROLLOUT_RESUME,
      flags: [...COMMON, ...PRINT],
      run: (k, f) =>
        mutate(k, f, 'resumed', (t, o) => {
          if (t.rt.kind !== 'Deployment') throw new KubectlError(`${prefix(t.rt)} "${t.name}" resuming is not supported`);
          if (!o.spec?.paused) throw new KubectlError(`${prefix(t.rt)} "${t.name}" is not paused`);
          delete o.spec.paused;
        }),
    },
    {
      name: 'history',
      short: 'View rollout history',
      help: ROLLOUT_HISTORY,
      flags: [...COMMON, { name: 'revision', type: 'int', default: 0, usage: 'See the details, including podTemplate of the revision specified' }],
      run(k, f) {
        for (const t of targetsOf(k, f)) {
          if (t.rt.kind !== 'Deployment') throw new KubectlError(`no history viewer has been implemented for ${JSON.stringify({ Group: t.rt.group, Kind: t.rt.kind })}`);
          const h = history(k, t.obj);
          if (f.values.revision > 0) {
            if (!h.has(f.values.revision)) throw new KubectlError(`unable to find the specified revision`);
            k.out(`deployment.apps/${t.name} with revision #${f.values.revision}\n`);
            continue;
          }
          const rows = [['REVISION', 'CHANGE-CAUSE'], ...[...h.entries()].map(([rev, rs]) => [String(rev), rs.metadata.annotations?.[CHANGE_CAUSE] || '<none>'])];
          const w = Math.max(...rows.map((r) => r[0]!.length)) + 2;
          k.out(`deployment.apps/${t.name} \n${rows.map((r) => r[0]!.padEnd(w) + r[1]).join('\n')}\n\n`);
        }
        return 0;
      },
    },
    {
      name: 'undo',
      short: 'Undo a previous rollout',
      help: ROLLOUT_UNDO,
      flags: [...COMMON, ...PRINT, { name: 'to-revision', type: 'int', default: 0, usage: 'The revision to rollback to. Default to 0 (last revision).' }],
      run: (k, f) =>
        mutate(k, f, 'rolled back', (t, o) => {
          if (t.rt.kind !== 'Deployment') throw new KubectlError(`no rollbacker has been implemented for ${JSON.stringify({ Group: t.rt.group, Kind: t.rt.kind })}`);
          const h = history(k, o);
          const revs = [...h.keys()];
          const want: number = f.values['to-revision'];
          let rs: KubeObject | undefined;
          if (want > 0) {
            rs = h.get(want);
            if (!rs) throw new KubectlError(`unable to find specified revision ${want} in history`);
          } else {
            if (revs.length < 2) throw new KubectlError(`no rollout history found for deployment "${t.name}"`);
            rs = h.get(revs[revs.length - 2]!);
          }
          const tpl = structuredClone(rs!.spec.template);
          if (tpl.metadata?.labels) delete tpl.metadata.labels['pod-template-hash'];
          if (JSON.stringify(tpl) === JSON.stringify(o.spec.template)) return `skipped rollback (current template already matches revision ${want || revs[revs.length - 2]})`;
          o.spec.template = tpl;
          return undefined;
        }),
    },
  ],
};
