// curl's argument parsing and -v transcript (curl 8.16 in curlimages/curl).

import { beforeAll, describe, expect, it } from 'vitest';
import { parseCurlArgs, CurlUsage } from '../../../../sandbox/commands/net/curl-args.js';
import { netFixture, type NetFixture } from './fixture.js';

describe('curl arguments', () => {
  it('bundles short flags, attaches values, and keeps URLs in order', () => {
    const o = parseCurlArgs(['-sSfo/dev/null', '-w', '%{http_code}', '-m', '2.5', '--connect-timeout', '1', '-H', 'X-A: 1', 'web', 'echo']);
    expect(o).toMatchObject({ silent: true, showError: true, fail: true, output: '/dev/null', writeOut: '%{http_code}', maxTimeMs: 2500, connectTimeoutMs: 1000, headers: ['X-A: 1'], urls: ['web', 'echo'] });
  });
  it('rejects unknown options and non-numeric timeouts with curl wording', () => {
    expect(() => parseCurlArgs(['-Z'])).toThrow(new CurlUsage('curl: option -Z: is unknown'));
    expect(() => parseCurlArgs(['-m', 'soon', 'web'])).toThrow(new CurlUsage('curl: option -m: expected a proper numerical parameter'));
    expect(() => parseCurlArgs(['web', '-o'])).toThrow(new CurlUsage('curl: option -o: requires parameter'));
  });
});

describe('curl -v', () => {
  let f: NetFixture;
  beforeAll(async () => {
    f = await netFixture(3);
  });
  it('shows resolution, the connection, request and response headers', async () => {
    const r = await f.inPod('curl', 'curl -sv echo/hostname');
    const ip = (await f.sh('kubectl get svc echo -o jsonpath={.spec.clusterIP}')).stdout;
    expect(r.stderr).toMatch(
      new RegExp(
        `^\\* Host echo:80 was resolved\\.\\n\\* IPv6: \\(none\\)\\n\\* IPv4: ${ip.replace(/\./g, '\\.')}\\n\\*   Trying ${ip.replace(/\./g, '\\.')}:80\\.\\.\\.\\n` +
          `\\* Connected to echo \\(${ip.replace(/\./g, '\\.')}\\) port 80\\n\\* using HTTP/1\\.x\\n> GET /hostname HTTP/1\\.1\\r\\n> Host: echo\\r\\n> User-Agent: curl/8\\.16\\.0\\r\\n> Accept: \\*/\\*\\r\\n> \\r\\n\\* Request completely sent off\\n` +
          `< HTTP/1\\.1 200 OK\\r\\n< Content-Length: \\d+\\r\\n< Content-Type: text/plain; charset=utf-8\\r\\n< Date: .* GMT\\r\\n< \\r\\n\\* Connection #0 to host echo left intact\\n$`,
      ),
    );
  });
  it('--help prints the short menu', async () => {
    const r = await f.inPod('curl', 'curl --help');
    expect(r.stdout.split('\n')[0]).toBe('Usage: curl [options...] <url>');
    expect(r.exit).toBe(0);
  });
});
