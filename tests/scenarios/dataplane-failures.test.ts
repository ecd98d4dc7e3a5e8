// Tutorial: when the packet does not arrive — no endpoints (REJECT), a targetPort nobody listens
// on (RST), DNS without CoreDNS, a name outside the cluster, and the workstation's view.

import { describe, expect, it } from 'vitest';
import { workstation } from './harness.js';

async function setup() {
  const w = workstation();
  await w.sh('kubectl create deployment web --image=nginx:1.27 --replicas=2');
  await w.sh('kubectl expose deployment web --port=80');
  await w.sh('kubectl run client --image=curlimages/curl:8.16.0 --command -- sleep infinity');
  await w.sh('kubectl run bb --image=busybox:1.36 --command -- sleep infinity');
  await w.sh('kubectl wait --for=condition=Ready pod --all --timeout=120s');
  const svcIP = (await w.sh('kubectl get svc web -o jsonpath={.spec.clusterIP}')).stdout;
  return { ...w, svcIP };
}

describe('a Service with no endpoints', () => {
  it('refuses at once while its name still resolves', async () => {
    const { sh, svcIP } = await setup();
    await sh('kubectl scale deployment web --replicas=0');
    await sh('kubectl wait --for=delete pod -l app=web --timeout=60s');
    expect((await sh('kubectl exec client -- curl -sS web')).stderr).toMatch(/^curl: \(7\) Failed to connect to web port 80 after \d ms: Could not connect to server\n/);
    expect((await sh('kubectl exec bb -- wget -qO- web')).stderr).toBe(`wget: can't connect to remote host (${svcIP}): Connection refused\ncommand terminated with exit code 1\n`);
    expect((await sh('kubectl exec bb -- nslookup web')).stdout).toContain(`Name:\tweb.default.svc.cluster.local\nAddress: ${svcIP}\n`);
    expect(await sh('kubectl exec bb -- nc -zv web 80')).toEqual({ stdout: '', stderr: 'command terminated with exit code 1\n', exit: 1 });
  });
});

describe('a wrong targetPort', () => {
  it('reaches the pod, where nothing listens: connection refused', async () => {
    const { sh } = await setup();
    await sh('kubectl expose deployment web --name=web8080 --port=80 --target-port=8080');
    const r = await sh('kubectl exec client -- curl -sS web8080');
    expect(r.exit).toBe(7);
    expect(r.stderr).toMatch(/^curl: \(7\) Failed to connect to web8080 port 80 after \d ms: Could not connect to server\n/);
  });
});

describe('a port the Service does not expose', () => {
  it('matches no kube-proxy rule, so SYNs go unanswered until the client gives up', async () => {
    const { sh, cluster } = await setup();
    const before = cluster.now;
    const r = await sh('kubectl exec client -- curl -sS --connect-timeout 5 web:8080');
    expect(r.stderr).toMatch(/^curl: \(28\) Failed to connect to web port 8080 after 500\d ms: Timeout was reached\n/);
    expect(r.exit).toBe(28);
    expect(cluster.now - before).toBeGreaterThanOrEqual(5000);
  });
});

describe('CoreDNS scaled to zero', () => {
  it('leaves names unresolvable while addresses still work', async () => {
    const { sh, svcIP } = await setup();
    await sh('kubectl -n kube-system scale deployment coredns --replicas=0');
    await sh('kubectl -n kube-system wait --for=delete pod -l k8s-app=kube-dns --timeout=60s');
    expect((await sh('kubectl exec client -- curl -sS web')).stderr).toBe('curl: (6) Could not resolve host: web\ncommand terminated with exit code 6\n');
    expect((await sh('kubectl exec bb -- nslookup web')).stdout).toBe(';; connection timed out; no servers could be reached\n');
    expect((await sh(`kubectl exec client -- curl -s -o /dev/null -w '%{http_code}' ${svcIP}`)).stdout).toBe('200');
  });
});

describe('names outside the cluster', () => {
  it('walk the search list, then get SERVFAIL: this cluster has no internet', async () => {
    const { sh } = await setup();
    expect((await sh('kubectl exec client -- curl -sS example.com')).stderr).toBe('curl: (6) Could not resolve host: example.com\ncommand terminated with exit code 6\n');
    expect((await sh('kubectl exec bb -- nslookup kubernetes.default')).stdout).toContain("** server can't find kubernetes.default: NXDOMAIN\n");
  });
});

describe('the workstation', () => {
  it('reaches a NodePort on a node IP but not a ClusterIP', async () => {
    const { sh, svcIP, cluster } = await setup();
    await sh('kubectl expose deployment web --name=web-np --type=NodePort --port=80');
    const port = (await sh('kubectl get svc web-np -o jsonpath={.spec.ports[0].nodePort}')).stdout;
    expect(await sh(`curl -s -o /dev/null -w '%{http_code}\\n' http://172.18.0.3:${port}/`)).toEqual({ stdout: '200\n', stderr: '', exit: 0 });
    const before = cluster.now;
    const r = await sh(`curl -sS -m 3 http://${svcIP}/`);
    expect(r.stderr).toMatch(new RegExp(`^curl: \\(28\\) Failed to connect to ${svcIP.replace(/\./g, '\\.')} port 80 after 300\\d ms: Timeout was reached\\n$`));
    expect(cluster.now - before).toBeGreaterThanOrEqual(3000);
  });
});
