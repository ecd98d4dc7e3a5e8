// curl's output, messages and exit codes (curl 8.x in curlimages/curl, 7.88 in Debian's nginx image).

import { beforeAll, describe, expect, it } from 'vitest';
import { netFixture, type NetFixture } from './fixture.js';

let f: NetFixture;
beforeAll(async () => {
  f = await netFixture();
});

describe('curl', () => {
  it('prints the body; -i adds the header block; -I is HEAD', async () => {
    const r = await f.inPod('curl', 'curl -s echo/hostname');
    expect(r.stdout).toMatch(/^echo-[a-z0-9]+-[a-z0-9]{5}$/);
    const i = await f.inPod('curl', 'curl -si echo/echo?msg=hi');
    expect(i.stdout).toMatch(/^HTTP\/1\.1 200 OK\r\nContent-Length: 2\r\nContent-Type: text\/plain; charset=utf-8\r\nDate: Mon, 01 Sep 2025 \d\d:\d\d:\d\d GMT\r\n\r\nhi$/);
    const h = await f.inPod('curl', 'curl -sI web');
    expect(h.stdout.endsWith('Accept-Ranges: bytes\r\n\r\n')).toBe(true);
  });

  it('agnhost /clientip shows the caller as the server sees it', async () => {
    const ip = (await f.sh('kubectl get pod curl -o jsonpath={.status.podIP}')).stdout;
    expect((await f.inPod('curl', 'curl -s echo/clientip')).stdout).toMatch(new RegExp(`^${ip.replace(/\./g, '\\.')}:\\d+$`));
  });

  it('shows the progress meter on stderr when stdout is not a terminal', async () => {
    const r = await f.inPod('curl', 'curl web');
    expect(r.stderr).toMatch(/^ {2}% Total {4}% Received % Xferd {2}Average Speed {3}Time {4}Time {5}Time {2}Current\n {33}Dload {2}Upload {3}Total {3}Spent {4}Left {2}Speed\n\r {2}0 {5}0 {4}0 {5}0 {4}0 {5}0 {6}0 {6}0 --:--:-- --:--:-- --:--:-- {5}0\r100 {3}615 {2}100 {3}615 {4}0 {5}0 +\d+k? +0 --:--:-- --:--:-- --:--:-- +\d+k?\n$/);
  });

  it('exit 6, 7, 22, 28 with curl 8.x wording; -s hides them, -sS shows them', async () => {
    expect(await f.inPod('curl', 'curl -s nosuch')).toEqual({ stdout: '', stderr: '', exit: 6 });
    expect(await f.inPod('curl', 'curl -sS nosuch')).toEqual({ stdout: '', stderr: 'curl: (6) Could not resolve host: nosuch\n', exit: 6 });
    const pod = (await f.sh('kubectl get pod curl -o jsonpath={.status.podIP}')).stdout;
    const r7 = await f.inPod('curl', `curl -sS ${pod}:81`);
    expect(r7.stderr).toMatch(new RegExp(`^curl: \\(7\\) Failed to connect to ${pod.replace(/\./g, '\\.')} port 81 after \\d+ ms: Could not connect to server\\n$`));
    expect(r7.exit).toBe(7);
    expect(await f.inPod('curl', 'curl -sSf web/x')).toEqual({ stdout: '', stderr: 'curl: (22) The requested URL returned error: 404\n', exit: 22 });
    const r28 = await f.inPod('curl', 'curl -sS -m 2 web:81');
    expect(r28.stderr).toMatch(/^curl: \(28\) Failed to connect to web port 81 after 200\d ms: Timeout was reached\n$/);
  });

  it("curl 7.88 in the nginx image says Couldn't connect", async () => {
    const r = await f.inPod('nginx', 'curl -sS 127.0.0.1:81');
    expect(r.stderr).toMatch(/^curl: \(7\) Failed to connect to 127\.0\.0\.1 port 81 after \d+ ms: Couldn't connect to server\n$/);
    expect((await f.inPod('nginx', 'curl -s localhost')).stdout).toContain('Welcome to nginx!');
  });

  it('-w, -o, --resolve and -H', async () => {
    expect((await f.inPod('curl', "curl -s -o /tmp/page -w '%{http_code} %{size_download}\\n' web; wc -c < /tmp/page")).stdout).toBe('200 615\n615\n');
    expect((await f.inPod('curl', `curl -s --resolve fake.example:80:${f.svcIP} http://fake.example/ -o /dev/null -w '%{remote_ip}'`)).stdout).toBe(f.svcIP);
    expect((await f.inPod('curl', "curl -s -H 'Host: other' echo/header?key=Host")).stdout).toBe('other');
  });

  it('usage errors exit 2', async () => {
    expect(await f.inPod('curl', 'curl')).toEqual({ stdout: '', stderr: "curl: no URL specified\ncurl: try 'curl --help' or 'curl --manual' for more information\n", exit: 2 });
    expect(await f.inPod('curl', 'curl --nope web')).toEqual({ stdout: '', stderr: "curl: option --nope: is unknown\ncurl: try 'curl --help' or 'curl --manual' for more information\n", exit: 2 });
  });
});
