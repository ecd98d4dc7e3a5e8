// `kubectl replace -f FILE`: a full PUT of each object (`pod/web replaced`); --force deletes and
// re-creates it.

import { StatusError } from '../../../api/errors.js';
import type { ParsedFlags } from '../flags.js';
import { readManifests } from '../manifest/read.js';
import { KubectlError, type KubectlContext, type Verb } from '../types.js';
import { mappingError } from './apply.js';
import { REPLACE } from './help/replace.js';
import { DRY_RUN_FLAG, FIELD_MANAGER_FLAG, FILENAME_FLAG, OUTPUT_FLAG, RECURSIVE_FLAG, SAVE_CONFIG_FLAG, VALIDATE_FLAG, dryRunMode, namespaceFor, outputFormat, printResult, reportErrors, withSource } from './util/common.js';
import { withLastApplied } from './util/lastapplied.js';

function run(k: KubectlContext, f: ParsedFlags): number {
  const d = dryRunMode(f);
  const format = outputFormat(f);
  if (!f.values.filename.length) throw new KubectlError('must specify one of -f and -k');
  const { items, errors } = readManifests(k, f.values.filename, f.values.recursive, !['false', 'ignore'].includes(f.values.validate));
  const failures: unknown[] = errors.map((m) => new KubectlError(m));
  const api = k.cluster.api;
  for (const { obj: input, source } of items) {
    try {
      let rt;
      try {
        rt = api.typeOf(input);
      } catch (e) {
        if (e instanceof StatusError) throw mappingError(input, source, e);
        throw e;
      }
      let obj = structuredClone(input);
      const ns = namespaceFor(k, obj, rt);
      if (ns) obj.metadata.namespace = ns;
      if (f.values['save-config']) obj = withLastApplied(obj);
      if (f.values.force) {
        try {
          api.delete(rt, ns, obj.metadata.name ?? '', { gracePeriodSeconds: 0 });
          k.out(`${rt.group ? `${rt.kind.toLowerCase()}.${rt.group}` : rt.kind.toLowerCase()} "${obj.metadata.name}" deleted\n`);
        } catch (e) {
          if (!(e instanceof StatusError && e.reason === 'NotFound')) throw e;
        }
        const created = d === 'client' ? obj : api.create(obj, { dryRun: d === 'server' });
        printResult(k, created, rt, 'replaced', format, d);
        continue;
      }
      let result = obj;
      if (d !== 'client') {
        try {
          result = api.update(obj, { dryRun: d === 'server' });
        } catch (e) {
          throw withSource(e, 'replacing', source);
        }
      }
      printResult(k, result, rt, 'replaced', format, d);
    } catch (e) {
      if (!(e instanceof StatusError) && !(e instanceof KubectlError)) throw e;
      failures.push(e);
    }
  }
  k.cluster.reconcile();
  return reportErrors(k, failures);
}

export const replace: Verb = {
  name: 'replace',
  short: 'Replace a resource by file name or stdin',
  group: 'Advanced Commands:',
  help: REPLACE,
  flags: [
    FILENAME_FLAG,
    RECURSIVE_FLAG,
    DRY_RUN_FLAG,
    OUTPUT_FLAG,
    SAVE_CONFIG_FLAG,
    VALIDATE_FLAG,
    FIELD_MANAGER_FLAG,
    { name: 'force', type: 'bool', usage: 'If true, immediately remove resources from API and bypass graceful deletion.' },
    { name: 'grace-period', type: 'int', default: -1, usage: 'Period of time in seconds given to the resource to terminate gracefully.' },
    { name: 'wait', type: 'bool', usage: 'If true, wait for resources to be gone before returning.' },
    { name: 'timeout', type: 'duration', default: 0, usage: 'The length of time to wait before giving up on a delete.' },
  ],
  run,
};
