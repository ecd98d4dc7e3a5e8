// Fuzz: random mutations of valid manifests fed to kubectl apply/create -f. No crash escapes, runs are
// bounded, exit codes are 0/1, and a rejected single-object manifest leaves the cluster unchanged.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Cluster } from '../../sandbox/cluster/cluster.js';
import { assertNoCrash, baseState, fingerprint, open, WEB_DEPLOYMENT, WEB_SERVICE } from './harness.js';

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: probe
  labels:
    app: probe
spec:
  containers:
  - name: c
    image: busybox
    command: ["sleep", "3600"]
    ports:
    - containerPort: 8080
      protocol: TCP
    readinessProbe:
      tcpSocket:
        port: 8080
      periodSeconds: 5
`;

const NETPOL = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: deny
spec:
  podSelector:
    matchLabels:
      app: web
  policyTypes:
  - Ingress
  ingress:
  - from:
    - podSelector: {}
    ports:
    - port: 80
`;

const BASES = [WEB_DEPLOYMENT, WEB_SERVICE, POD, NETPOL, WEB_SERVICE.replace('name: web\nspec', 'name: other\nspec').replace('NodePort', 'LoadBalancer')];

const junk = fc.constantFrom('', ' ', '  ', '-', ':', '- ', '{', '}', '[', ']', '"', "'", '\t', '#', '&a', '*a', '!!str', '|', '>', '~', 'null', '0', '-1', '65536', 'true', '1e3', '0x1F', 'yes',
  '---', '...', 'Web', 'web', 'nginx', 'Invalid Name', 'a'.repeat(300), 'v1', 'apps/v2', 'Service', 'Pod', 'TCP', 'SCTP', 'UDP', '10.96.0.1', 'None', '"80"', 'spec', 'metadata');

type Mutation = (lines: string[]) => string[];
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  // Delete a line.
  fc.nat().map((i) => (ls: string[]) => ls.filter((_, j) => j !== i % ls.length)),
  // Duplicate a line.
  fc.nat().map((i) => (ls: string[]) => ls.flatMap((l, j) => (j === i % ls.length ? [l, l] : [l]))),
  // Re-indent a line.
  fc.tuple(fc.nat(), fc.integer({ min: -3, max: 3 })).map(([i, d]) => (ls: string[]) =>
    ls.map((l, j) => (j === i % ls.length ? (d >= 0 ? ' '.repeat(d) + l : l.replace(new RegExp(`^ {0,${-d}}`), '')) : l)),
  ),
  // Replace a scalar value.
  fc.tuple(fc.nat(), junk).map(([i, v]) => (ls: string[]) => ls.map((l, j) => (j === i % ls.length ? l.replace(/:( .*)?$/, `: ${v}`) : l))),
  // Rename a key.
  fc.tuple(fc.nat(), junk).map(([i, v]) => (ls: string[]) => ls.map((l, j) => (j === i % ls.length ? l.replace(/^(\s*-?\s*)[A-Za-z]+:/, `$1${v}:`) : l))),
  // Insert a random line.
  fc.tuple(fc.nat(), fc.string({ maxLength: 20 })).map(([i, s]) => (ls: string[]) => [...ls.slice(0, i % (ls.length + 1)), s, ...ls.slice(i % (ls.length + 1))]),
  // Swap two lines.
  fc.tuple(fc.nat(), fc.nat()).map(([a, b]) => (ls: string[]) => {
    const out = [...ls];
    const [x, y] = [a % ls.length, b % ls.length];
    [out[x], out[y]] = [out[y]!, out[x]!];
    return out;
  }),
);

const manifest = fc.tuple(fc.constantFrom(...BASES), fc.array(mutation, { minLength: 1, maxLength: 4 })).map(([base, ms]) => ms.reduce((ls, m) => m(ls), base.split('\n')).join('\n'));

describe('manifest fuzz', () => {
  it('apply/create -f of mutated manifests: no crash, exit 0/1, failures change nothing', async () => {
    const state = await baseState();
    await fc.assert(
      fc.asyncProperty(manifest, fc.constantFrom('apply', 'create', 'replace'), async (text, verb) => {
        const cluster = Cluster.restore(state);
        const { run, fs } = open(cluster);
        fs.write('/home/learner/m.yaml', text);
        const before = fingerprint(cluster);
        const t0 = performance.now();
        const r = await run(`kubectl ${verb} -f m.yaml`);
        expect(performance.now() - t0).toBeLessThan(3000);
        const line = `kubectl ${verb} -f m.yaml\n${text}`;
        if (process.env.FUZZ_LOG) console.log(`[${r.exit}] ${verb} :: ${(r.stderr || r.stdout).split("\n")[0]}`);
        assertNoCrash(r, line);
        expect([0, 1], `exit of ${line}\n${r.stderr}`).toContain(r.exit);
        // One document in, refused: nothing may have been written.
        if (r.exit !== 0 && !/^---$/m.test(text)) expect(fingerprint(cluster), `state after failing ${line}\n${r.stderr}`).toBe(before);
        if (r.exit === 0) expect(r.stdout, line).toMatch(/ (created|configured|unchanged|replaced)\n$/);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 300), ...(process.env.FUZZ_RUNS ? {} : { seed: 424242 }) },
    );
  }, 120_000);

  it('the same manifests through a heredoc and stdin behave like the file', async () => {
    const state = await baseState();
    await fc.assert(
      fc.asyncProperty(manifest, async (text) => {
        const viaFile = open(Cluster.restore(state));
        viaFile.fs.write('/home/learner/m.yaml', text);
        const a = await viaFile.run('kubectl apply -f m.yaml');
        const viaStdin = open(Cluster.restore(state));
        const b = await viaStdin.run('kubectl apply -f -', text);
        assertNoCrash(b, text);
        expect(b.exit).toBe(a.exit);
        expect(b.stdout).toBe(a.stdout);
        expect(b.stderr).toBe(a.stderr.replaceAll('"m.yaml"', '"STDIN"').replaceAll('parsing m.yaml', 'parsing STDIN'));
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 100), ...(process.env.FUZZ_RUNS ? {} : { seed: 99 }) },
    );
  }, 120_000);
  // kubectl may still say `configured` (a server-defaulted field inside an atomic list, such as a NetworkPolicy
  // port's protocol, makes the three-way patch non-empty), but the object must come out the same.
  it('applying an accepted manifest a second time changes nothing', async () => {
    const state = await baseState();
    await fc.assert(
      fc.asyncProperty(manifest, async (text) => {
        const cluster = Cluster.restore(state);
        const { run, fs } = open(cluster);
        fs.write('/home/learner/m.yaml', text);
        const first = await run('kubectl apply -f m.yaml');
        if (first.exit !== 0) return;
        const before = fingerprint(cluster);
        const again = await run('kubectl apply -f m.yaml');
        expect(again.exit, `${text}\n${again.stderr}`).toBe(0);
        expect(again.stdout.split('\n').filter(Boolean).every((l) => / (unchanged|configured)$/.test(l)), `${text}\n${again.stdout}`).toBe(true);
        expect(fingerprint(cluster), text).toBe(before);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 150), ...(process.env.FUZZ_RUNS ? {} : { seed: 31337 }) },
    );
  }, 120_000);
});
