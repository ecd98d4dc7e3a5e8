// Write-side verbs: apply, create, expose, run, delete, label, annotate, scale, set, patch,
// rollout, edit, wait, exec, port-forward, cp, debug.

import type { VerbEntry } from '../types.js';

export const WRITE_VERBS: VerbEntry[] = [
  { name: 'apply', load: () => import('./apply.js').then((m) => m.apply) },
  { name: 'create', load: () => import('./create.js').then((m) => m.create) },
];
