// `kubectl get|describe -f FILE`: the objects a manifest names become `TYPE NAME` requests.

import { resolveResource } from '../../../api/resources.js';
import { readManifests } from '../manifest/read.js';
import { KubectlError, type KubectlContext } from '../types.js';
import type { ParsedArgs, ResourceRequest } from './resource-args.js';

export function manifestRequests(k: KubectlContext, filenames: string[], recursive: boolean): ParsedArgs & { namespaces: (string | undefined)[] } {
  const res = readManifests(k, filenames, recursive);
  if (res.errors.length) throw new KubectlError(res.errors.join('\n'));
  const requests: ResourceRequest[] = [];
  const namespaces: (string | undefined)[] = [];
  for (const { obj } of res.items) {
    const group = obj.apiVersion?.includes('/') ? obj.apiVersion.split('/')[0] : '';
    const rt = resolveResource(group ? `${obj.kind}.${group}` : obj.kind);
    if (!rt) throw new KubectlError(`resource mapping not found for name: "${obj.metadata?.name}" namespace: "${obj.metadata?.namespace ?? ''}" from "${filenames[0]}": no matches for kind "${obj.kind}" in version "${obj.apiVersion}"\nensure CRDs are installed first`);
    const last = requests[requests.length - 1];
    if (last && last.rt === rt) last.names.push(obj.metadata.name!);
    else requests.push({ rt, names: [obj.metadata.name!] });
    namespaces.push(obj.metadata.namespace);
  }
  const types = new Set(requests.map((r) => r.rt));
  return { requests, multipleTypes: types.size > 1, singleItem: res.items.length === 1, namespaces };
}
