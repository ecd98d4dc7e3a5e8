// Tab completion: command names, files, and kubectl's verbs, resource types and object names.

import { describe, expect, it } from 'vitest';
import { makeSession } from './harness.js';

describe('complete', () => {
  it('completes command names at the start of a command', async () => {
    const { session } = makeSession();
    expect(await session.complete('kub', 3)).toEqual({ start: 0, candidates: ['kubectl'] });
    expect((await session.complete('ls | gr', 7)).candidates).toEqual(['grep']);
  });

  it('completes files and directories', async () => {
    const { session } = makeSession();
    expect(await session.complete('cat a', 5)).toEqual({ start: 4, candidates: ['a.yaml'] });
    expect((await session.complete('cat d', 5)).candidates).toEqual(['dir/']);
    expect((await session.complete('cat dir/', 8)).candidates).toEqual(['dir/c.txt']);
  });

  it('completes kubectl verbs, resource types and names (also through an alias)', async () => {
    const { session, run, cluster } = makeSession();
    cluster.store.put('pods', { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web-1', namespace: 'default' } } as never);
    cluster.store.put('pods', { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'other', namespace: 'kube-system' } } as never);
    expect((await session.complete('kubectl get pods w', 18)).candidates).toEqual(['web-1']);
    expect((await session.complete('kubectl get pods -n kube-system ', 32)).candidates).toEqual(['other']);
    expect((await session.complete('kubectl get po', 14)).candidates).toEqual(['pods']);
    await run('alias k=kubectl');
    expect((await session.complete('k logs ', 7)).candidates).toEqual(['web-1']);
    expect((await session.complete('kubectl apply -f a', 18)).candidates).toEqual(['a.yaml']);
  });
});
