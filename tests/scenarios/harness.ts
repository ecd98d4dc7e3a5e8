// Scenario harness: a fresh kind cluster and a workstation session, driven line by line as a learner types.

import { createCluster } from '../../sandbox/cluster/bootstrap.js';
import type { Cluster } from '../../sandbox/cluster/cluster.js';
import { MemoryFs } from '../../sandbox/fs/memfs.js';
import { Session } from '../../sandbox/shell/session.js';

export const HOME = '/home/learner';
export const START = Date.UTC(2025, 8, 1, 9, 0, 0);

export interface Result {
  stdout: string;
  stderr: string;
  exit: number;
}

export interface Workstation {
  cluster: Cluster;
  fs: MemoryFs;
  session: Session;
  /** Runs one line as typed at the prompt. */
  sh(line: string, stdin?: string): Promise<Result>;
  /** Writes a file into the learner's home directory. */
  write(name: string, text: string): void;
}

export function workstation(seed = 7, files: Record<string, string> = {}): Workstation {
  const cluster = createCluster({ seed, startTime: START });
  const fs = new MemoryFs();
  fs.mkdir(HOME, true);
  const write = (name: string, text: string) => fs.write(name.startsWith('/') ? name : `${HOME}/${name}`, text);
  for (const [n, t] of Object.entries(files)) write(n, t);
  const session = new Session({ cluster, fs, home: HOME, cwd: HOME });
  const sh = async (line: string, stdin?: string): Promise<Result> => {
    let stdout = '';
    let stderr = '';
    const exit = await session.run(line, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), ...(stdin !== undefined ? { stdin } : {}) });
    return { stdout, stderr, exit };
  };
  return { cluster, fs, session, sh, write };
}

/** Dedents a template literal: drops the first newline and the common indent; keeps the trailing newline. */
export function text(s: string): string {
  const lines = s.replace(/^\n/, '').replace(/\n[ \t]*$/, '\n').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => l.match(/^ */)![0].length));
  return lines.map((l) => l.slice(indent)).join('\n');
}

/** A command that printed `stdout` and nothing else, and succeeded. */
export function ok(stdout: string): Result {
  return { stdout, stderr: '', exit: 0 };
}

/** A command that printed `stderr` only and exited with `exit`. */
export function err(stderr: string, exit = 1): Result {
  return { stdout: '', stderr, exit };
}
