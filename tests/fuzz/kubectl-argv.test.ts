// Fuzz: random kubectl command lines from a grammar (verbs, types, names, flags, values) and random words.
// No crash escapes, every run is bounded, exit codes are kubectl's (0 or 1), and a failing command
// aimed at one object leaves the cluster as it was.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Cluster } from '../../sandbox/cluster/cluster.js';
import { assertNoCrash, baseState, fingerprint, open, quote } from './harness.js';

/** Verbs with the flags they take (as kubectl defines them), so most lines get past flag parsing. */
const VERBS: [string[], string[]][] = [
  [['get'], ['-n', '-A', '-l', '-o', '--show-labels', '-L', '--field-selector', '--sort-by', '--no-headers', '-w', '--selector']],
  [['describe'], ['-n', '-A', '-l', '--show-events']],
  [['delete'], ['-n', '-l', '--all', '--grace-period', '--force', '--wait', '--now', '--cascade', '--dry-run', '-o', '--timeout']],
  [['label'], ['-n', '-l', '--all', '--overwrite', '--dry-run', '-o', '--list']],
  [['annotate'], ['-n', '-l', '--all', '--overwrite', '--dry-run', '-o']],
  [['scale'], ['-n', '--replicas', '--current-replicas', '--dry-run', '-o', '--timeout']],
  [['expose'], ['-n', '--port', '--target-port', '--type', '--name', '--protocol', '--selector', '--dry-run', '-o']],
  [['set', 'image'], ['-n', '--all', '-l', '--dry-run', '-o']],
  [['rollout', 'status'], ['-n', '--timeout', '--watch', '--revision']],
  [['rollout', 'history'], ['-n', '--revision', '-o']],
  [['rollout', 'undo'], ['-n', '--to-revision', '--dry-run']],
  [['rollout', 'restart'], ['-n', '--dry-run']],
  [['create', 'deployment'], ['-n', '--image', '--replicas', '--port', '--dry-run', '-o']],
  [['create', 'service', 'clusterip'], ['-n', '--tcp', '--clusterip', '--dry-run', '-o']],
  [['create', 'service', 'nodeport'], ['-n', '--tcp', '--node-port', '--dry-run', '-o']],
  [['create', 'configmap'], ['-n', '--from-literal', '--from-file', '--dry-run', '-o']],
  [['create', 'secret', 'generic'], ['-n', '--from-literal', '--type', '--dry-run', '-o']],
  [['create', 'namespace'], ['--dry-run', '-o']],
  [['run'], ['-n', '--image', '--restart', '--port', '--labels', '--env', '--command', '--dry-run', '-o', '--expose']],
  [['logs'], ['-n', '-c', '--tail', '--previous', '-l', '--timestamps']],
  [['wait'], ['-n', '--for', '--timeout', '-l', '--all']],
  [['explain'], ['--recursive', '--api-version']],
  [['patch'], ['-n', '-p', '--type', '--dry-run', '-o']],
  [['cordon'], ['--dry-run', '-l']],
  [['taint', 'nodes'], ['--overwrite', '-l', '--all']],
  [['config', 'set-context'], ['--current', '--namespace', '--cluster']],
  [['api-resources'], ['--namespaced', '-o', '--api-group']],
  [['version'], ['-o', '--client']],
  [['cluster-info'], []],
  [['events'], ['-n', '-A', '--for', '--types', '-o']],
];
const types = fc.constantFrom('pods', 'po', 'pod', 'deploy', 'deployment', 'deployments.apps', 'svc', 'service', 'cm', 'secret', 'ns', 'nodes', 'rs', 'ep', 'endpointslices', 'netpol', 'ing', 'all', 'foo', 'pods,svc', 'deploy/web', 'svc/web', '');
const names = fc.constantFrom('web', 'cfg', 'team-a', 'default', 'kind-worker', 'nosuch', 'Web', 'a_b', '-', '', 'x'.repeat(70), 'web-', '..', 'nginx=nginx:1.28', 'app=v2', 'app-');
const value = fc.oneof(
  fc.constantFrom('0', '1', '3', '-1', '70000', 'nginx', 'nginx:1.28', 'busybox', 'app=web', 'app!=web', 'app in (web)', 'app=', '=', 'yaml', 'json', 'wide', 'name',
    'jsonpath={.metadata.name}', 'jsonpath={.items[*', 'custom-columns=N:.metadata.name', 'go-template={{.metadata.name}}', 'go-template={{', '80', '80:8080', 'a=b', 'true', 'false',
    '5s', '1s', 'condition=Ready', 'delete', 'nginx=nginx:1.28', '{"spec":{"replicas":2}}', '{"bad"', 'NodePort', 'LoadBalancer', 'ClusterIP', 'Foo', 'kube-system', 'nosuch',
    'client', 'server', 'none', 'Never', 'Always', 'merge', 'json', 'strategic', '[{"op":"remove","path":"/spec"}]', 'team-a', 'orphan', 'foreground'),
  fc.string({ maxLength: 12 }),
);
const anyFlag = fc.constantFrom('--foo', '-z', '-h', '--v', '--namespace', '--', '--output');
const word = fc.oneof({ weight: 3, arbitrary: names }, { weight: 1, arbitrary: fc.string({ maxLength: 10 }) }, { weight: 1, arbitrary: value });
const argv = fc.integer({ min: 0, max: VERBS.length - 1 }).chain((i) => {
  const [verb, flags] = VERBS[i]!;
  const name = flags.length ? fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...flags) }, { weight: 1, arbitrary: anyFlag }) : anyFlag;
  const flag = fc.oneof(
    name.map((f) => [f]),
    fc.tuple(name, value).map(([f, v]) => [f, v]),
    fc.tuple(name, value).map(([f, v]) => [`${f}=${v}`]),
  );
  return fc.tuple(fc.option(types, { nil: undefined }), fc.array(word, { maxLength: 2 }), fc.array(flag, { maxLength: 3 })).map(([t, ws, fs]) => {
    const out = [...verb];
    if (t !== undefined) out.push(t);
    out.push(...ws);
    for (const f of fs) out.push(...f);
    return out;
  });
});
const flagNames = fc.constantFrom(...new Set(VERBS.flatMap(([, f]) => f)));

/** A line that names more than one object (or a selector) may legitimately fail part-way, as kubectl does. */
function aimsAtOne(args: string[]): boolean {
  const words = args.filter((a) => !a.startsWith('-'));
  return !args.some((a) => /^(-l|--selector|--all|-A|--all-namespaces|-f|--filename)(=|$)/.test(a)) && words.length <= 4 && !words.some((w) => w.includes(','));
}

describe('kubectl argv fuzz', () => {
  it('never crashes, exits 0 or 1, and leaves the cluster alone when a one-object command fails', async () => {
    const state = await baseState();
    const before = fingerprint(Cluster.restore(state));
    await fc.assert(
      fc.asyncProperty(argv, async (args) => {
        const cluster = Cluster.restore(state);
        const { run } = open(cluster);
        const line = ['kubectl', ...args.map(quote)].join(' ');
        const t0 = performance.now();
        const r = await run(line);
        expect(performance.now() - t0, `time for ${line}`).toBeLessThan(3000);
        if (process.env.FUZZ_LOG) console.log(`[${r.exit}] ${line} :: ${r.stderr.split('\n')[0]}`);
        assertNoCrash(r, line);
        expect([0, 1], `exit of ${line}\n${r.stderr}`).toContain(r.exit);
        if (r.exit !== 0 && aimsAtOne(args) && args[0] !== 'rollout' && args[0] !== 'delete') expect(fingerprint(cluster), `state after failing ${line}\n${r.stderr}`).toBe(before);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 400), ...(process.env.FUZZ_RUNS ? {} : { seed: 20251125 }) },
    );
  }, 120_000);

  it('survives random words after kubectl', async () => {
    const state = await baseState();
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(fc.string({ maxLength: 16 }), word, flagNames), { minLength: 1, maxLength: 6 }), async (args) => {
        const { run } = open(Cluster.restore(state));
        const line = ['kubectl', ...args.map(quote)].join(' ');
        const r = await run(line);
        assertNoCrash(r, line);
        expect([0, 1], `exit of ${line}\n${r.stderr}`).toContain(r.exit);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 300), ...(process.env.FUZZ_RUNS ? {} : { seed: 7 }) },
    );
  }, 120_000);
  it('after a random session, every read view of every object still prints', async () => {
    const state = await baseState();
    const readBack = [
      'kubectl get all -A -o wide',
      'kubectl get pods,svc,deploy,rs,cm,secret,ep,endpointslices,ns,nodes -A',
      'kubectl describe all -A',
      'kubectl describe nodes',
      'kubectl get events -A',
      'kubectl get all -A -o yaml',
      'kubectl get all -A -o json',
    ];
    await fc.assert(
      fc.asyncProperty(fc.array(argv, { minLength: 1, maxLength: 8 }), fc.integer({ min: 0, max: 90 }), async (lines, wait) => {
        const { run } = open(Cluster.restore(state));
        for (const args of lines) {
          const line = ['kubectl', ...args.map(quote)].join(' ');
          assertNoCrash(await run(line), line);
        }
        await run(`sleep ${wait}`);
        for (const line of readBack) {
          const r = await run(line);
          assertNoCrash(r, `${lines.map((a) => a.join(' ')).join('; ')}; ${line}`);
          expect(r.exit, `${line}\n${r.stderr}`).toBe(0);
        }
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 60), ...(process.env.FUZZ_RUNS ? {} : { seed: 5150 }) },
    );
  }, 180_000);
});
