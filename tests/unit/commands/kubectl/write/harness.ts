// Runs kubectl lines against a small cluster (a `default` namespace) and collects the output.

import { Cluster } from '../../../../../sandbox/cluster/cluster.js';
import { runKubectl } from '../../../../../sandbox/commands/kubectl/kubectl.js';
import type { CommandContext, HostInfo } from '../../../../../sandbox/commands/types.js';
import { MemoryFs } from '../../../../../sandbox/fs/memfs.js';

export interface Run {
  stdout: string;
  stderr: string;
  code: number;
}

export class Harness {
  cluster: Cluster;
  fs = new MemoryFs();
  execs: { argv: string[]; host?: HostInfo; tty?: boolean }[] = [];
  execResult = 0;
  shells: { host: HostInfo; shell: string }[] = [];
  /** What enterShell's callers asked to run when the shell ends. */
  /** Ends the nested shell opened by the last `-it` command: (exit status) → its handler, writing to that command's output. */
  shellExits: ((status?: number) => void)[] = [];
  /** Stands in for the learner's editor (CommandContext.editText). */
  editor?: (path: string, text: string) => string | undefined;

  constructor(seed = 1) {
    this.cluster = Cluster.empty({ seed });
    for (const name of ['default', 'kube-system']) this.cluster.api.create({ apiVersion: 'v1', kind: 'Namespace', metadata: { name } });
  }

  write(path: string, text: string): this {
    this.fs.write(path.startsWith('/') ? path : `/work/${path}`, text);
    return this;
  }

  async run(line: string | string[], stdin = ''): Promise<Run> {
    let stdout = '';
    let stderr = '';
    const code = await runKubectl(this.context(line, stdin, false, (s) => void (stdout += s), (s) => void (stderr += s)));
    return { stdout, stderr, code };
  }

  /** Runs on a terminal (tty); output goes to `out` as it is written, also after the command returns. */
  async runTty(line: string, out: (s: string) => void): Promise<number> {
    return runKubectl(this.context(line, '', true, out, out));
  }

  private context(line: string | string[], stdin: string, tty: boolean, out: (s: string) => void, err: (s: string) => void): CommandContext {
    const argv = typeof line === 'string' ? split(line) : line;
    return {
      argv,
      stdin,
      stdout: out,
      stderr: err,
      cluster: this.cluster,
      fs: this.fs,
      cwd: '/work',
      env: {},
      host: { kind: 'workstation', hostname: 'laptop' },
      tty,
      signal: { aborted: false },
      exec: async (l, opts) => {
        this.execs.push({ argv: typeof l === 'string' ? split(l) : l, host: opts?.host, tty: opts?.tty });
        return this.execResult;
      },
      enterShell: (host, shell, onExit) => {
        if (!tty) return false;
        this.shells.push({ host, shell });
        this.shellExits.push((status = 0) => onExit?.(status, { stdout: out, stderr: err }));
        return true;
      },
      ...(this.editor ? { editText: async (path: string, text: string) => this.editor!(path, text) } : {}),
    };
  }

  get(resource: string, name: string, ns: string | undefined = 'default'): any {
    return this.cluster.store.get(resource, ns, name);
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
