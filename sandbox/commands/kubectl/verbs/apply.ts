// `kubectl apply -f`: client-side apply with the last-applied annotation and a three-way
// strategic merge, so fields dropped from the file are removed and fields set by the server or
// controllers survive. Each document is handled on its own; errors are reported at the end.

import { StatusError } from '../../../api/errors.js';
import type { ResourceType } from '../../../api/resources.js';
import type { KubeObject } from '../../../api/types.js';
import type { ParsedFlags } from '../flags.js';
import { readManifests } from '../manifest/read.js';
import { applyStrategicPatch, threeWayPatch } from '../patch/strategic.js';
import { KubectlError, type KubectlContext, type Verb } from '../types.js';
import { applyViewLastApplied } from './apply-view.js';
import { APPLY } from './help/apply.js';
import { DRY_RUN_FLAG, FIELD_MANAGER_FLAG, FILENAME_FLAG, OUTPUT_FLAG, RECURSIVE_FLAG, SELECTOR_FLAG, VALIDATE_FLAG, dryRunMode, namespaceFor, outputFormat, printResult, reportErrors, withSource, type DryRun } from './util/common.js';
import { compactJson, LAST_APPLIED, lastApplied, withLastApplied } from './util/lastapplied.js';
import { checkPruneFlags, prune } from './util/prune.js';

/** The builder's error when a document's kind is not served. */
export function mappingError(obj: KubeObject, source: string, e: StatusError): KubectlError {
  return new KubectlError(`resource mapping not found for name: "${obj.metadata?.name ?? ''}" namespace: "${obj.metadata?.namespace ?? ''}" from "${source}": ${e.message}\nensure CRDs are installed first`);
}

function typeOf(k: KubectlContext, obj: KubeObject, source: string): ResourceType {
  try {
    return k.cluster.api.typeOf(obj);
  } catch (e) {
    if (e instanceof StatusError) throw mappingError(obj, source, e);
    throw e;
  }
}

function patchError(rt: ResourceType, obj: KubeObject, patch: unknown, source: string, e: unknown): unknown {
  if (!(e instanceof StatusError) || (e.reason === 'Invalid' && e.details.causes?.length)) return e;
  return new StatusError(
    e.reason,
    `error when applying patch:\n${compactJson(patch)}\n\nto:\n${resourceLine(rt)}\nName: "${obj.metadata.name}", Namespace: "${obj.metadata.namespace ?? ''}"\nfor: "${source}": error when patching "${source}": ${e.message}`,
    e.details,
  );
}

/** `Resource: "apps/v1, Resource=deployments", GroupVersionKind: "apps/v1, Kind=Deployment"` (Go's GVR/GVK strings: `/v1` for the core group). */
function resourceLine(rt: ResourceType): string {
  const gv = `${rt.group}/${rt.version}`;
  return `Resource: "${gv}, Resource=${rt.plural}", GroupVersionKind: "${gv}, Kind=${rt.kind}"`;
}

/** Applies one object; returns it as applied (for --prune). */
function applyOne(k: KubectlContext, input: KubeObject, source: string, d: DryRun, format: string, serverSide: boolean): KubeObject {
  const rt = typeOf(k, input, source);
  const obj = structuredClone(input);
  const ns = namespaceFor(k, obj, rt);
  if (ns) obj.metadata.namespace = ns;
  if (!obj.metadata.name && obj.metadata.generateName) throw new KubectlError(`from ${source}: cannot use generate name with apply`);
  if (!obj.metadata.name) throw new KubectlError(`error when retrieving current configuration of:\n${resourceLine(rt)}\nName: "", Namespace: "${ns ?? ''}"\nfrom server for: "${source}": resource name may not be empty`);
  const modified = serverSide ? obj : withLastApplied(obj);
  const api = k.cluster.api;
  const current = api.tryGet(rt, ns, obj.metadata.name);
  if (!current) {
    let created = modified;
    if (d !== 'client') {
      try {
        created = api.create(modified, { dryRun: d === 'server' });
      } catch (e) {
        throw withSource(e, 'creating', source);
      }
    }
    printResult(k, created, rt, serverSide ? 'serverside-applied' : 'created', format, d);
    return obj;
  }
  if (!serverSide && !current.metadata.annotations?.[LAST_APPLIED] && d === 'none')
    k.err(
      `Warning: resource ${rt.group ? `${rt.plural}.${rt.group}` : rt.plural}/${obj.metadata.name} is missing the ${LAST_APPLIED} annotation which is required by kubectl apply. kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. The missing annotation will be patched automatically.\n`,
    );
  const patch = threeWayPatch(serverSide ? undefined : lastApplied(current), modified, current);
  if (!Object.keys(patch).length) {
    printResult(k, current, rt, serverSide ? 'serverside-applied' : 'unchanged', format, d);
    return obj;
  }
  const merged = applyStrategicPatch(current, patch) as KubeObject;
  let result = merged;
  if (d !== 'client') {
    try {
      result = api.update(merged, { dryRun: d === 'server' });
    } catch (e) {
      throw patchError(rt, current, patch, source, e);
    }
  }
  printResult(k, result, rt, serverSide ? 'serverside-applied' : 'configured', format, d);
  return obj;
}

async function run(k: KubectlContext, f: ParsedFlags): Promise<number> {
  const d = dryRunMode(f);
  const format = outputFormat(f);
  const filenames: string[] = f.values.filename;
  if (f.args.length) throw new KubectlError(`Unexpected args: [${f.args.join(' ')}]\nSee '${k.commandPath} -h' for help and examples`);
  if (!filenames.length && !f.values.kustomize) throw new KubectlError(`must specify one of -f and -k`);
  if (f.values.kustomize) throw new KubectlError(`kustomize is not supported in this sandbox`);
  checkPruneFlags(f);
  const { items, errors } = readManifests(k, filenames, f.values.recursive, !['false', 'ignore'].includes(f.values.validate));
  const failures: unknown[] = [...errors.map((m) => new KubectlError(m))];
  if (!items.length && !failures.length) throw new KubectlError('no objects passed to apply');
  const applied: KubeObject[] = [];
  const namespaces = new Set<string>();
  for (const { obj, source } of items) {
    try {
      const done = applyOne(k, obj, source, d, format, f.values['server-side']);
      applied.push(done);
      if (done.metadata.namespace) namespaces.add(done.metadata.namespace);
    } catch (e) {
      if (!(e instanceof StatusError) && !(e instanceof KubectlError)) throw e;
      failures.push(e);
    }
  }
  // kubectl prunes only when every object applied cleanly.
  if (f.values.prune && !failures.length) prune(k, f, applied, namespaces.size ? namespaces : new Set([k.namespace]), d);
  k.cluster.reconcile();
  return reportErrors(k, failures);
}

export const apply: Verb = {
  name: 'apply',
  short: 'Apply a configuration to a resource by file name or stdin',
  group: 'Advanced Commands:',
  help: APPLY,
  subcommands: [applyViewLastApplied],
  flags: [
    FILENAME_FLAG,
    RECURSIVE_FLAG,
    DRY_RUN_FLAG,
    OUTPUT_FLAG,
    SELECTOR_FLAG,
    VALIDATE_FLAG,
    FIELD_MANAGER_FLAG,
    { name: 'kustomize', short: 'k', type: 'string', usage: 'Process a kustomization directory.' },
    { name: 'server-side', type: 'bool', usage: 'If true, apply runs in the server instead of the client.' },
    { name: 'force-conflicts', type: 'bool', usage: 'If true, server-side apply will force the changes against conflicts.' },
    { name: 'prune', type: 'bool', usage: 'Automatically delete resource objects that do not appear in the configs and are created by either apply or create --save-config. Should be used with either -l or --all.' },
    { name: 'all', type: 'bool', usage: 'Select all resources in the namespace of the specified resource types.' },
    { name: 'overwrite', type: 'bool', default: true, usage: 'Automatically resolve conflicts between the modified and live configuration.' },
    { name: 'force', type: 'bool', usage: 'If true, immediately remove resources from API and bypass graceful deletion.' },
    { name: 'wait', type: 'bool', usage: 'If true, wait for resources to be gone before returning.' },
    { name: 'show-managed-fields', type: 'bool', usage: 'If true, keep the managedFields when printing objects in JSON or YAML format.' },
  ],
  run,
};
