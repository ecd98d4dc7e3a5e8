// What each image serves: sockets and HTTP answers, decided by image + command/args/env.

import { describe, expect, it } from 'vitest';
import { appFor, type AppContext, type HttpRequest } from '../../../sandbox/apps/index.js';
import { NGINX_INDEX } from '../../../sandbox/apps/nginx.js';

const ctx: AppContext = { hostname: 'web-1', podIP: '10.244.1.2', namespace: 'default', now: Date.UTC(2025, 8, 1, 9, 0, 0), env: {} };
const get = (path: string, o: Partial<HttpRequest> = {}): HttpRequest => ({ method: 'GET', path, headers: [['Host', 'web'], ['User-Agent', 'curl/8.16.0'], ['Accept', '*/*']], body: '', clientIP: '10.244.2.3', clientPort: 41234, host: 'web', ...o });
const header = (h: [string, string][], k: string) => h.find(([n]) => n === k)?.[1];

describe('nginx', () => {
  const app = appFor({ image: 'nginx:1.27' }, ctx)!;
  it('listens on 80 and serves the stock 615-byte welcome page', () => {
    expect(app.sockets).toEqual([{ proto: 'tcp', port: 80 }]);
    const r = app.http!(get('/'), 80);
    expect(r.status).toBe(200);
    expect(r.body).toBe(NGINX_INDEX);
    expect(new TextEncoder().encode(r.body).length).toBe(615);
    expect(r.headers.map(([k]) => k)).toEqual(['Server', 'Date', 'Content-Type', 'Content-Length', 'Last-Modified', 'Connection', 'ETag', 'Accept-Ranges']);
    expect(header(r.headers, 'Server')).toBe('nginx/1.27.5');
    expect(header(r.headers, 'Date')).toBe('Mon, 01 Sep 2025 09:00:00 GMT');
    expect(header(r.headers, 'ETag')).toMatch(/^"[0-9a-f]+-267"$/);
  });
  it('answers unknown paths with its 404 page and a full tag with that version', () => {
    const r = appFor({ image: 'nginx:1.25.3' }, ctx)!.http!(get('/nope'), 80);
    expect(r.status).toBe(404);
    expect(r.body).toBe('<html>\r\n<head><title>404 Not Found</title></head>\r\n<body>\r\n<center><h1>404 Not Found</h1></center>\r\n<hr><center>nginx/1.25.3</center>\r\n</body>\r\n</html>\r\n');
  });
  it('serves nothing when the command replaces nginx', () => {
    expect(appFor({ image: 'nginx', command: ['sleep', '3600'] }, ctx)).toBeUndefined();
  });
});

describe('agnhost', () => {
  it('netexec answers /hostname, /clientip and /echo on --http-port', () => {
    const app = appFor({ image: 'registry.k8s.io/e2e-test-images/agnhost:2.53', args: ['netexec', '--http-port=8080'] }, ctx)!;
    expect(app.sockets).toEqual([{ proto: 'tcp', port: 8080 }, { proto: 'udp', port: 8081 }]);
    expect(app.http!(get('/hostname'), 8080).body).toBe('web-1');
    expect(app.http!(get('/clientip'), 8080).body).toBe('10.244.2.3:41234');
    expect(app.http!(get('/echo?msg=hello+world'), 8080).body).toBe('hello world');
    const nf = app.http!(get('/nope'), 8080);
    expect([nf.status, nf.body]).toEqual([404, '404 page not found\n']);
    expect(app.http!(get('/hostname'), 8080).headers.map(([k]) => k)).toEqual(['Content-Length', 'Content-Type', 'Date']);
  });
  it('serve-hostname answers the pod name on 9376', () => {
    const app = appFor({ image: 'registry.k8s.io/e2e-test-images/agnhost:2.53', command: ['/agnhost', 'serve-hostname'] }, ctx)!;
    expect(app.sockets).toEqual([{ proto: 'tcp', port: 9376 }]);
    expect(app.http!(get('/'), 9376).body).toBe('web-1');
  });
  it('without a server subcommand serves nothing', () => {
    expect(appFor({ image: 'registry.k8s.io/e2e-test-images/agnhost:2.53', args: ['pause'] }, ctx)).toBeUndefined();
  });
});

describe('http-echo, whoami, redis, clients', () => {
  it('http-echo answers -text with a newline on -listen', () => {
    const app = appFor({ image: 'hashicorp/http-echo', args: ['-text=hello', '-listen=:8080'] }, ctx)!;
    expect(app.sockets).toEqual([{ proto: 'tcp', port: 8080 }]);
    const r = app.http!(get('/anything'), 8080);
    expect(r.body).toBe('hello\n');
    expect(header(r.headers, 'X-App-Name')).toBe('http-echo');
    expect(appFor({ image: 'hashicorp/http-echo' }, ctx)).toBeUndefined();
  });
  it('whoami prints hostname, addresses, the caller and the request', () => {
    const r = appFor({ image: 'traefik/whoami' }, ctx)!.http!(get('/'), 80);
    expect(r.body).toMatch(/^Hostname: web-1\nIP: 127\.0\.0\.1\nIP: ::1\nIP: 10\.244\.1\.2\nIP: fe80::[0-9a-f:]+\nRemoteAddr: 10\.244\.2\.3:41234\nGET \/ HTTP\/1\.1\r\nHost: web\r\nUser-Agent: curl\/8\.16\.0\r\nAccept: \*\/\*\r\n\r\n$/);
  });
  it('redis answers PING with +PONG on 6379', () => {
    const app = appFor({ image: 'redis:7' }, ctx)!;
    expect(app.sockets).toEqual([{ proto: 'tcp', port: 6379 }]);
    expect(app.raw!('PING\r\n', 6379, 'tcp')).toBe('+PONG\r\n');
  });
  it('busybox, curl and netshoot listen on nothing', () => {
    for (const image of ['busybox:1.36', 'curlimages/curl:8.16.0', 'nicolaka/netshoot']) expect(appFor({ image }, ctx)).toBeUndefined();
  });
});

describe('probes', () => {
  it('finds HTTP statuses, open sockets and refusals as the kubelet would', async () => {
    const { probePod } = await import('../../../sandbox/apps/probe.js');
    const pod = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'web', namespace: 'default' },
      spec: { containers: [{ name: 'nginx', image: 'nginx:1.27' }] },
      status: { podIP: '10.244.1.2', containerStatuses: [{ name: 'nginx', state: { running: {} } }] },
    };
    expect(probePod(pod, ctx.now, 80, { path: '/' })).toMatchObject({ kind: 'http', status: 200 });
    expect(probePod(pod, ctx.now, 80, { path: '/healthz' })).toMatchObject({ kind: 'http', status: 404 });
    expect(probePod(pod, ctx.now, 80)).toEqual({ kind: 'open' });
    expect(probePod(pod, ctx.now, 8080)).toEqual({ kind: 'refused' });
    const stopped = { ...pod, status: { ...pod.status, containerStatuses: [{ name: 'nginx', state: { waiting: {} } }] } };
    expect(probePod(stopped, ctx.now, 80)).toEqual({ kind: 'refused' });
  });
});
