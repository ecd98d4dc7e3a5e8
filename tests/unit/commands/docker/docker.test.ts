// docker on the workstation: `docker ps` as Docker 28 lists the kind node containers, `docker exec`, and mistakes.

import { describe, expect, it } from 'vitest';
import { humanDuration } from '../../../../sandbox/commands/docker/containers.js';
import { apiServerPort } from '../../../../sandbox/commands/kubectl/verbs/kubeconfig.js';
import { err, ok, text, workstation, type Workstation } from '../../../scenarios/harness.js';

/** `docker ps -q`: short IDs, seeded from the node uids (which other parts of the bootstrap draw). */
async function ids(w: Workstation): Promise<string[]> {
  const r = await w.sh('docker ps -q');
  const list = r.stdout.trim().split('\n');
  expect(list).toHaveLength(3);
  for (const id of list) expect(id).toMatch(/^[0-9a-f]{12}$/);
  expect(new Set(list).size).toBe(3);
  return list;
}

describe('docker ps', () => {
  it('lists the three node containers of a fresh cluster, newest first, the API server port on the control plane', async () => {
    const w = workstation();
    const port = apiServerPort(w.cluster);
    const [w2, w1, cp] = await ids(w);
    expect(await w.sh('docker ps')).toEqual(
      ok(text(`
        CONTAINER ID   IMAGE                  COMMAND                  CREATED              STATUS              PORTS                       NAMES
        ${w2}   kindest/node:v1.34.0   "/usr/local/bin/entr…"   About a minute ago   Up About a minute                               kind-worker2
        ${w1}   kindest/node:v1.34.0   "/usr/local/bin/entr…"   About a minute ago   Up About a minute                               kind-worker
        ${cp}   kindest/node:v1.34.0   "/usr/local/bin/entr…"   About a minute ago   Up About a minute   127.0.0.1:${port}->6443/tcp   kind-control-plane
      `)),
    );
  });

  it('ages CREATED and STATUS on the cluster clock', async () => {
    const w = workstation();
    w.cluster.advance(2 * 3600_000);
    const r = await w.sh("docker ps -a --format 'table {{.Names}}\\t{{.RunningFor}}\\t{{.Status}}'");
    expect(r).toEqual(
      ok(text(`
        NAMES                CREATED       STATUS
        kind-worker2         2 hours ago   Up 2 hours
        kind-worker          2 hours ago   Up 2 hours
        kind-control-plane   2 hours ago   Up 2 hours
      `)),
    );
  });

  it('prints one line per container for a plain --format, IDs for -q, full values with --no-trunc', async () => {
    const w = workstation();
    expect(await w.sh("docker ps --format '{{.Names}}'")).toEqual(ok('kind-worker2\nkind-worker\nkind-control-plane\n'));
    const [, , cp] = await ids(w);
    const full = await w.sh("docker ps --no-trunc --format '{{.ID}} {{.Command}}' -f name=control");
    expect(full.stdout).toMatch(new RegExp(`^${cp}[0-9a-f]{52} "/usr/local/bin/entrypoint /sbin/init"\n$`));
  });

  it('shows the latest container with -l and the last n with -n', async () => {
    const w = workstation();
    expect(await w.sh("docker ps -l --format '{{.Names}}'")).toEqual(ok('kind-worker2\n'));
    expect(await w.sh("docker ps -n 2 --format '{{.Names}}'")).toEqual(ok('kind-worker2\nkind-worker\n'));
    expect((await w.sh('docker ps -n two')).exit).toBe(125);
  });

  it('words template and flag mistakes as Docker does', async () => {
    const w = workstation();
    expect(await w.sh("docker ps --format '{{.Nme}}'")).toEqual(
      err(`template: :1:2: executing "" at <.Nme>: can't evaluate field Nme in type *formatter.ContainerContext\n`),
    );
    expect(await w.sh('docker ps -x')).toEqual(err(`unknown shorthand flag: 'x' in -x\nSee 'docker ps --help'.\n`, 125));
  });
});

describe('humanDuration (go-units)', () => {
  it.each([
    [500, 'Less than a second'],
    [1000, '1 second'],
    [59_000, '59 seconds'],
    [60_000, 'About a minute'],
    [119_000, 'About a minute'],
    [120_000, '2 minutes'],
    [59 * 60_000, '59 minutes'],
    [89 * 60_000, 'About an hour'],
    [91 * 60_000, '2 hours'],
    [47 * 3600_000, '47 hours'],
    [3 * 86400_000, '3 days'],
    [20 * 86400_000, '2 weeks'],
    [90 * 86400_000, '3 months'],
    [800 * 86400_000, '2 years'],
  ])('%d ms → %s', (ms, s) => expect(humanDuration(ms)).toBe(s));
});

describe('docker exec', () => {
  it('runs the command on the node host', async () => {
    const w = workstation();
    expect(await w.sh('docker exec kind-worker hostname')).toEqual(ok('kind-worker\n'));
    const [, w1] = await ids(w);
    expect(await w.sh(`docker exec ${w1!.slice(0, 5)} hostname`)).toEqual(ok('kind-worker\n'));
    expect(await w.sh('docker exec kind-worker2 sh -c "exit 3"')).toEqual(err('', 3));
  });

  it('passes stdin only with -i', async () => {
    const w = workstation();
    expect(await w.sh('echo hi | docker exec -i kind-worker cat')).toEqual(ok('hi\n'));
    expect(await w.sh('echo hi | docker exec kind-worker cat')).toEqual(ok(''));
  });

  it('gives the daemon and runtime errors', async () => {
    const w = workstation();
    expect(await w.sh('docker exec kind-wrker ip route')).toEqual(err('Error response from daemon: No such container: kind-wrker\n'));
    expect(await w.sh('docker exec kind-worker nosuch')).toEqual(
      err('OCI runtime exec failed: exec failed: unable to start container process: exec: "nosuch": executable file not found in $PATH: unknown\n', 126),
    );
    expect(await w.sh('docker exec kind-worker')).toEqual(
      err(`docker: 'docker exec' requires at least 2 arguments\n\nUsage:  docker exec [OPTIONS] CONTAINER COMMAND [ARG...]\n\nSee 'docker exec --help' for more information\n`),
    );
    expect(await w.sh('docker exec -it kind-worker bash')).toEqual(err('the input device is not a TTY\n'));
    expect(await w.sh('docker exec -z kind-worker ls')).toEqual(err(`unknown shorthand flag: 'z' in -z\nSee 'docker exec --help'.\n`, 125));
  });
});

describe('help and unsimulated options', () => {
  it('prints the subcommand help', async () => {
    const w = workstation();
    expect((await w.sh('docker ps --help')).stdout).toMatch(/^\nUsage: {2}docker ps \[OPTIONS\]\n\nList containers\n/);
    expect((await w.sh('docker exec --help')).stdout).toContain('  -i, --interactive          Keep STDIN open even if not attached\n');
  });

  it('says plainly which exec options are not simulated', async () => {
    const w = workstation();
    const r = await w.sh('docker exec -e A=1 kind-worker printenv A');
    expect(r.exit).toBe(125);
    expect(r.stderr).toMatch(/^knet: docker exec -e is not simulated/);
    expect(await w.sh('docker exec -u root kind-worker whoami')).toEqual(ok('root\n'));
  });
});

describe('other docker commands', () => {
  it('rejects unknown subcommands and refuses image work honestly', async () => {
    const w = workstation();
    expect(await w.sh('docker foo')).toEqual(err(`docker: 'foo' is not a docker command.\nSee 'docker --help'\n`));
    const r = await w.sh('docker run nginx');
    expect(r.exit).toBe(125);
    expect(r.stderr).toMatch(/^knet: 'docker run' is not available/);
  });

  it('exists on the workstation only', async () => {
    const w = workstation();
    expect((await w.sh('docker exec kind-worker docker ps')).exit).toBe(126);
  });
});

describe('docker exec -i with a shell in a piped session', () => {
  it('hands the following lines to the node shell until exit', async () => {
    const w = workstation();
    const run = async (line: string) => {
      let out = '';
      const exit = await w.session.run(line, { stdout: (s) => (out += s), stderr: (s) => (out += s), stdin: '', tty: false, interactive: true });
      return { out, exit };
    };
    expect(await run('docker exec -i kind-worker sh')).toEqual({ out: '', exit: 0 });
    expect(await run('hostname')).toEqual({ out: 'kind-worker\n', exit: 0 });
    expect(await run('exit')).toEqual({ out: '', exit: 0 });
    expect(await run('hostname')).toEqual({ out: 'knet\n', exit: 0 });
  });
});
