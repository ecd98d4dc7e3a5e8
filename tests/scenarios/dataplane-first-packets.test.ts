// Tutorial: first packets — a web Deployment behind a Service, reached by name from pods with
// curl, wget, nslookup and dig; then the classic ways it breaks: no endpoints, a wrong
// targetPort, CoreDNS gone, and a name outside the cluster.

import { beforeAll, describe, expect, it } from 'vitest';
import { workstation, type Workstation } from './harness.js';

let w: Workstation;
let svcIP: string;

beforeAll(async () => {
  w = workstation();
  const { sh } = w;
  await sh('kubectl create deployment web --image=nginx:1.27 --replicas=2');
  await sh('kubectl expose deployment web --port=80');
  await sh('kubectl create namespace other');
  await sh('kubectl run client -n other --image=curlimages/curl:8.16.0 --command -- sleep infinity');
  await sh('kubectl run bb --image=busybox:1.36 --command -- sleep infinity');
  await sh('kubectl run tools --image=nicolaka/netshoot --command -- sleep infinity');
  await sh('kubectl wait --for=condition=Ready pod --all -A --timeout=120s');
  svcIP = (await sh('kubectl get svc web -o jsonpath={.spec.clusterIP}')).stdout;
});

describe('reaching a Service by name', () => {
  it('curl from another namespace needs the namespace in the name', async () => {
    const page = await w.sh('kubectl exec -n other client -- curl -s web.default');
    expect(page.exit).toBe(0);
    expect(page.stdout).toContain('<title>Welcome to nginx!</title>');
    expect(page.stdout.length).toBe(615);
    expect(await w.sh('kubectl exec -n other client -- curl -sS web')).toEqual({
      stdout: '',
      stderr: 'curl: (6) Could not resolve host: web\ncommand terminated with exit code 6\n',
      exit: 6,
    });
  });

  it('curl -I shows nginx headers and -w prints the status code', async () => {
    const head = await w.sh('kubectl exec -n other client -- curl -sI web.default.svc.cluster.local');
    expect(head.stdout).toMatch(/^HTTP\/1\.1 200 OK\r\nServer: nginx\/1\.27\.5\r\nDate: .* GMT\r\nContent-Type: text\/html\r\nContent-Length: 615\r\n/);
    expect(await w.sh('kubectl exec -n other client -- curl -s -o /dev/null -w "%{http_code}" web.default/missing')).toEqual({ stdout: '404', stderr: '', exit: 0 });
    expect((await w.sh('kubectl exec -n other client -- curl -sSf web.default/missing')).stderr).toBe('curl: (22) The requested URL returned error: 404\ncommand terminated with exit code 22\n');
  });

  it('busybox wget prints busybox status lines on stderr', async () => {
    expect(await w.sh('kubectl exec bb -- wget -O- web >/dev/null')).toEqual({
      stdout: '',
      stderr: `Connecting to web (${svcIP}:80)\nwriting to stdout\n-                    100% |********************************|   615  0:00:00 ETA\nwritten to stdout\n`,
      exit: 0,
    });
    expect((await w.sh('kubectl exec bb -- wget -qO- web')).stdout).toContain('Welcome to nginx!');
  });

  it('busybox nslookup asks every search domain; BIND nslookup and dig answer once', async () => {
    const bb = await w.sh('kubectl exec bb -- nslookup web');
    expect(bb.stdout).toBe(
      `Server:\t\t10.96.0.10\nAddress:\t10.96.0.10:53\n\nName:\tweb.default.svc.cluster.local\nAddress: ${svcIP}\n\n` +
        "** server can't find web.svc.cluster.local: NXDOMAIN\n\n** server can't find web.cluster.local: NXDOMAIN\n\n\n" +
        "** server can't find web.svc.cluster.local: NXDOMAIN\n\n** server can't find web.cluster.local: NXDOMAIN\n\n",
    );
    expect(bb.exit).toBe(1);
    expect(await w.sh('kubectl exec tools -- nslookup web')).toEqual({ stdout: `Server:\t\t10.96.0.10\nAddress:\t10.96.0.10#53\n\nName:\tweb.default.svc.cluster.local\nAddress: ${svcIP}\n\n`, stderr: '', exit: 0 });
    expect(await w.sh('kubectl exec tools -- dig +short web.default.svc.cluster.local')).toEqual({ stdout: `${svcIP}\n`, stderr: '', exit: 0 });
    const dig = await w.sh('kubectl exec tools -- dig web.default.svc.cluster.local');
    expect(dig.stdout).toContain(`;; ANSWER SECTION:\nweb.default.svc.cluster.local. 30 IN\tA\t${svcIP}\n`);
    expect(dig.stdout).toContain(';; WARNING: .local is reserved for Multicast DNS\n');
    expect(dig.stdout).toContain(';; flags: qr aa rd; QUERY: 1, ANSWER: 1, AUTHORITY: 0, ADDITIONAL: 1\n');
  });

  it('/etc/resolv.conf in a pod lists the cluster search path', async () => {
    expect(await w.sh('kubectl exec -n other client -- cat /etc/resolv.conf')).toEqual({
      stdout: 'search other.svc.cluster.local svc.cluster.local cluster.local\nnameserver 10.96.0.10\noptions ndots:5\n',
      stderr: '',
      exit: 0,
    });
  });
});

describe('what the servers see', () => {
  it('agnhost reports the caller unchanged (no SNAT pod to pod) and serve-hostname spreads', async () => {
    await w.sh('kubectl create deployment echo --image=registry.k8s.io/e2e-test-images/agnhost:2.53 -- /agnhost netexec --http-port=8080');
    await w.sh('kubectl expose deployment echo --port=80 --target-port=8080');
    await w.sh('kubectl create deployment hostnames --image=registry.k8s.io/e2e-test-images/agnhost:2.53 --replicas=3 -- /agnhost serve-hostname');
    await w.sh('kubectl expose deployment hostnames --port=80 --target-port=9376');
    await w.sh('kubectl wait --for=condition=Ready pod -l app=echo --timeout=60s');
    await w.sh('kubectl wait --for=condition=Ready pod -l app=hostnames --timeout=60s');
    const clientIP = (await w.sh('kubectl get pod -n other client -o jsonpath={.status.podIP}')).stdout;
    expect((await w.sh('kubectl exec -n other client -- curl -s echo.default/clientip')).stdout).toMatch(new RegExp(`^${clientIP.replace(/\./g, '\\.')}:\\d+$`));
    const names = (await w.sh("kubectl exec bb -- sh -c 'for i in 1 2 3 4 5 6 7 8 9 10 11 12; do wget -qO- hostnames; echo; done' | sort -u")).stdout.trim().split('\n');
    expect(names.length).toBe(3);
    for (const n of names) expect(n).toMatch(/^hostnames-[a-z0-9]+-[a-z0-9]{5}$/);
  });

  it('a one-shot pod with kubectl run --rm', async () => {
    const r = await w.sh('kubectl run tmp --rm -i --restart=Never --image=busybox:1.36 -- wget -qO- web');
    expect(r.stdout).toContain('<h1>Welcome to nginx!</h1>');
    expect(r.exit).toBe(0);
  });

  it('redis answers PING through nc', async () => {
    await w.sh('kubectl create deployment redis --image=redis:7');
    await w.sh('kubectl expose deployment redis --port=6379');
    await w.sh('kubectl wait --for=condition=Ready pod -l app=redis --timeout=60s');
    expect((await w.sh("kubectl exec bb -- sh -c 'printf \"PING\\r\\n\" | nc redis 6379'")).stdout).toBe('+PONG\r\n');
  });
});
