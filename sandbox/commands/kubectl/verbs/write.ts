// Write-side verbs: apply, create, expose, run, delete, label, annotate, scale, set, patch,
// rollout, edit, wait, exec, port-forward, cp, debug.

import type { VerbEntry } from '../types.js';

export const WRITE_VERBS: VerbEntry[] = [
  { name: 'create', load: () => import('./create.js').then((m) => m.create) },
  { name: 'apply', load: () => import('./apply.js').then((m) => m.apply) },
  { name: 'delete', load: () => import('./delete.js').then((m) => m.del) },
  { name: 'label', load: () => import('./label.js').then((m) => m.label) },
  { name: 'annotate', load: () => import('./annotate.js').then((m) => m.annotate) },
  { name: 'scale', load: () => import('./scale.js').then((m) => m.scale) },
  { name: 'patch', load: () => import('./patch.js').then((m) => m.patch) },
  { name: 'replace', load: () => import('./replace.js').then((m) => m.replace) },
];
