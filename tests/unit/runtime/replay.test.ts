// Journal replay: the lesson's setup + seed + journal reproduce the state byte for byte.

import { describe, expect, it } from 'vitest';
import { createCluster } from '../../../sandbox/cluster/bootstrap.js';
import { MemoryFs } from '../../../sandbox/fs/memfs.js';
import { HOME, originOf, replayJournal } from '../../../sandbox/runtime/replay.js';
import { Session } from '../../../sandbox/shell/session.js';

const sink = { stdout: () => {}, stderr: () => {} };

describe('journal replay', () => {
  it('rebuilds the exact state from the journal', async () => {
    const cluster = createCluster({ seed: 42, startTime: Date.UTC(2025, 8, 1, 9, 0, 0) });
    const fs = new MemoryFs();
    fs.mkdir(HOME);
    const session = new Session({ cluster, fs, home: HOME });
    const lines = [
      'kubectl create deployment web --image=nginx --replicas=3',
      'kubectl expose deployment web --port=80 --type=NodePort',
      'sleep 20',
      'kubectl get deploy web -o yaml > web.yaml',
      "sed -i 's/replicas: 3/replicas: 2/' web.yaml",
      'kubectl apply -f web.yaml',
      'kubectl label pods -l app=web tier=frontend',
      'kubectl delete svc nosuch',
      'kubectl create namespace team-a && kubectl -n team-a create deployment api --image=nginx',
      'sleep 5',
    ];
    for (const line of lines) await session.run(line, sink);
    cluster.advance(3_000);
    await session.run('kubectl get pods -A', sink);
    expect(cluster.journal.map((e) => e.line)).toEqual([...lines, 'kubectl get pods -A']);
    expect(cluster.journal.find((e) => e.line === 'kubectl delete svc nosuch')!.exit).toBe(1);

    const before = JSON.stringify(cluster.snapshot());
    const { cluster: replayed, divergences } = await replayJournal(originOf(cluster), cluster.journal);
    expect(divergences).toEqual([]);
    expect(JSON.stringify(replayed.snapshot())).toBe(before);
  });
});

describe('journal replay of terminal sessions', () => {
  it('replays lines typed inside a pod shell in that pod, not on the workstation', async () => {
    const cluster = createCluster({ seed: 9, startTime: Date.UTC(2025, 8, 1, 9, 0, 0) });
    const fs = new MemoryFs();
    fs.mkdir(HOME);
    const session = new Session({ cluster, fs, home: HOME });
    const tty = { stdout: () => {}, stderr: () => {}, tty: true };
    for (const line of ['kubectl run bb --image=busybox --restart=Never -- sleep 3600', 'kubectl wait --for=condition=Ready pod/bb --timeout=60s', 'kubectl exec -it bb -- sh', 'hostname', 'exit 3', 'kubectl delete pod bb --wait=false'])
      await session.run(line, tty);
    expect(cluster.journal.map((e) => [e.line, e.where, e.exit])).toEqual([
      ['kubectl run bb --image=busybox --restart=Never -- sleep 3600', 'workstation', 0],
      ['kubectl wait --for=condition=Ready pod/bb --timeout=60s', 'workstation', 0],
      ['kubectl exec -it bb -- sh', 'workstation', 0],
      ['hostname', 'pod/default/bb/bb', 0],
      ['exit 3', 'pod/default/bb/bb', 3],
      ['kubectl delete pod bb --wait=false', 'workstation', 0],
    ]);
    const { cluster: replayed, divergences } = await replayJournal(originOf(cluster), cluster.journal);
    expect(divergences).toEqual([]);
    expect(JSON.stringify(replayed.snapshot())).toBe(JSON.stringify(cluster.snapshot()));
  });
});

describe('leaving a nested shell', () => {
  it('gives the outer shell the status of the command that opened it', async () => {
    const cluster = createCluster({ seed: 9, startTime: Date.UTC(2025, 8, 1, 9, 0, 0) });
    const session = new Session({ cluster, fs: new MemoryFs(), home: HOME });
    let out = '';
    const tty = { stdout: (s: string) => (out += s), stderr: (s: string) => (out += s), tty: true };
    await session.run('kubectl run bb --image=busybox --restart=Never -it --rm -- sh', tty);
    out = '';
    expect(await session.run('exit 2', tty)).toBe(2);
    expect(out).toBe('pod "bb" deleted from default namespace\npod default/bb terminated (Error)\n');
    out = '';
    await session.run('echo $?', tty);
    expect(out).toBe('2\n');
  });
});
