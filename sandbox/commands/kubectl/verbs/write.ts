// Write-side verbs: diff, apply, create, expose, run, delete, label, annotate, scale, set, patch,
// rollout, edit, wait, exec, attach, logs, debug, cordon, uncordon, drain, taint, port-forward, cp.

import type { VerbEntry } from '../types.js';

export const WRITE_VERBS: VerbEntry[] = [
  { name: 'create', load: () => import('./create.js').then((m) => m.create) },
  { name: 'expose', load: () => import('./expose.js').then((m) => m.expose) },
  { name: 'run', load: () => import('./run.js').then((m) => m.runVerb) },
  { name: 'set', load: () => import('./set.js').then((m) => m.set) },
  { name: 'edit', load: () => import('./edit.js').then((m) => m.edit) },
  { name: 'delete', load: () => import('./delete.js').then((m) => m.del) },
  { name: 'rollout', load: () => import('./rollout.js').then((m) => m.rollout) },
  { name: 'scale', load: () => import('./scale.js').then((m) => m.scale) },
  { name: 'logs', load: () => import('./logs.js').then((m) => m.logs) },
  { name: 'attach', load: () => import('./attach.js').then((m) => m.attach) },
  { name: 'exec', load: () => import('./exec.js').then((m) => m.exec) },
  { name: 'cordon', load: () => import('./cordon.js').then((m) => m.cordon) },
  { name: 'uncordon', load: () => import('./cordon.js').then((m) => m.uncordon) },
  { name: 'drain', load: () => import('./drain.js').then((m) => m.drain) },
  { name: 'taint', load: () => import('./taint.js').then((m) => m.taint) },
  { name: 'port-forward', load: () => import('./stubs.js').then((m) => m.portForward) },
  { name: 'cp', load: () => import('./stubs.js').then((m) => m.cp) },
  { name: 'debug', load: () => import('./debug.js').then((m) => m.debug) },
  { name: 'diff', load: () => import('./diff.js').then((m) => m.diff) },
  { name: 'apply', load: () => import('./apply.js').then((m) => m.apply) },
  { name: 'patch', load: () => import('./patch.js').then((m) => m.patch) },
  { name: 'replace', load: () => import('./replace.js').then((m) => m.replace) },
  { name: 'wait', load: () => import('./wait.js').then((m) => m.wait) },
  { name: 'label', load: () => import('./label.js').then((m) => m.label) },
  { name: 'annotate', load: () => import('./annotate.js').then((m) => m.annotate) },
];
