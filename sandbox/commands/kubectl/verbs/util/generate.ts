// The tail every `kubectl create <generator>` shares: namespace, --save-config, dry runs,
// printing, and the generator's own "failed to create" wording for API errors.

import { StatusError } from '../../../../api/errors.js';
import { resourceForKind } from '../../../../api/resources.js';
import type { KubeObject } from '../../../../api/types.js';
import { pad2 } from './klog.js';
import type { ParsedFlags } from '../../flags.js';
import { KubectlError, type KubectlContext } from '../../types.js';
import { dryRunMode, outputFormat, printResult, statusText } from './common.js';
import { withLastApplied } from './lastapplied.js';

/**
 * Creates (or prints, for --dry-run=client) a generated object. `failWording` is how the
 * generator wraps API errors (`failed to create deployment: `); undefined passes them through.
 */
export function finishCreate(k: KubectlContext, f: ParsedFlags, obj: KubeObject, failWording?: (e: StatusError) => string): number {
  const d = dryRunMode(f);
  const format = outputFormat(f);
  const rt = resourceForKind(obj.kind)!;
  if (rt.namespaced && k.namespaceExplicit) obj.metadata = { ...obj.metadata, namespace: k.namespace };
  let out = f.values['save-config'] ? withLastApplied(obj) : obj;
  if (d === 'client') {
    printResult(k, out, rt, 'created', format, d, true);
    return 0;
  }
  try {
    const toCreate = structuredClone(out);
    if (rt.namespaced) toCreate.metadata.namespace ??= k.namespace;
    out = k.cluster.api.create(toCreate, { dryRun: d === 'server' });
  } catch (e) {
    if (e instanceof StatusError && failWording) throw new KubectlError(failWording(e));
    throw e;
  }
  if (d === 'none') k.cluster.reconcile();
  printResult(k, out, rt, 'created', format, d);
  return 0;
}

/** `exactly one NAME is required, got N` (a usage error). */
export function oneName(f: ParsedFlags): string {
  if (f.args.length !== 1) throw new KubectlError(`exactly one NAME is required, got ${f.args.length}`, 1, true);
  return f.args[0]!;
}

/** cobra's required-flag failure, which kubectl logs through klog before exiting 1. */
export function requireFlag(k: KubectlContext, f: ParsedFlags, name: string): boolean {
  if (f.changed.has(name)) return true;
  const t = new Date(k.cluster.now);
  const stamp = `${pad2(t.getUTCMonth() + 1)}${pad2(t.getUTCDate())} ${pad2(t.getUTCHours())}:${pad2(t.getUTCMinutes())}:${pad2(t.getUTCSeconds())}.${String(t.getUTCMilliseconds() * 1000).padStart(6, '0')}`;
  k.err(`E${stamp}   12345 run.go:72] "command failed" err="required flag(s) \\"${name}\\" not set"\n`);
  return false;
}

/** API errors as the generators print them after their prefix (`… "web" already exists`). */
export function plainMessage(e: StatusError): string {
  return e.reason === 'Invalid' ? statusText(e) : e.message;
}
