// busybox applets: wget, nslookup, nc and ping — their stderr/stdout layout and exit codes.

import { beforeAll, describe, expect, it } from 'vitest';
import { netFixture, type NetFixture } from './fixture.js';

let f: NetFixture;
beforeAll(async () => {
  f = await netFixture();
});

describe('wget', () => {
  it('saves index.html with the progress line, and refuses to overwrite it', async () => {
    expect(await f.inPod('bb', 'mkdir -p /tmp && cd /tmp && wget web && wc -c index.html')).toEqual({
      stdout: '615 index.html\n',
      stderr: `Connecting to web (${f.svcIP}:80)\nsaving to 'index.html'\nindex.html           100% |********************************|   615  0:00:00 ETA\n'index.html' saved\n`,
      exit: 0,
    });
    expect(await f.inPod('bb', 'cd /tmp && wget -q web')).toEqual({ stdout: '', stderr: "wget: can't open 'index.html': File exists\n", exit: 1 });
  });
  it('-S prints the response headers; HTTP errors exit 1', async () => {
    const r = await f.inPod('bb', 'wget -S -O /dev/null web/x');
    expect(r.stderr).toMatch(/^Connecting to web \([\d.]+:80\)\n {2}HTTP\/1\.1 404 Not Found\n {2}Server: nginx\/1\.27\.5\n[\s\S]*wget: server returned error: HTTP\/1\.1 404 Not Found\n$/);
    expect(r.exit).toBe(1);
  });
  it('bad address, refused, timed out', async () => {
    expect(await f.inPod('bb', 'wget -q nosuch')).toEqual({ stdout: '', stderr: "wget: bad address 'nosuch'\n", exit: 1 });
    const ip = (await f.sh('kubectl get pod bb -o jsonpath={.status.podIP}')).stdout;
    expect(await f.inPod('bb', `wget -q ${ip}:81`)).toEqual({ stdout: '', stderr: `wget: can't connect to remote host (${ip}): Connection refused\n`, exit: 1 });
    expect(await f.inPod('bb', 'wget -q -T 2 web:81')).toEqual({ stdout: '', stderr: 'wget: download timed out\n', exit: 1 });
    expect(await f.inPod('bb', 'wget -q web:81')).toEqual({ stdout: '', stderr: `wget: can't connect to remote host (${f.svcIP}): Connection timed out\n`, exit: 1 });
  });
});

describe('nslookup (busybox)', () => {
  it('sends a dotted name only as typed', async () => {
    const r = await f.inPod('bb', 'nslookup web.default');
    expect(r.stdout).toBe("Server:\t\t10.96.0.10\nAddress:\t10.96.0.10:53\n\n** server can't find web.default: NXDOMAIN\n\n** server can't find web.default: NXDOMAIN\n\n");
    expect(r.exit).toBe(1);
    expect((await f.inPod('bb', 'nslookup web.default.svc.cluster.local')).stdout).toBe(`Server:\t\t10.96.0.10\nAddress:\t10.96.0.10:53\n\nName:\tweb.default.svc.cluster.local\nAddress: ${f.svcIP}\n\n\n`);
  });
  it('answers reverse lookups of a ClusterIP', async () => {
    const rev = f.svcIP.split('.').reverse().join('.');
    expect((await f.inPod('bb', `nslookup ${f.svcIP}`)).stdout).toBe(`Server:\t\t10.96.0.10\nAddress:\t10.96.0.10:53\n\n${rev}.in-addr.arpa\tname = web.default.svc.cluster.local.\n\n`);
  });
});

describe('nc (busybox)', () => {
  it('-zv: open, silent refusal, -vv refusal, timeout, bad address', async () => {
    expect(await f.inPod('bb', 'nc -zv web 80')).toEqual({ stdout: '', stderr: `web (${f.svcIP}:80) open\n`, exit: 0 });
    const ip = (await f.sh('kubectl get pod bb -o jsonpath={.status.podIP}')).stdout;
    expect(await f.inPod('bb', `nc -zv ${ip} 81`)).toEqual({ stdout: '', stderr: '', exit: 1 });
    expect(await f.inPod('bb', `nc -zvv ${ip} 81`)).toEqual({ stdout: '', stderr: `nc: ${ip} (${ip}:81): Connection refused\n`, exit: 1 });
    expect(await f.inPod('bb', 'nc -zv -w 3 web 81')).toEqual({ stdout: '', stderr: `nc: web (${f.svcIP}:81): Connection timed out\n`, exit: 1 });
    expect(await f.inPod('bb', 'nc -zv nosuch 80')).toEqual({ stdout: '', stderr: "nc: bad address 'nosuch'\n", exit: 1 });
  });
  it('sends stdin and prints the reply', async () => {
    const r = await f.inPod('bb', 'printf "GET /echo?msg=ok HTTP/1.1\\r\\nHost: echo\\r\\n\\r\\n" | nc echo 80');
    expect(r.stdout).toMatch(/^HTTP\/1\.1 200 OK\r\n[\s\S]*\r\n\r\nok$/);
  });
});

describe('ping (busybox)', () => {
  it('pods answer with the TTL of the hops crossed; a ClusterIP never answers', async () => {
    const pods = (await f.sh("kubectl get pod -l app=web -o jsonpath='{range .items[*]}{.status.podIP} {.spec.nodeName}{\"\\n\"}{end}'")).stdout.trim().split('\n');
    const bbNode = (await f.sh('kubectl get pod bb -o jsonpath={.spec.nodeName}')).stdout;
    for (const line of pods) {
      const [ip, node] = line.split(' ');
      const r = await f.inPod('bb', `ping -c 2 ${ip}`);
      expect(r.stdout).toMatch(new RegExp(`^PING ${ip} \\(${ip}\\): 56 data bytes\\n64 bytes from ${ip}: seq=0 ttl=${node === bbNode ? 63 : 62} time=\\d\\.\\d{3} ms\\n64 bytes from ${ip}: seq=1 ttl=\\d+ time=[\\d.]+ ms\\n\\n--- ${ip} ping statistics ---\\n2 packets transmitted, 2 packets received, 0% packet loss\\nround-trip min/avg/max = [\\d.]+/[\\d.]+/[\\d.]+ ms\\n$`));
    }
    expect(await f.inPod('bb', 'ping -c 2 web')).toEqual({ stdout: `PING web (${f.svcIP}): 56 data bytes\n\n--- web ping statistics ---\n2 packets transmitted, 0 packets received, 100% packet loss\n`, stderr: '', exit: 1 });
    expect(await f.inPod('bb', 'ping -c 1 nosuch')).toEqual({ stdout: '', stderr: "ping: bad address 'nosuch'\n", exit: 1 });
  });
});

describe('traceroute (busybox)', () => {
  it('crosses the pod gateway and, for another node, that node; a ClusterIP fades into stars', async () => {
    const bbIP = (await f.sh('kubectl get pod bb -o jsonpath={.status.podIP}')).stdout;
    const bbNode = (await f.sh('kubectl get pod bb -o jsonpath={.spec.nodeName}')).stdout;
    const gw = bbIP.replace(/\.\d+$/, '.1');
    const pods = (await f.sh("kubectl get pod -l app=web -o jsonpath='{range .items[*]}{.status.podIP} {.spec.nodeName} {.status.hostIP}{\"\\n\"}{end}'")).stdout.trim().split('\n');
    for (const line of pods) {
      const [ip, node, hostIP] = line.split(' ') as [string, string, string];
      const r = await f.inPod('bb', `traceroute -n ${ip}`);
      const hops = node === bbNode ? [gw, ip] : [gw, hostIP, ip];
      expect(r.stdout.split('\n')[0]).toBe(`traceroute to ${ip} (${ip}), 30 hops max, 46 byte packets`);
      expect(r.stdout.split('\n').slice(1, -1).map((l) => l.match(/^ ?(\d+) {2}(\S+)(?: {2}\d\.\d{3} ms){3}$/)?.slice(1))).toEqual(hops.map((h, i) => [String(i + 1), h]));
    }
    const t = f.cluster.now;
    const svc = await f.inPod('bb', 'traceroute -n -m 5 web');
    expect(svc.stdout).toMatch(new RegExp(`^traceroute to web \\(${f.svcIP.replace(/\./g, '\\.')}\\), 5 hops max, 46 byte packets\\n 1  ${gw.replace(/\./g, '\\.')}  [\\d.]+ ms  [\\d.]+ ms  [\\d.]+ ms\\n 2  172\\.18\\.0\\.1  [\\d.]+ ms  [\\d.]+ ms  [\\d.]+ ms\\n 3  \\*  \\*  \\*\\n 4  \\*  \\*  \\*\\n 5  \\*  \\*  \\*\\n$`));
    expect(f.cluster.now - t).toBeGreaterThanOrEqual(27_000);
  });
});
