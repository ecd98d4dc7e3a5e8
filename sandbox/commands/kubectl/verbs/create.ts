// `kubectl create -f FILE` and the `create <generator>` subcommands.

import { StatusError } from '../../../api/errors.js';
import type { ParsedFlags } from '../flags.js';
import { readManifests } from '../manifest/read.js';
import { KubectlError, type KubectlContext, type Verb } from '../types.js';
import { mappingError } from './apply.js';
import { createConfigMap, createSecret } from './create-data.js';
import { createDeployment } from './create-deployment.js';
import { createIngress } from './create-ingress.js';
import { createService } from './create-service.js';
import { createNamespace, createServiceAccount } from './create-simple.js';
import { CREATE } from './help/create.js';
import { DRY_RUN_FLAG, FIELD_MANAGER_FLAG, FILENAME_FLAG, OUTPUT_FLAG, RECURSIVE_FLAG, SAVE_CONFIG_FLAG, SELECTOR_FLAG, VALIDATE_FLAG, dryRunMode, namespaceFor, outputFormat, printResult, reportErrors, withSource } from './util/common.js';
import { withLastApplied } from './util/lastapplied.js';

function run(k: KubectlContext, f: ParsedFlags): number {
  const d = dryRunMode(f);
  const format = outputFormat(f);
  const filenames: string[] = f.values.filename;
  if (!filenames.length) {
    if (f.args.length) throw new KubectlError(`Unexpected args: [${f.args.join(' ')}]`, 1, true);
    throw new KubectlError(`must specify one of -f and -k`);
  }
  const { items, errors } = readManifests(k, filenames, f.values.recursive, !['false', 'ignore'].includes(f.values.validate));
  const failures: unknown[] = errors.map((m) => new KubectlError(m));
  for (const { obj: input, source } of items) {
    try {
      let rt;
      try {
        rt = k.cluster.api.typeOf(input);
      } catch (e) {
        if (e instanceof StatusError) throw mappingError(input, source, e);
        throw e;
      }
      let obj = structuredClone(input);
      const ns = namespaceFor(k, obj, rt);
      if (ns) obj.metadata.namespace = ns;
      if (f.values['save-config']) obj = withLastApplied(obj);
      if (d !== 'client') {
        try {
          obj = k.cluster.api.create(obj, { dryRun: d === 'server' });
        } catch (e) {
          throw withSource(e, 'creating', source);
        }
      }
      printResult(k, obj, rt, 'created', format, d);
    } catch (e) {
      if (!(e instanceof StatusError) && !(e instanceof KubectlError)) throw e;
      failures.push(e);
    }
  }
  k.cluster.reconcile();
  return reportErrors(k, failures);
}

export const create: Verb = {
  name: 'create',
  short: 'Create a resource from a file or from stdin',
  group: 'Basic Commands (Beginner):',
  help: CREATE,
  flags: [FILENAME_FLAG, RECURSIVE_FLAG, DRY_RUN_FLAG, OUTPUT_FLAG, SAVE_CONFIG_FLAG, SELECTOR_FLAG, VALIDATE_FLAG, FIELD_MANAGER_FLAG, { name: 'edit', type: 'bool', usage: 'Edit the API resource before creating' }, { name: 'raw', type: 'string', usage: 'Raw URI to POST to the server.' }],
  subcommands: [createConfigMap, createDeployment, createIngress, createNamespace, createSecret, createService, createServiceAccount],
  run,
};
