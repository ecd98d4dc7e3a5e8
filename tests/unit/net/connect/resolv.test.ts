// A pod's resolver: HostAliases in /etc/hosts win over DNS; a nameserver that never answers
// makes getaddrinfo wait (and curl -m cut it short); dnsPolicy None with dnsConfig.

import { describe, expect, it } from 'vitest';
import { workstation } from '../../../scenarios/harness.js';

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: odd
spec:
  dnsPolicy: None
  dnsConfig:
    nameservers: [10.96.0.99]
    searches: [default.svc.cluster.local]
  hostAliases:
  - ip: 10.96.0.1
    hostnames: [api.local]
  containers:
  - name: c
    image: curlimages/curl:8.16.0
    command: [sleep, infinity]
`;

describe('pod resolver configuration', () => {
  it('uses hostAliases, waits on a silent nameserver, and writes both into its files', async () => {
    const w = workstation(5, { 'odd.yaml': POD });
    await w.sh('kubectl apply -f odd.yaml');
    await w.sh('kubectl wait --for=condition=Ready pod/odd --timeout=60s');
    expect((await w.sh('kubectl exec odd -- cat /etc/resolv.conf')).stdout).toBe('search default.svc.cluster.local\nnameserver 10.96.0.99\n');
    expect((await w.sh('kubectl exec odd -- cat /etc/hosts')).stdout).toMatch(/\n# Entries added by HostAliases\.\n10\.96\.0\.1\tapi\.local\n$/);
    const r = await w.sh('kubectl exec odd -- curl -sS -m 3 kubernetes');
    expect(r.stderr).toMatch(/^curl: \(28\) Resolving timed out after 300\d milliseconds\n/);
    const t = w.cluster.now;
    expect((await w.sh('kubectl exec odd -- curl -sS kubernetes')).stderr).toMatch(/^curl: \(6\) Could not resolve host: kubernetes\n/);
    expect(w.cluster.now - t).toBeGreaterThanOrEqual(10_000);
    // api.local comes from /etc/hosts, so the SYN goes out; 10.96.0.1 has no port 80, so nothing answers.
    expect((await w.sh('kubectl exec odd -- curl -sS api.local')).stderr).toMatch(/^curl: \(28\) Failed to connect to api\.local port 80 after \d+ ms: Could not connect to server\n/);
  });
});
