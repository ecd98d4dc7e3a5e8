// Runs kubectl lines against a small hand-built cluster and collects stdout, stderr and the exit code.

import { Cluster } from '../../../../../sandbox/cluster/cluster.js';
import { runKubectl } from '../../../../../sandbox/commands/kubectl/kubectl.js';
import type { CommandContext } from '../../../../../sandbox/commands/types.js';
import { MemoryFs } from '../../../../../sandbox/fs/memfs.js';
import { resolveResource } from '../../../../../sandbox/api/resources.js';
import type { KubeObject } from '../../../../../sandbox/api/types.js';

export interface Run {
  stdout: string;
  stderr: string;
  code: number;
}

export class ReadHarness {
  cluster: Cluster;
  fs = new MemoryFs();
  tty = false;

  constructor(seed = 1) {
    this.cluster = Cluster.empty({ seed });
    for (const name of ['default', 'kube-system']) this.cluster.api.create({ apiVersion: 'v1', kind: 'Namespace', metadata: { name } });
  }

  /** Creates an object through the API server, then sets its status as a controller would. */
  create(obj: Partial<KubeObject> & { apiVersion: string; kind: string; metadata: any }, status?: unknown): KubeObject {
    const created = this.cluster.api.create(obj as KubeObject);
    if (status !== undefined) {
      const rt = resolveResource(`${obj.kind}.${obj.apiVersion.includes('/') ? obj.apiVersion.split('/')[0] : ''}`.replace(/\.$/, ''))!;
      this.cluster.api.updateStatus(rt, created.metadata.namespace, created.metadata.name!, status);
    }
    return created;
  }

  /** Puts an object straight into the store (for kinds without an API handler yet, e.g. events). */
  put(resource: string, obj: KubeObject): void {
    this.cluster.store.put(resource, obj);
  }

  advance(ms: number): void {
    this.cluster.now += ms;
  }

  async run(line: string | string[]): Promise<Run> {
    const argv = typeof line === 'string' ? split(line) : line;
    let stdout = '';
    let stderr = '';
    const ctx: CommandContext = {
      argv,
      stdin: '',
      stdout: (s) => void (stdout += s),
      stderr: (s) => void (stderr += s),
      cluster: this.cluster,
      fs: this.fs,
      cwd: '/work',
      env: {},
      host: { kind: 'workstation', hostname: 'laptop' },
      tty: this.tty,
      signal: { aborted: false },
      exec: async () => 0,
    };
    const code = await runKubectl(ctx);
    return { stdout, stderr, code };
  }
}

/** A tiny shell-like splitter: whitespace, single and double quotes. */
export function split(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let q: string | undefined;
  let has = false;
  for (const c of line) {
    if (q) {
      if (c === q) q = undefined;
      else cur += c;
    } else if (c === '"' || c === "'") {
      q = c;
      has = true;
    } else if (/\s/.test(c)) {
      if (cur || has) out.push(cur);
      cur = '';
      has = false;
    } else cur += c;
  }
  if (cur || has) out.push(cur);
  return out;
}
