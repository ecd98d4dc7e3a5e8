import { describe, expect, it } from 'vitest';
import { loadCorefile } from '../../../../sandbox/net/dns/config.js';
import { KIND_COREFILE, parseCorefile } from '../../../../sandbox/net/dns/corefile.js';
import { KubeData } from '../../../../sandbox/net/dns/kubedata.js';
import { serveDns } from '../../../../sandbox/net/dns/server.js';
import { zoneLine, type Question } from '../../../../sandbox/net/dns/types.js';
import { ask, env } from './cluster.js';

describe('Corefile', () => {
  it('parses the kind Corefile into one server block with its plugins', () => {
    const [b] = parseCorefile(KIND_COREFILE);
    expect(b!.keys).toEqual(['.:53']);
    expect(b!.directives.map((d) => d.name)).toEqual(['errors', 'health', 'ready', 'kubernetes', 'prometheus', 'forward', 'cache', 'loop', 'reload', 'loadbalance']);
    const k = b!.directives.find((d) => d.name === 'kubernetes')!;
    expect(k.args).toEqual(['cluster.local', 'in-addr.arpa', 'ip6.arpa']);
    expect(k.block!.map((d) => [d.name, ...d.args])).toEqual([['pods', 'insecure'], ['fallthrough', 'in-addr.arpa', 'ip6.arpa'], ['ttl', '30']]);
    const [cfg] = loadCorefile(KIND_COREFILE);
    expect(cfg).toMatchObject({ zones: ['.'], port: 53, loadbalance: true, forward: { from: '.', to: ['/etc/resolv.conf'] } });
    expect(cfg!.kubernetes).toMatchObject({ zones: ['cluster.local.', 'in-addr.arpa.', 'ip6.arpa.'], pods: 'insecure', ttl: 30, fallthrough: ['in-addr.arpa.', 'ip6.arpa.'] });
  });

  it('a stub domain block sends its names to its own upstream', () => {
    const log: { server: string; q: Question }[] = [];
    const e = env(`${KIND_COREFILE}example.org:53 {\n    errors\n    cache 30\n    forward . 1.2.3.4\n}\n`, log);
    expect(ask(e, 'foo.example.org.', 'A')).toMatchObject({ rcode: 'NOERROR', aa: false, answer: ['foo.example.org. 60 IN A 192.0.2.7'] });
    expect(log.map((l) => l.server)).toEqual(['1.2.3.4']);
    ask(e, 'example.com.', 'A');
    expect(log.at(-1)!.server).toBe('172.18.0.1'); // the node's resolv.conf
  });

  it('without pods insecure, pod names are NXDOMAIN (the plugin default is disabled)', () => {
    const e = env(KIND_COREFILE.replace('       pods insecure\n', ''));
    expect(ask(e, '10-244-1-5.default.pod.cluster.local.', 'A').rcode).toBe('NXDOMAIN');
    expect(ask(e, 'web.default.svc.cluster.local.', 'A').answer).toEqual(['web.default.svc.cluster.local. 30 IN A 10.96.120.15']);
  });

  it('the ttl option changes answer TTLs and the SOA', () => {
    const e = env(KIND_COREFILE.replace('ttl 30', 'ttl 5'));
    expect(ask(e, 'web.default.svc.cluster.local.', 'A').answer).toEqual(['web.default.svc.cluster.local. 5 IN A 10.96.120.15']);
    expect(ask(e, 'nosuch.default.svc.cluster.local.', 'A').ns[0]).toMatch(/^cluster\.local\. 5 IN SOA .* 7200 1800 86400 5$/);
  });

  it('a hosts block answers before kubernetes and falls through', () => {
    const e = env(KIND_COREFILE.replace('    ready\n', '    ready\n    hosts {\n       10.0.0.9 legacy.corp\n       fallthrough\n    }\n'));
    expect(ask(e, 'legacy.corp.', 'A').answer).toEqual(['legacy.corp. 3600 IN A 10.0.0.9']);
    expect(ask(e, 'web.default.svc.cluster.local.', 'A').answer).toHaveLength(1);
  });

  it('names no block serves are REFUSED', () => {
    const e = env('cluster.local:53 {\n    kubernetes\n}\n');
    expect(ask(e, 'example.com.', 'A').rcode).toBe('REFUSED');
  });

  it.each([
    ['.:53 {\n    errors\n    forwrd . 8.8.8.8\n}\n', "Corefile:3 - Error during parsing: Unknown directive 'forwrd'"],
    ['.:53 {\n    errors\n', 'Corefile:2 - Error during parsing: Unexpected EOF'],
    ['.:53 {\n    kubernetes cluster.local {\n       pods sometimes\n    }\n}\n', 'plugin/kubernetes: Corefile:3 - Error during parsing: invalid pods mode: sometimes'],
    ['.:53 {\n    forward .\n}\n', "plugin/forward: Corefile:2 - Error during parsing: Wrong argument count or unexpected line ending after '.'"],
  ])('rejects a broken Corefile with CoreDNS wording (%#)', (src, msg) => {
    expect(() => loadCorefile(src)).toThrow(msg);
  });
});

describe('pods verified', () => {
  it('answers a pod name only when a pod in that namespace has the IP', () => {
    const e = env(KIND_COREFILE.replace('pods insecure', 'pods verified'));
    e.data = new KubeData({
      services: [], endpointSlices: [], namespaces: ['default', 'shop'],
      pods: [{ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', namespace: 'default' }, status: { podIP: '10.244.1.5', podIPs: [{ ip: '10.244.1.5' }] } }],
    });
    expect(ask(e, '10-244-1-5.default.pod.cluster.local.', 'A').answer).toEqual(['10-244-1-5.default.pod.cluster.local. 30 IN A 10.244.1.5']);
    expect(ask(e, '10-244-1-5.shop.pod.cluster.local.', 'A').rcode).toBe('NXDOMAIN');
    expect(ask(e, '10-244-1-6.default.pod.cluster.local.', 'A').rcode).toBe('NXDOMAIN');
  });
});

describe('rewrite name', () => {
  const withRewrite = (rule: string) => env(KIND_COREFILE.replace('    ready\n', `    ready\n    ${rule}\n`));

  it('answers for the rewritten name; the question is restored, answer names stay rewritten', () => {
    const r = serveDns(withRewrite('rewrite name db.corp.example web.default.svc.cluster.local'), { name: 'db.corp.example.', type: 'A' });
    expect(r.question.name).toBe('db.corp.example.');
    expect(r.answer.map(zoneLine)).toEqual(['web.default.svc.cluster.local. 30 IN A 10.96.120.15']);
  });

  it('with answer auto the answer names are rewritten back', () => {
    const e = withRewrite('rewrite name exact db.corp.example web.default.svc.cluster.local answer auto');
    expect(ask(e, 'db.corp.example.', 'A').answer).toEqual(['db.corp.example. 30 IN A 10.96.120.15']);
  });

  it('suffix rules map a whole domain onto a namespace', () => {
    const e = withRewrite('rewrite name suffix .corp.example .default.svc.cluster.local answer auto');
    expect(ask(e, 'web.corp.example.', 'A').answer).toEqual(['web.corp.example. 30 IN A 10.96.120.15']);
    expect(ask(e, 'nosuch.corp.example.', 'A').rcode).toBe('NXDOMAIN');
  });

  it('regex rules substitute groups', () => {
    const e = withRewrite('rewrite name regex (.*)\\.svc\\.corp\\.example\\. {1}.default.svc.cluster.local.');
    expect(ask(e, 'web.svc.corp.example.', 'A').answer).toEqual(['web.default.svc.cluster.local. 30 IN A 10.96.120.15']);
  });

  it('rejects rewrites we do not simulate with a plugin error', () => {
    expect(() => loadCorefile(KIND_COREFILE.replace('    ready\n', '    ready\n    rewrite type ANY HINFO\n'))).toThrow(/^plugin\/rewrite: Corefile:7 - Error during parsing/);
  });
});
