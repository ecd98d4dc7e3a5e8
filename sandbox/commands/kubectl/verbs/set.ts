// `kubectl set image|env`: change a workload's containers (`deployment.apps/web image updated`).

import type { ParsedFlags } from '../flags.js';
import { deepEqual } from '../patch/merge.js';
import { KubectlError, type KubectlContext, type Verb } from '../types.js';
import { SET, SET_ENV, SET_IMAGE } from './help/set.js';
import { NO_RESOURCES, ALL_NS_FLAG, DRY_RUN_FLAG, FIELD_MANAGER_FLAG, FILENAME_FLAG, OUTPUT_FLAG, SELECTOR_FLAG, dryRunMode, outputFormat, printResult, reportErrors } from './util/common.js';
import { resolveTargets, type Target } from './util/targets.js';

/** The pod spec inside any workload (or the pod's own). */
function podSpecOf(obj: any): any {
  return obj.kind === 'Pod' ? obj.spec : obj.spec?.template?.spec;
}

function edit(k: KubectlContext, f: ParsedFlags, resources: string[], verb: string, change: (t: Target, spec: any) => void): number {
  const d = dryRunMode(f);
  const format = outputFormat(f);
  const { targets, errors } = resolveTargets(k, f, resources, { selectable: true, allNamespaces: f.values['all-namespaces'] });
  const failures = [...errors];
  for (const t of targets) {
    try {
      const next = structuredClone(t.obj);
      const spec = podSpecOf(next);
      if (!spec) throw new KubectlError(`${t.rt.kind.toLowerCase()}/${t.name} is not a workload with containers`);
      change(t, spec);
      // kubectl sends nothing and prints nothing when the patch would be empty.
      if (deepEqual(next, t.obj)) continue;
      const result = d === 'client' ? next : k.cluster.api.update(next, { dryRun: d === 'server' });
      printResult(k, result, t.rt, verb, format, d);
    } catch (e) {
      failures.push(e);
    }
  }
  k.cluster.reconcile();
  return reportErrors(k, failures);
}

const setImage: Verb = {
  name: 'image',
  short: 'Update the image of a pod template',
  help: SET_IMAGE,
  flags: [FILENAME_FLAG, SELECTOR_FLAG, ALL_NS_FLAG, DRY_RUN_FLAG, OUTPUT_FLAG, FIELD_MANAGER_FLAG, { name: 'all', type: 'bool', usage: 'Select all resources, in the namespace of the specified resource types' }, { name: 'local', type: 'bool', usage: 'If true, set image will NOT contact api-server but run locally.' }],
  run(k, f) {
    const pairs = f.args.filter((a) => a.includes('='));
    const resources = f.args.filter((a) => !a.includes('='));
    if (!resources.length && !f.values.filename.length) throw new KubectlError(NO_RESOURCES);
    if (!pairs.length) throw new KubectlError('at least one image update is required');
    const images = pairs.map((p) => [p.slice(0, p.indexOf('=')), p.slice(p.indexOf('=') + 1)] as const);
    return edit(k, f, resources, 'image updated', (_t, spec) => {
      for (const [name, image] of images) {
        const all = [...(spec.initContainers ?? []), ...spec.containers];
        const hits = name === '*' ? all : all.filter((c: any) => c.name === name);
        if (!hits.length) throw new KubectlError(`unable to find container named "${name}"`);
        for (const c of hits) c.image = image;
      }
    });
  },
};

const setEnv: Verb = {
  name: 'env',
  short: 'Update environment variables on a pod template',
  help: SET_ENV,
  flags: [FILENAME_FLAG, SELECTOR_FLAG, ALL_NS_FLAG, DRY_RUN_FLAG, OUTPUT_FLAG, FIELD_MANAGER_FLAG, { name: 'all', type: 'bool', usage: 'If true, select all resources in the namespace of the specified resource types' }, { name: 'containers', short: 'c', type: 'string', default: '*', usage: 'The names of containers in the selected pod templates to change - may use wildcards' }, { name: 'overwrite', type: 'bool', default: true, usage: 'If true, allow environment to be overwritten, otherwise reject updates that overwrite existing environment.' }],
  run(k, f) {
    const sets = f.args.filter((a) => a.includes('='));
    const removes = f.args.filter((a) => !a.includes('=') && a.endsWith('-') && !a.includes('/'));
    const resources = f.args.filter((a) => !sets.includes(a) && !removes.includes(a));
    if (!resources.length && !f.values.filename.length) throw new KubectlError(NO_RESOURCES);
    if (!sets.length && !removes.length) throw new KubectlError('at least one environment variable must be provided');
    const pattern = new RegExp('^' + String(f.values.containers).replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*') + '$');
    return edit(k, f, resources, 'env updated', (_t, spec) => {
      for (const c of spec.containers.filter((x: any) => pattern.test(x.name))) {
        const env: any[] = c.env ?? [];
        for (const s of sets) {
          const [n, v] = [s.slice(0, s.indexOf('=')), s.slice(s.indexOf('=') + 1)];
          const cur = env.find((e) => e.name === n);
          if (cur) {
            cur.value = v;
            delete cur.valueFrom;
          } else env.push({ name: n, value: v });
        }
        c.env = env.filter((e) => !removes.includes(`${e.name}-`));
        if (!c.env.length) delete c.env;
      }
    });
  },
};

export const set: Verb = {
  name: 'set',
  short: 'Set specific features on objects',
  group: 'Basic Commands (Intermediate):',
  help: SET,
  flags: [],
  subcommands: [setImage, setEnv],
};
