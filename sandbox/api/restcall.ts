// What a client sees of one API call (method, REST path, status): kubectl's `-v=6..8` log.

import type { ListOptions } from './server.js';
import type { ResourceType } from './resources.js';

/** One REST call, as a client would see it: for kubectl's `-v=6..8` request logging. */
export interface ApiCall {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** `/api/v1/namespaces/default/pods/web`, `/apis/apps/v1/deployments` (no query). */
  path: string;
  status: number;
  /** What the server answered: the object, a list, or a Status for errors. */
  body?: unknown;
  list?: ListOptions;
  dryRun?: boolean;
}

/** The REST path of a resource (collection when name is undefined). */
export function restPath(rt: ResourceType, ns: string | undefined, name?: string): string {
  const base = rt.group ? `/apis/${rt.group}/${rt.version}` : `/api/${rt.version}`;
  const nsPart = rt.namespaced && ns ? `/namespaces/${ns}` : '';
  return `${base}${nsPart}/${rt.plural}${name !== undefined ? `/${name}` : ''}`;
}
