// Known differences from real kubectl / bash / GNU tools, pinned as failing expectations. Each one was
// checked against the real tool (client-side kubectl 1.32 here, or GNU sed); when one is fixed its
// `it.fails` turns red and should become a plain `it`.

import { describe, expect, it } from 'vitest';
import { ok, workstation } from './harness.js';

describe('kubectl argument checks (client side)', () => {
  // Real: the help text on stdout, then `error: Unexpected args: [svc nosuch]` on stderr, exit 1, nothing written.
  // Culprit: sandbox/commands/kubectl/verbs/config.ts (set-context accepts extra words and creates "svc").
  it.fails('config set-context with more than one name is refused', async () => {
    const { sh } = workstation();
    const r = await sh('kubectl config set-context svc nosuch');
    expect(r.exit).toBe(1);
    expect(r.stderr).toBe('error: Unexpected args: [svc nosuch]\n');
    expect(r.stdout).toMatch(/^Set a context entry in kubeconfig\./);
    expect((await sh('kubectl config get-contexts -o name')).stdout).toBe('kind-kind\n');
  });

  // Real: `error: unexpected arguments: [pod]` + `See 'kubectl api-resources -h' for help and examples`, exit 1.
  // Culprit: sandbox/commands/kubectl/verbs/api-resources.ts (ignores positional arguments).
  it.fails('api-resources takes no arguments', async () => {
    const { sh } = workstation();
    expect(await sh('kubectl api-resources pod')).toEqual({
      stdout: '',
      stderr: "error: unexpected arguments: [pod]\nSee 'kubectl api-resources -h' for help and examples\n",
      exit: 1,
    });
  });

  // Real: `error: cannot specify both a node name and a --selector option` + the -h hint, exit 1.
  // We print nothing and exit 0 (the selector wins and matches no node). Culprit: sandbox/commands/kubectl/verbs/cordon.ts:13.
  it.fails('cordon NODE -l SELECTOR is refused', async () => {
    const { sh } = workstation();
    expect(await sh('kubectl cordon kind-worker -l=Never')).toEqual({
      stdout: '',
      stderr: "error: cannot specify both a node name and a --selector option\nSee 'kubectl cordon -h' for help and examples\n",
      exit: 1,
    });
  });
});

describe('manifests kubectl reads', () => {
  // A scalar where an object belongs (`metadata: 5`, or a `|` block scalar after a bad edit) makes kubectl
  // crash with `knet: internal error: Cannot create property 'namespace' on number '5'`. A real cluster answers
  // with an error (the API server: `… cannot be handled as a ConfigMap: json: cannot unmarshal number into Go
  // struct field ConfigMap.metadata of type v1.ObjectMeta`). Culprit: sandbox/commands/kubectl/manifest/read.ts:87.
  it.fails('a scalar metadata is an error, not a crash', async () => {
    const { sh } = workstation();
    for (const verb of ['create', 'apply']) {
      const r = await sh(`printf 'apiVersion: v1\\nkind: ConfigMap\\nmetadata: 5\\n' | kubectl ${verb} -f -`);
      expect(r.exit).toBe(1);
      expect(r.stderr).not.toContain('internal error');
    }
  });
});

describe('shell and tools', () => {
  // GNU sed runs `{…}` command groups; tutorials use them to edit manifests in place.
  // We print `sed: -e expression #1, char 9: unknown command: `{'`. Culprit: sandbox/commands/coreutils/sed.ts:154.
  it.fails('sed command groups', async () => {
    const { sh } = workstation();
    expect(await sh(`printf 'a\\nports:\\nb\\nc\\n' | sed '/ports:/{N;d}'`)).toEqual(ok('a\nc\n'));
  });
});
