// What an exec probe's command would return inside the container, without a shell session: the
// kubelet cannot reach the learner's shells, so files come from the container's own start-up
// script on the clock (`touch /tmp/healthy; sleep 30; rm -f /tmp/healthy`) plus the files every
// container has. Covers `cat`/`test -e|-f`/`ls` on a path, `true`/`false`/`exit N`, and
// `sh -c` lists of those; any other command is taken to succeed (its effect is not modelled).

import type { Container } from '../../api/types.js';

export interface ExecOutcome {
  code: number;
  output: string;
}

const BASE_FILES = ['/etc/hostname', '/etc/hosts', '/etc/resolv.conf', '/etc/passwd', '/etc/group', '/etc/os-release'];
const IMAGE_FILES: Record<string, string[]> = { nginx: ['/usr/share/nginx/html/index.html', '/etc/nginx/nginx.conf', '/etc/nginx/conf.d/default.conf'] };

/** Splits a simple shell list on `;`, `&&` and newlines (no quoting beyond plain words). */
function commands(script: string): string[][] {
  return script
    .split(/;|&&|\n/)
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => s.split(/\s+/).map((w) => w.replace(/^['"]|['"]$/g, '')));
}

function sleepSeconds(arg: string | undefined): number {
  const m = (arg ?? '').match(/^(\d+(?:\.\d+)?)([smhd]?)$/);
  if (!m) return Infinity;
  return Number(m[1]) * ({ '': 1, s: 1, m: 60, h: 3600, d: 86400 }[m[2]!] ?? 1);
}

/** The files the container's own script has made (or removed) `elapsedMs` after it started. */
export function scriptFiles(c: Container, elapsedMs: number, image: string): Set<string> {
  const files = new Set([...BASE_FILES, ...(IMAGE_FILES[image] ?? [])]);
  const argv = [...(c.command ?? []), ...(c.args ?? [])];
  const i = argv.indexOf('-c');
  if (i < 0 || argv[i + 1] === undefined) return files;
  let at = 0;
  for (const words of commands(argv[i + 1]!)) {
    if (at > elapsedMs) break;
    const [cmd, ...rest] = words;
    const paths = rest.filter((w) => !w.startsWith('-'));
    const redirect = words.findIndex((w) => w === '>' || w === '>>');
    if (redirect >= 0 && words[redirect + 1]) files.add(words[redirect + 1]!);
    const glued = words.find((w) => /^>>?\//.test(w));
    if (glued) files.add(glued.replace(/^>>?/, ''));
    if (cmd === 'touch' || cmd === 'mkdir') paths.forEach((p) => files.add(p));
    else if (cmd === 'rm') paths.forEach((p) => files.delete(p));
    else if (cmd === 'sleep') at += sleepSeconds(rest[0]) * 1000;
    else if (cmd === 'while' || cmd === 'until') break;
  }
  return files;
}

function one(words: string[], files: Set<string>): ExecOutcome {
  const [cmd, ...rest] = words;
  const base = (cmd ?? '').split('/').pop()!;
  const path = rest.filter((w) => !w.startsWith('-')).pop() ?? '';
  switch (base) {
    case 'true':
      return { code: 0, output: '' };
    case 'false':
      return { code: 1, output: '' };
    case 'exit':
      return { code: Number(rest[0] ?? 0) || 0, output: '' };
    case 'cat':
      return files.has(path) ? { code: 0, output: '' } : { code: 1, output: `cat: can't open '${path}': No such file or directory\n` };
    case 'ls':
      return files.has(path) ? { code: 0, output: `${path}\n` } : { code: 1, output: `ls: ${path}: No such file or directory\n` };
    case 'test':
    case '[':
      return { code: files.has(rest.filter((w) => w !== ']').pop() ?? '') ? 0 : 1, output: '' };
  }
  return { code: 0, output: '' };
}

/** Runs an exec probe's command against the container's files at `elapsedMs` after its start. */
export function execProbe(command: string[], c: Container, elapsedMs: number, image: string): ExecOutcome {
  const files = scriptFiles(c, elapsedMs, image);
  const base = (command[0] ?? '').split('/').pop()!;
  if (['sh', 'bash', 'ash'].includes(base) && command[1] === '-c') {
    let out = '';
    for (const words of commands(command[2] ?? '')) {
      const r = one(words, files);
      out += r.output;
      if (r.code !== 0 || words[0] === 'exit') return { code: r.code, output: out };
    }
    return { code: 0, output: out };
  }
  return one(command, files);
}
