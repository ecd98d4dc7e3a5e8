// kubectl -v=6..8: the REST calls the invocation makes, in client-go's klog format; controllers'
// own calls never appear.

import { describe, expect, it } from 'vitest';
import { createCluster } from '../../../../sandbox/cluster/bootstrap.js';
import { MemoryFs } from '../../../../sandbox/fs/memfs.js';
import { Session } from '../../../../sandbox/shell/session.js';

async function run(line: string) {
  const cluster = createCluster({ seed: 4, startTime: Date.UTC(2025, 8, 1, 9, 0, 0) });
  const session = new Session({ cluster, fs: new MemoryFs(), home: '/home/learner' });
  let out = '';
  let err = '';
  const code = await session.run(line, { stdout: (s) => (out += s), stderr: (s) => (err += s) });
  return { out, err, code };
}

const strip = (log: string) => log.replace(/^I\d{4} \d\d:\d\d:\d\d\.\d{6} +\d+ /gm, '');

describe('kubectl -v', () => {
  it('-v=6 logs the config file and one line per call', async () => {
    const r = await run('kubectl get pods -n kube-system -l k8s-app=kube-dns -v=6');
    expect(r.code).toBe(0);
    expect(strip(r.err)).toMatch(
      /^loader\.go:402\] Config loaded from file: {2}\/home\/learner\/\.kube\/config\nround_trippers\.go:560\] GET https:\/\/127\.0\.0\.1:\d+\/api\/v1\/namespaces\/kube-system\/pods\?labelSelector=k8s-app%3Dkube-dns&limit=500 200 OK in \d milliseconds\n$/,
    );
  });

  it('logs creates with their status and leaves out what controllers do', async () => {
    const r = await run('kubectl create deployment web --image=nginx -v=6');
    const lines = strip(r.err).split('\n').filter(Boolean);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^round_trippers\.go:560\] POST https:\/\/127\.0\.0\.1:\d+\/apis\/apps\/v1\/namespaces\/default\/deployments\?fieldManager=kubectl-create&fieldValidation=Strict 201 Created in \d milliseconds$/);
    expect(r.out).toBe('deployment.apps/web created\n');
  });

  it('-v=8 adds headers, the response status and body, errors included', async () => {
    const r = await run('kubectl get deploy nosuch -v=8');
    expect(r.code).toBe(1);
    const log = strip(r.err);
    expect(log).toContain('round_trippers.go:476] Request Headers:\n');
    expect(log).toContain('Response Status: 404 Not Found in ');
    expect(log).toContain('request.go:1351] Response Body: {"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"deployments.apps \\"nosuch\\" not found","reason":"NotFound"');
    expect(log.endsWith('Error from server (NotFound): deployments.apps "nosuch" not found\n')).toBe(true);
  });

  it('prints nothing extra below -v=6', async () => {
    expect((await run('kubectl get ns default -v=5')).err).toBe('');
  });
});
