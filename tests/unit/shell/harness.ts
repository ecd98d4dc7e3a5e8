// Test helpers: a workstation session over an in-memory workspace, and a runner that collects output.

import { Cluster } from '../../../sandbox/cluster/cluster.js';
import { MemoryFs } from '../../../sandbox/fs/memfs.js';
import { Session, type SessionOptions } from '../../../sandbox/shell/session.js';

export const HOME = '/home/learner';

/** The files record.mjs gives real bash, so fixtures compare like for like. */
export const FIXTURE_FILES: Record<string, string> = {
  'a.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n',
  'b.yaml': 'kind: Service\nname: web\nport: 80\n',
  'notes.txt': 'alpha 3\nbeta 1\ngamma 2\nalpha 5\n',
  'dir/c.txt': 'inside\n',
};

export interface Result {
  stdout: string;
  stderr: string;
  exitCode: number;
}

export function makeSession(files: Record<string, string> = FIXTURE_FILES, opts: Partial<SessionOptions> = {}) {
  const cluster = opts.cluster ?? Cluster.empty();
  const fs = new MemoryFs(Object.fromEntries(Object.entries(files).map(([p, c]) => [p.startsWith('/') ? p : `${HOME}/${p}`, c])));
  fs.mkdir(HOME);
  const session = new Session({ cluster, fs, home: HOME, ...opts });
  const run = async (line: string, io: { stdin?: string; tty?: boolean; signal?: { aborted: boolean } } = {}): Promise<Result> => {
    let stdout = '';
    let stderr = '';
    const exitCode = await session.run(line, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), ...io });
    return { stdout, stderr, exitCode };
  };
  return { session, cluster, fs, run };
}
