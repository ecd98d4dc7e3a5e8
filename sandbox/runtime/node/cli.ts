// `knet`: the Node host around the sandbox. Creates and deletes clusters, runs one line or an
// interactive shell on the workstation, and keeps the state in a directory between runs.

import * as path from 'node:path';
import * as readline from 'node:readline';
import { Cluster } from '../../cluster/cluster.js';
import { createCluster } from '../../cluster/bootstrap.js';
import { parseKindConfig } from '../../cluster/kindconfig.js';
import { Session, type SessionOptions } from '../../shell/session.js';
import { NodeFs } from './nodefs.js';
import { loadState, removeState, saveState, type SavedState } from './state.js';
import * as fs from 'node:fs';

const HOME = '/home/learner';

const USAGE = `knet: a simulated kind cluster (Kubernetes v1.34) for learning Kubernetes networking

Usage:
  knet cluster create [--state DIR] [--config kind-config.yaml] [--seed N]
  knet cluster delete [--state DIR]
  knet run [--state DIR] [--workspace DIR] -- 'COMMAND LINE'
  knet shell [--state DIR] [--workspace DIR]

Options:
  --state DIR       where the cluster's state is kept between runs (default: .knet)
  --workspace DIR   the directory the workstation shell sees as its home (default: the current one)
  --config FILE     a kind cluster config (kind.x-k8s.io/v1alpha4)
  --seed N          seed for the cluster's randomness (pod names, IPs, load balancing)
  --clock MODE      virtual (time moves only with sleep/wait/timeouts) or wall (follows real time);
                    default: wall for an interactive shell, virtual otherwise
`;

interface Opts {
  state: string;
  workspace: string;
  config?: string;
  seed?: number;
  clock?: 'virtual' | 'wall';
  rest: string[];
}

class UsageError extends Error {}

function parseOpts(argv: string[]): Opts {
  const o: Opts = { state: '.knet', workspace: process.cwd(), rest: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = (name: string): string => {
      const eq = a.indexOf('=');
      if (eq >= 0) return a.slice(eq + 1);
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`flag needs an argument: ${name}`);
      return v;
    };
    if (a === '--') {
      o.rest.push(...argv.slice(i + 1));
      break;
    } else if (a === '--state' || a.startsWith('--state=')) o.state = value('--state');
    else if (a === '--workspace' || a.startsWith('--workspace=')) o.workspace = path.resolve(value('--workspace'));
    else if (a === '--config' || a.startsWith('--config=')) o.config = value('--config');
    else if (a === '--seed' || a.startsWith('--seed=')) {
      const v = value('--seed');
      if (!/^\d+$/.test(v)) throw new UsageError(`invalid --seed "${v}": must be a whole number`);
      o.seed = Number(v);
    } else if (a === '--clock' || a.startsWith('--clock=')) {
      const v = value('--clock');
      if (v !== 'virtual' && v !== 'wall') throw new UsageError(`invalid --clock "${v}": must be virtual or wall`);
      o.clock = v;
    } else if (a.startsWith('-')) throw new UsageError(`unknown flag: ${a}`);
    else o.rest.push(a);
  }
  return o;
}

function newCluster(o: Opts): Cluster {
  let config;
  if (o.config) {
    const text = fs.readFileSync(o.config, 'utf8');
    config = parseKindConfig(text);
  }
  const now = Math.floor(Date.now() / 1000) * 1000;
  return createCluster({ seed: o.seed ?? now % 2147483647, startTime: now, ...(config ? { config } : {}) });
}

function open(o: Opts, clock: 'virtual' | 'wall'): { cluster: Cluster; session: Session; save: () => void } {
  const saved = loadState(o.state);
  const cluster = saved ? Cluster.restore(saved.cluster) : newCluster(o);
  const opts: SessionOptions = {
    cluster,
    fs: new NodeFs(o.workspace, HOME),
    home: HOME,
    columns: process.stdout.columns,
    ...(clock === 'wall'
      ? {
          beforeLine: () => cluster.advanceTo(Math.max(cluster.now, Date.now())),
          sleep: async (ms: number, signal: { aborted: boolean }) => {
            cluster.advance(ms);
            const until = Date.now() + ms;
            while (!signal.aborted && Date.now() < until) await new Promise((r) => setTimeout(r, Math.min(100, until - Date.now())));
          },
        }
      : {}),
  };
  const session = saved?.session ? Session.restore(saved.session as never, opts) : new Session(opts);
  const save = () => {
    const state: SavedState = { format: 'knet-state/v1', cluster: cluster.snapshot(), session: session.exportState() };
    saveState(o.state, state);
  };
  return { cluster, session, save };
}

function readStdin(): Promise<string> {
  return new Promise((resolve) => {
    if (process.stdin.isTTY) return resolve('');
    let data = '';
    process.stdin.setEncoding('utf8');
    process.stdin.on('data', (c) => (data += c));
    process.stdin.on('end', () => resolve(data));
    process.stdin.on('error', () => resolve(data));
  });
}

const io = {
  stdout: (s: string) => process.stdout.write(s),
  stderr: (s: string) => process.stderr.write(s),
};

async function clusterCmd(o: Opts): Promise<number> {
  const sub = o.rest[1];
  if (sub === 'create') {
    if (loadState(o.state)) {
      process.stderr.write(`ERROR: failed to create cluster: node(s) already exist for a cluster with the name "kind"\n`);
      return 1;
    }
    const cluster = newCluster(o);
    const workers = cluster.config.nodes.length;
    process.stderr.write(
      `Creating cluster "${cluster.config.name}" ...\n` +
        ` ✓ Ensuring node image (kindest/node:v1.34.0) 🖼\n` +
        ` ✓ Preparing nodes ${'📦 '.repeat(workers)}\n` +
        ` ✓ Writing configuration 📜\n` +
        ` ✓ Starting control-plane 🕹️\n` +
        (cluster.config.networking.disableDefaultCNI ? '' : ` ✓ Installing CNI 🔌\n`) +
        ` ✓ Installing StorageClass 💾\n` +
        (workers > 1 ? ` ✓ Joining worker nodes 🚜\n` : '') +
        `Set kubectl context to "kind-${cluster.config.name}"\nYou can now use your cluster with:\n\nkubectl cluster-info --context kind-${cluster.config.name}\n\nHave a nice day! 👋\n`,
    );
    saveState(o.state, { format: 'knet-state/v1', cluster: cluster.snapshot() });
    return 0;
  }
  if (sub === 'delete') {
    const saved = loadState(o.state);
    process.stderr.write(`Deleting cluster "kind" ...\n`);
    if (saved) {
      const nodes = (saved.cluster.objects['nodes'] ?? []).map((n) => `"${n.metadata.name}"`).join(' ');
      removeState(o.state);
      process.stderr.write(`Deleted nodes: [${nodes}]\n`);
    }
    return 0;
  }
  throw new UsageError(sub ? `unknown command "cluster ${sub}"` : 'cluster needs a subcommand: create or delete');
}

async function runCmd(o: Opts): Promise<number> {
  const line = o.rest.slice(1).join(' ');
  if (!line.trim()) throw new UsageError("run needs a command line: knet run -- 'kubectl get pods'");
  const stdin = await readStdin();
  const { session, save } = open(o, o.clock ?? 'virtual');
  const signal = { aborted: false };
  process.on('SIGINT', () => (signal.aborted = true));
  let code: number;
  try {
    code = await session.run(line, { ...io, stdin, signal, tty: false });
  } finally {
    save();
  }
  return code;
}

async function shellCmd(o: Opts): Promise<number> {
  const interactive = !!process.stdin.isTTY;
  const { session, save } = open(o, o.clock ?? (interactive ? 'wall' : 'virtual'));
  if (!interactive) {
    // Commands from stdin, one logical line at a time (heredocs and continuations joined).
    const text = await readStdin();
    let code = 0;
    let pending = '';
    for (const raw of text.split('\n')) {
      pending = pending ? `${pending}\n${raw}` : raw;
      if (session.needsMore(pending)) continue;
      if (pending.trim()) {
        // Not a terminal, but still a shell session: a nested shell (kubectl exec -i POD -- sh)
        // receives the lines that follow, as with real kubectl reading a piped stdin.
        code = await session.run(pending, { ...io, stdin: '', signal: { aborted: false }, tty: false, interactive: true });
        save();
        if (session.exited) break;
      }
      pending = '';
    }
    if (pending.trim()) code = await session.run(pending, { ...io, signal: { aborted: false }, tty: false, interactive: true });
    save();
    return session.exitCode ?? code;
  }
  const rl = readline.createInterface({
    input: process.stdin,
    output: process.stdout,
    history: [...session.history].reverse(),
    historySize: 1000,
    completer: (line: string, cb: (err: null, result: [string[], string]) => void) => {
      session.complete(line, line.length).then(
        ({ start, candidates }) => cb(null, [candidates, line.slice(start)]),
        () => cb(null, [[], line]),
      );
    },
  });
  let signal = { aborted: false };
  let running = false;
  rl.on('SIGINT', () => {
    if (running) signal.aborted = true;
    else {
      process.stdout.write('^C\n');
      rl.setPrompt(session.prompt());
      rl.prompt();
    }
  });
  let pending = '';
  rl.setPrompt(session.prompt());
  rl.prompt();
  for await (const raw of rl) {
    pending = pending ? `${pending}\n${raw}` : raw;
    if (session.needsMore(pending)) {
      rl.setPrompt('> ');
      rl.prompt();
      continue;
    }
    if (pending.trim()) {
      running = true;
      signal = { aborted: false };
      rl.pause();
      await session.run(pending, { ...io, stdin: '', signal, tty: true });
      running = false;
      save();
      rl.resume();
      if (session.exited) break;
    }
    pending = '';
    rl.setPrompt(session.prompt());
    rl.prompt();
  }
  rl.close();
  save();
  return session.exitCode ?? 0;
}

export async function main(argv: string[]): Promise<number> {
  try {
    const o = parseOpts(argv);
    const cmd = o.rest[0];
    switch (cmd) {
      case 'cluster':
        return await clusterCmd(o);
      case 'run':
        return await runCmd(o);
      case 'shell':
        return await shellCmd(o);
      case undefined:
      case 'help':
        process.stdout.write(USAGE);
        return cmd ? 0 : 1;
      default:
        throw new UsageError(`unknown command "${cmd}"`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`knet: ${e.message}\n\n${USAGE}`);
      return 2;
    }
    process.stderr.write(`knet: ${(e as Error).message}\n`);
    return 1;
  }
}
