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
