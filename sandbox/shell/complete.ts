// Tab completion: command names at the start of a command, kubectl's own candidates after
// `kubectl` (or an alias of it), file names elsewhere.

import type { Shell } from './interpreter.js';
import { BUILTINS } from './builtins/index.js';
import { commandNames } from '../commands/registry.js';
import { completeKubectl } from '../commands/kubectl/complete.js';
import { resolvePath } from '../fs/types.js';

export function complete(sh: Shell, line: string, cursor: number): { start: number; candidates: string[] } {
  const before = line.slice(0, cursor);
  let start = cursor;
  while (start > 0 && !/[\s|&;<>()]/.test(before[start - 1]!)) start--;
  const current = before.slice(start);
  // Words of the current simple command, before the cursor's word.
  const segment = before.slice(0, start).split(/\|\|?|&&|;|\(|\)/).pop() ?? '';
  const words = segment.trim() ? segment.trim().split(/\s+/) : [];
  while (words.length && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[0]!)) words.shift();
  let candidates: string[];
  if (!words.length && !current.includes('/')) {
    const names = new Set([...Object.keys(BUILTINS), ...commandNames(sh.host), ...sh.aliases.keys(), ...sh.functions.keys()]);
    candidates = [...names].filter((n) => n.startsWith(current)).sort();
  } else {
    const cmd = words.length ? (sh.aliases.get(words[0]!)?.trim().split(/\s+/) ?? [words[0]!]) : [];
    if (cmd[0] === 'kubectl' && !current.includes('=')) {
      candidates = completeKubectl(sh.svc.cluster, [...cmd.slice(1), ...words.slice(1)], current);
      if (!candidates.length && !/^-/.test(current) && ['apply', 'create', 'replace', 'delete', 'diff'].includes(words[1] ?? '') && ['-f', '--filename'].includes(words[words.length - 1] ?? '')) candidates = files(sh, current);
    } else candidates = files(sh, current);
  }
  return { start, candidates };
}

function files(sh: Shell, current: string): string[] {
  const slash = current.lastIndexOf('/');
  const dirPart = slash >= 0 ? current.slice(0, slash + 1) : '';
  const prefix = current.slice(slash + 1);
  const expanded = dirPart.startsWith('~') ? sh.home() + dirPart.slice(1) : dirPart;
  const dir = resolvePath(sh.cwd, expanded || '.');
  const names = sh.fs.list(dir) ?? [];
  return names
    .filter((n) => n.startsWith(prefix) && (prefix.startsWith('.') || !n.startsWith('.')))
    .map((n) => dirPart + n + (sh.fs.isDir(resolvePath(dir, n)) ? '/' : ''))
    .sort();
}
