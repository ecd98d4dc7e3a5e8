// netshoot's BIND tools and OpenBSD nc: nslookup with the search list, dig's layout and exit codes.

import { beforeAll, describe, expect, it } from 'vitest';
import { netFixture, type NetFixture } from './fixture.js';

let f: NetFixture;
beforeAll(async () => {
  f = await netFixture();
});

describe('nslookup (BIND)', () => {
  it('follows the search list and prints the name as typed on failure', async () => {
    expect(await f.inPod('shoot', 'nslookup web.default')).toEqual({ stdout: `Server:\t\t10.96.0.10\nAddress:\t10.96.0.10#53\n\nName:\tweb.default.svc.cluster.local\nAddress: ${f.svcIP}\n\n`, stderr: '', exit: 0 });
    expect(await f.inPod('shoot', 'nslookup nosuch')).toEqual({ stdout: "Server:\t\t10.96.0.10\nAddress:\t10.96.0.10#53\n\n** server can't find nosuch: NXDOMAIN\n\n", stderr: '', exit: 1 });
  });
});

describe('dig', () => {
  it('does not search: a short name goes upstream as typed', async () => {
    const r = await f.inPod('shoot', 'dig web');
    expect(r.stdout).toContain(';; ->>HEADER<<- opcode: QUERY, status: NXDOMAIN, id: ');
    expect(r.stdout).toContain(';; flags: qr rd ra; QUERY: 1, ANSWER: 0, AUTHORITY: 1, ADDITIONAL: 1\n');
    expect(r.stdout).not.toContain('WARNING: .local');
    expect(r.exit).toBe(0);
    expect((await f.inPod('shoot', 'dig +short +search web')).stdout).toBe(`${f.svcIP}\n`);
  });
  it('prints NXDOMAIN with the zone SOA, exit 0', async () => {
    const r = await f.inPod('shoot', 'dig nosuch.default.svc.cluster.local');
    expect(r.stdout).toMatch(/;; AUTHORITY SECTION:\ncluster\.local\.\t\t30\tIN\tSOA\tns\.dns\.cluster\.local\. hostmaster\.cluster\.local\. \d+ 7200 1800 86400 30\n/);
    expect(r.exit).toBe(0);
  });
  it('-x and -t SRV', async () => {
    expect((await f.inPod('shoot', `dig +short -x ${f.svcIP}`)).stdout).toBe('web.default.svc.cluster.local.\n');
    expect((await f.inPod('shoot', 'dig +short -t SRV _dns._udp.kube-dns.kube-system.svc.cluster.local')).stdout).toBe('0 100 53 kube-dns.kube-system.svc.cluster.local.\n');
  });
  it('exit 9 when no server answers', async () => {
    const r = await f.inPod('shoot', 'dig @10.96.0.99 web.default.svc.cluster.local');
    expect(r.stdout).toBe(';; communications error to 10.96.0.99#53: timed out\n'.repeat(3) + '\n; <<>> DiG 9.18.30 <<>> @10.96.0.99 web.default.svc.cluster.local\n;; global options: +cmd\n;; no servers could be reached\n');
    expect(r.exit).toBe(9);
  });
});

describe('nc (OpenBSD)', () => {
  it('succeeded / refused / timed out / getaddrinfo', async () => {
    expect(await f.inPod('shoot', 'nc -zv -w 3 web 80')).toEqual({ stdout: '', stderr: `Connection to web (${f.svcIP}) 80 port [tcp/http] succeeded!\n`, exit: 0 });
    expect(await f.inPod('shoot', `nc -zv -w 3 ${f.svcIP} 80`)).toEqual({ stdout: '', stderr: `Connection to ${f.svcIP} 80 port [tcp/http] succeeded!\n`, exit: 0 });
    const ip = (await f.sh('kubectl get pod shoot -o jsonpath={.status.podIP}')).stdout;
    expect(await f.inPod('shoot', `nc -zv -w 3 ${ip} 81`)).toEqual({ stdout: '', stderr: `nc: connect to ${ip} port 81 (tcp) failed: Connection refused\n`, exit: 1 });
    expect(await f.inPod('shoot', 'nc -zv -w 3 web 81')).toEqual({ stdout: '', stderr: `nc: connect to web (${f.svcIP}) port 81 (tcp) timed out: Operation now in progress\n`, exit: 1 });
    expect(await f.inPod('shoot', 'nc -zv -w 3 nosuch 80')).toEqual({ stdout: '', stderr: 'nc: getaddrinfo for host "nosuch" port 80: Name does not resolve\n', exit: 1 });
  });
});

describe('ping (iputils: netshoot, nodes, the workstation)', () => {
  it('prints icmp_seq from 1, the canonical name, and the rtt line with mdev', async () => {
    const r = await f.sh('ping -c 2 172.18.0.3');
    expect(r.stdout).toMatch(/^PING 172\.18\.0\.3 \(172\.18\.0\.3\) 56\(84\) bytes of data\.\n64 bytes from 172\.18\.0\.3: icmp_seq=1 ttl=64 time=\d\.\d{3} ms\n64 bytes from 172\.18\.0\.3: icmp_seq=2 ttl=64 time=\d\.\d{3} ms\n\n--- 172\.18\.0\.3 ping statistics ---\n2 packets transmitted, 2 received, 0% packet loss, time 10\d\dms\nrtt min\/avg\/max\/mdev = [\d.]+\/[\d.]+\/[\d.]+\/[\d.]+ ms\n$/);
    const svc = await f.inPod('shoot', 'ping -c 1 web');
    expect(svc.stdout).toMatch(new RegExp(`^PING web\\.default\\.svc\\.cluster\\.local \\(${f.svcIP.replace(/\./g, '\\.')}\\) 56\\(84\\) bytes of data\\.\\n\\n--- web\\.default\\.svc\\.cluster\\.local ping statistics ---\\n1 packets transmitted, 0 received, 100% packet loss, time \\d+ms\\n$`));
    expect(svc.exit).toBe(1);
    expect(await f.sh('ping -c 1 web')).toEqual({ stdout: '', stderr: 'ping: web: Name or service not known\n', exit: 2 });
  });
});

describe('a DNS server by name', () => {
  it('dig @kube-dns.kube-system resolves the server first', async () => {
    expect((await f.inPod('shoot', 'dig +short @kube-dns.kube-system.svc.cluster.local web.default.svc.cluster.local')).stdout).toBe(`${f.svcIP}\n`);
    const r = await f.inPod('shoot', 'dig @kube-dns.kube-system.svc.cluster.local web.default.svc.cluster.local');
    expect(r.stdout).toContain(';; SERVER: 10.96.0.10#53(kube-dns.kube-system.svc.cluster.local) (UDP)\n');
  });
});

describe('the workstation has BIND nslookup and dig', () => {
  it('asks systemd-resolved, which has no internet behind it', async () => {
    expect(await f.sh('nslookup example.com')).toEqual({ stdout: "Server:\t\t127.0.0.53\nAddress:\t127.0.0.53#53\n\n** server can't find example.com: SERVFAIL\n\n", stderr: '', exit: 1 });
    expect(await f.sh('dig +short example.com')).toEqual({ stdout: '', stderr: '', exit: 0 });
  });
});
