// httpRequest: a reachability probe as data, optionally without moving the cluster clock.

import { describe, expect, it } from 'vitest';
import { httpRequest, podSource, workstationSource } from '../../../../sandbox/net/connect/index.js';
import { workstation } from '../../../scenarios/harness.js';

describe('httpRequest', () => {
  it('returns status, body and the serving pod; probes can leave the clock alone', async () => {
    const w = workstation(9);
    await w.sh('kubectl create deployment web --image=nginx');
    await w.sh('kubectl expose deployment web --port=80');
    await w.sh('kubectl run c --image=busybox --command -- sleep infinity');
    await w.sh('kubectl wait --for=condition=Ready pod --all --timeout=60s');
    const c = w.cluster;
    const src = podSource(c, c.store.get('pods', 'default', 'c')!);
    const ok = httpRequest(c, src, 'http://web.default/')!;
    expect([ok.outcome, ok.response?.status, ok.servedBy?.startsWith('default/web-')]).toEqual(['connected', 200, true]);
    expect(httpRequest(c, src, 'web/nope')!.response?.status).toBe(404);
    const t = c.now;
    expect(httpRequest(c, workstationSource(), `http://${c.store.get('services', 'default', 'web')!.spec.clusterIP}/`, { advance: false })!.outcome).toBe('timeout');
    expect(c.now).toBe(t);
    expect(httpRequest(c, src, 'ftp://x')).toBeUndefined();
  });
});
