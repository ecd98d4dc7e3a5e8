// `kubectl get --raw URI`: the API server's own response body for the paths a learner pokes at —
// health endpoints, /version, and REST paths of the resources the simulated server serves.

import { StatusError } from '../../../api/errors.js';
import { RESOURCES } from '../../../api/resources.js';
import { VERSIONS } from '../../../cluster/config.js';
import type { KubectlContext } from '../types.js';

const notFound = () => new StatusError('NotFound', 'the server could not find the requested resource');

/** The response body for a GET of `uri`, or a StatusError as the server would answer. */
export function rawGet(k: KubectlContext, uri: string): string {
  const [path] = uri.split('?');
  if (path === '/healthz' || path === '/livez' || path === '/readyz') return 'ok';
  if (path === '/version') {
    const [major, minor] = VERSIONS.kubernetes.replace(/^v/, '').split('.');
    const info = {
      major, minor, emulationMajor: major, emulationMinor: minor, minCompatibilityMajor: major, minCompatibilityMinor: String(Number(minor) - 1),
      gitVersion: VERSIONS.kubernetes, gitCommit: 'f28b4c9efbca5c5c0af716d9f2d5702667ee8a45', gitTreeState: 'clean', buildDate: '2025-08-27T10:15:59Z',
      goVersion: VERSIONS.goVersion, compiler: 'gc', platform: 'linux/amd64',
    };
    return JSON.stringify(info, null, 2);
  }
  const m = path!.match(/^\/(?:api\/(v1)|apis\/([^/]+)\/([^/]+))(?:\/namespaces\/([^/]+))?\/([^/]+)(?:\/([^/]+))?\/?$/);
  if (!m) throw notFound();
  const group = m[2] ?? '';
  const version = m[1] ?? m[3]!;
  const [ns, plural, name] = [m[4], m[5]!, m[6]];
  const rt = RESOURCES.find((r) => r.group === group && r.version === version && r.plural === plural);
  // `/api/v1/namespaces/default` is the namespace object itself (no namespace segment matched).
  if (!rt || (ns !== undefined && !rt.namespaced)) throw notFound();
  if (name !== undefined) return JSON.stringify(k.cluster.api.get(rt, ns, name));
  const items = k.cluster.api.list(rt, rt.namespaced ? ns : undefined).map(({ apiVersion: _a, kind: _k, ...rest }) => rest);
  return JSON.stringify({ kind: `${rt.kind}List`, apiVersion: group ? `${group}/${version}` : version, metadata: { resourceVersion: String(k.cluster.rv) }, items });
}
