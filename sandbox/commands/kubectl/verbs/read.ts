// Read-side verbs: get, describe, explain, api-resources, api-versions, version, cluster-info,
// config, events, top.

import type { VerbEntry } from '../types.js';

export const READ_VERBS: VerbEntry[] = [
  { name: 'get', load: () => import('./get.js').then((m) => m.get) },
  { name: 'describe', load: () => import('./describe.js').then((m) => m.describe) },
  { name: 'explain', load: () => import('./explain.js').then((m) => m.explain) },
  { name: 'events', load: () => import('./events.js').then((m) => m.events) },
  { name: 'api-resources', load: () => import('./api-resources.js').then((m) => m.apiResources) },
  { name: 'api-versions', load: () => import('./api-versions.js').then((m) => m.apiVersions) },
  { name: 'version', load: () => import('./version.js').then((m) => m.version) },
  { name: 'cluster-info', load: () => import('./cluster-info.js').then((m) => m.clusterInfo) },
  { name: 'config', load: () => import('./config.js').then((m) => m.config) },
  { name: 'top', load: () => import('./top.js').then((m) => m.top) },
];
