// Read-side verbs: get, describe, explain, api-resources, api-versions, version, cluster-info,
// config, events.

import type { VerbEntry } from '../types.js';

export const READ_VERBS: VerbEntry[] = [
  { name: 'get', load: () => import('./get.js').then((m) => m.get) },
  { name: 'describe', load: () => import('./describe.js').then((m) => m.describe) },
];
