// The knet CLI end to end, through a real process: create, run, stdin, state kept between runs.

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const bin = join(root, 'bin', 'knet.mjs');

function knet(args: string[], opts: { cwd: string; input?: string }) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: opts.cwd, input: opts.input ?? '', encoding: 'utf8', env: { ...process.env, CI: 'true' } });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

let dir: string;
beforeAll(() => {
  execFileSync(process.execPath, [join(root, 'scripts', 'build-cli.mjs')]);
  dir = mkdtempSync(join(tmpdir(), 'knet-cli-'));
});

describe('knet cluster', () => {
  it('creates a kind-like cluster and refuses a second one', () => {
    const r = knet(['cluster', 'create', '--seed', '3'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('Creating cluster "kind" ...');
    expect(r.stderr).toContain('Set kubectl context to "kind-kind"');
    expect(readdirSync(join(dir, '.knet'))).toEqual(['state.json']);
    const again = knet(['cluster', 'create'], { cwd: dir });
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('node(s) already exist for a cluster with the name "kind"');
  });

  it('lists the three kind nodes', () => {
    const r = knet(['run', '--', 'kubectl get nodes'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(/^NAME\s+STATUS\s+ROLES\s+AGE\s+VERSION$/);
    expect(r.stdout).toMatch(/kind-control-plane\s+Ready\s+control-plane\s+\S+\s+v1\.34\.0/);
    expect(r.stdout).toMatch(/kind-worker2\s+Ready\s+<none>/);
  });

  it('keeps state between runs and reads files from the workspace', () => {
    writeFileSync(
      join(dir, 'ns.yaml'),
      'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: team-a\n',
    );
    const apply = knet(['run', '--', 'kubectl apply -f ns.yaml'], { cwd: dir });
    expect(apply.stdout).toBe('namespace/team-a created\n');
    const get = knet(['run', '--', 'kubectl get ns team-a -o name'], { cwd: dir });
    expect(get.stdout).toBe('namespace/team-a\n');
    const state = JSON.parse(readFileSync(join(dir, '.knet', 'state.json'), 'utf8'));
    const lines = state.cluster.journal.map((e: { line: string }) => e.line);
    expect(lines).toEqual(['kubectl get nodes', 'kubectl apply -f ns.yaml', 'kubectl get ns team-a -o name']);
    expect(state.cluster.journal[1].files).toEqual({ '/home/learner/ns.yaml': 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: team-a\n' });
  });

  it('passes its stdin to the line and exits with the line’s status', () => {
    const r = knet(['run', '--', 'kubectl apply -f -'], {
      cwd: dir,
      input: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: greeting\ndata:\n  hello: world\n',
    });
    expect(r.stdout).toBe('configmap/greeting created\n');
    expect(r.status).toBe(0);
    const missing = knet(['run', '--', 'kubectl get pod nosuch'], { cwd: dir });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toBe('Error from server (NotFound): pods "nosuch" not found\n');
    const notFound = knet(['run', '--', 'frobnicate'], { cwd: dir });
    expect(notFound.status).toBe(127);
    expect(notFound.stderr).toBe('bash: frobnicate: command not found\n');
  });

  it('runs heredocs piped into kubectl', () => {
    const line = "cat <<EOF | kubectl apply -f -\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: team-b\nEOF";
    const r = knet(['run', '--', line], { cwd: dir });
    expect(r.stdout).toBe('namespace/team-b created\n');
  });

  it('reads commands from stdin in `knet shell` when stdin is not a terminal', () => {
    const r = knet(['shell'], { cwd: dir, input: 'export NS=team-a\nkubectl get ns $NS -o name\necho done $?\n' });
    expect(r.stdout).toBe('namespace/team-a\ndone 0\n');
    expect(r.status).toBe(0);
  });

  it('deletes the cluster', () => {
    const r = knet(['cluster', 'delete'], { cwd: dir });
    expect(r.stderr).toBe('Deleting cluster "kind" ...\nDeleted nodes: ["kind-control-plane" "kind-worker" "kind-worker2"]\n');
    expect(readdirSync(join(dir, '.knet'))).toEqual([]);
  });

  it('explains bad usage with exit 2', () => {
    const r = knet(['frob'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('knet: unknown command "frob"');
  });
});
