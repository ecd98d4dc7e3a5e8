// `kubectl describe`: one object, every object of a type, a name prefix, or a label selector,
// printed by the per-kind describers, as kubectl v1.34 does.

import { StatusError } from '../../../api/errors.js';
import type { KubeObject } from '../../../api/types.js';
import { describeObject } from '../describe/index.js';
import type { FlagSpec, ParsedFlags } from '../flags.js';
import { KubectlError, type KubectlContext, type Verb } from '../types.js';
import { help } from './help/describe.js';
import { manifestRequests } from './manifest-args.js';
import { ENDPOINTS_WARNING, listObjects, parseResourceArgs } from './resource-args.js';

const FLAGS: FlagSpec[] = [
  { name: 'all-namespaces', short: 'A', type: 'bool', usage: 'If present, list the requested object(s) across all namespaces.' },
  { name: 'chunk-size', type: 'int', default: 500, usage: 'Return large lists in chunks rather than all at once.' },
  { name: 'filename', short: 'f', type: 'stringSlice', usage: 'Filename, directory, or URL to files containing the resource to describe' },
  { name: 'kustomize', short: 'k', type: 'string', usage: 'Process the kustomization directory.' },
  { name: 'recursive', short: 'R', type: 'bool', usage: 'Process the directory used in -f, --filename recursively.' },
  { name: 'selector', short: 'l', type: 'string', usage: 'Selector (label query) to filter on.' },
  { name: 'show-events', type: 'bool', default: true, usage: 'If true, display events related to the described object.' },
];

async function run(k: KubectlContext, f: ParsedFlags): Promise<number> {
  const v = f.values;
  const filenames: string[] = v.filename ?? [];
  if (!f.args.length && !filenames.length)
    throw new KubectlError('You must specify the type of resource to describe. Use "kubectl api-resources" for a complete list of supported resources.');
  const allNs = !!v['all-namespaces'];
  const parsed = filenames.length ? manifestRequests(k, filenames, !!v.recursive) : parseResourceArgs(f.args, 'describe');
  if (parsed.requests.some((r) => r.rt.kind === 'Endpoints')) k.err(ENDPOINTS_WARNING);
  const showEvents = v['show-events'] !== false;
  const c = k.cluster;

  const objs: KubeObject[] = [];
  const errors: StatusError[] = [];
  for (const req of parsed.requests) {
    const ns = req.rt.namespaced ? (allNs ? undefined : k.namespace) : undefined;
    if (!req.names.length) {
      objs.push(...listObjects(k, req.rt, { namespace: ns, labelText: v.selector }));
      continue;
    }
    for (const name of req.names) {
      try {
        objs.push(c.api.get(req.rt, ns ?? k.namespace, name));
      } catch (e) {
        if (!(e instanceof StatusError)) throw e;
        errors.push(e);
      }
    }
  }

  // `describe TYPE NAME` falls back to every object whose name starts with NAME.
  if (errors.length === 1 && errors[0]!.reason === 'NotFound' && f.args.length === 2 && !f.args[0]!.includes(',') && !filenames.length) {
    const req = parsed.requests[0]!;
    const prefix = f.args[1]!;
    const matches = listObjects(k, req.rt, { namespace: req.rt.namespaced ? (allNs ? undefined : k.namespace) : undefined }).filter((o) =>
      o.metadata.name!.startsWith(prefix),
    );
    if (!matches.length) throw errors[0];
    for (const o of matches) k.out(describeObject(c, o, showEvents) + '\n');
    return 0;
  }

  objs.forEach((o, i) => k.out((i ? '\n\n' : '') + describeObject(c, o, showEvents)));
  if (!objs.length && !errors.length) k.err(allNs ? 'No resources found\n' : `No resources found in ${k.namespace} namespace.\n`);
  for (const e of errors) k.err(`Error from server (${e.reason}): ${e.message}\n`);
  return errors.length ? 1 : 0;
}

export const describe: Verb = {
  name: 'describe',
  short: 'Show details of a specific resource or group of resources',
  group: 'Troubleshooting and Debugging Commands:',
  help,
  flags: FLAGS,
  run,
};
