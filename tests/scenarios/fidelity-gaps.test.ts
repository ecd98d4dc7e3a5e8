// Known differences from real kubectl / bash / GNU tools, pinned as failing expectations. Each one was
// checked against the real tool (client-side kubectl 1.32 here, or GNU sed); when one is fixed its
// `it.fails` turns red and should become a plain `it`.

import { describe, expect, it } from 'vitest';
import { ok, workstation } from './harness.js';

describe('kubectl argument checks (client side)', () => {
  // Real: the help text on stdout, then `error: Unexpected args: [svc nosuch]` on stderr, exit 1, nothing written.
  it('config set-context with more than one name is refused', async () => {
    const { sh } = workstation();
    const r = await sh('kubectl config set-context svc nosuch');
    expect(r.exit).toBe(1);
    expect(r.stderr).toBe('error: Unexpected args: [svc nosuch]\n');
    expect(r.stdout).toMatch(/^Set a context entry in kubeconfig\./);
    expect((await sh('kubectl config get-contexts -o name')).stdout).toBe('kind-kind\n');
  });

  // Real: `error: unexpected arguments: [pod]` + `See 'kubectl api-resources -h' for help and examples`, exit 1.
  it('api-resources takes no arguments', async () => {
    const { sh } = workstation();
    expect(await sh('kubectl api-resources pod')).toEqual({
      stdout: '',
      stderr: "error: unexpected arguments: [pod]\nSee 'kubectl api-resources -h' for help and examples\n",
      exit: 1,
    });
  });

  // Real: `error: cannot specify both a node name and a --selector option` + the -h hint, exit 1.
  it('cordon NODE -l SELECTOR is refused', async () => {
    const { sh } = workstation();
    expect(await sh('kubectl cordon kind-worker -l=Never')).toEqual({
      stdout: '',
      stderr: "error: cannot specify both a node name and a --selector option\nSee 'kubectl cordon -h' for help and examples\n",
      exit: 1,
    });
  });
});

describe('manifests kubectl reads', () => {
  // A scalar where an object belongs (`metadata: 5`, or a `|` block scalar after a bad edit): kubectl's
  // accessors see no name in it, so the object has none and the command fails cleanly (the exact text differs
  // from the API server's `cannot unmarshal number into Go struct field ConfigMap.metadata`).
  it('a scalar metadata is an error, not a crash', async () => {
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

describe('kubectl logs on failing containers (kubelet validateContainerLogStatus)', () => {
  // The states the two pinned cases below rely on, so they cannot "fail" for the wrong reason.
  it('a crashing container loops and a missing image backs off', async () => {
    const { sh } = workstation();
    await sh(`kubectl run crash --image=busybox -- sh -c 'echo boom; exit 1'`);
    await sh('kubectl run bad --image=nginx:nosuch');
    await sh('sleep 30');
    expect((await sh('kubectl get pod bad -o jsonpath={.status.containerStatuses[0].state.waiting.reason}')).stdout).toBe('ImagePullBackOff');
    await sh('sleep 30');
    expect((await sh('kubectl get pod crash -o jsonpath={.status.containerStatuses[0].state.waiting.reason}')).stdout).toBe('CrashLoopBackOff');
    expect(await sh('kubectl logs crash --previous')).toEqual(ok('boom\n'));
  });

  // The kubelet checks lastState.terminated before a waiting reason, so a crash-looping container shows the
  // output of its last run.
  it('logs of a CrashLoopBackOff container are those of its last run', async () => {
    const { sh } = workstation();
    await sh(`kubectl run crash --image=busybox -- sh -c 'echo boom; exit 1'`);
    await sh('sleep 60');
    expect((await sh('kubectl get pod crash')).stdout).toContain('CrashLoopBackOff');
    expect(await sh('kubectl logs crash')).toEqual(ok('boom\n'));
  });

  // The kubelet words the common pull failures: ErrImagePull → "image can't be pulled",
  // ImagePullBackOff → "trying and failing to pull image".
  it('logs of a container that cannot pull its image', async () => {
    const { sh } = workstation();
    await sh('kubectl run bad --image=nginx:nosuch');
    await sh('sleep 30');
    expect((await sh('kubectl get pod bad')).stdout).toContain('ImagePullBackOff');
    expect(await sh('kubectl logs bad')).toEqual({
      stdout: '',
      stderr: 'Error from server (BadRequest): container "bad" in pod "bad" is waiting to start: trying and failing to pull image\n',
      exit: 1,
    });
  });
});

describe('verbs a learner tries', () => {
  // A kind cluster serves ~57 resource types (statefulsets, jobs, cronjobs, hpa, pv/pvc, storageclasses, leases,
  // roles, crds…); we serve 17, so `kubectl get sts` says `error: the server doesn't have a resource type "sts"`
  // where a real cluster lists nothing. Culprit: sandbox/api/resources.ts (RESOURCES).
  it.fails('kubectl get on the workload types a kind cluster serves but nobody created', async () => {
    const { sh } = workstation();
    for (const t of ['sts', 'jobs', 'cronjobs', 'hpa', 'pvc'])
      expect(await sh(`kubectl get ${t}`), t).toEqual({ stdout: '', stderr: 'No resources found in default namespace.\n', exit: 0 });
  });

  // `kubectl run --overrides` (a JSON merge patch over the generated pod) is how networking tutorials pin a
  // test pod to a node.
  it('kubectl run --overrides places the pod where asked', async () => {
    const { sh } = workstation();
    expect(await sh(`kubectl run tmp --image=busybox --restart=Never --overrides='{"spec":{"nodeName":"kind-worker"}}' -- sleep 3600`)).toEqual(ok('pod/tmp created\n'));
    expect(await sh('kubectl get pod tmp -o jsonpath={.spec.nodeName}')).toEqual(ok('kind-worker'));
  });

  // The `all` category works for delete as for get (pods, services, deployments, replicasets, …), the usual
  // way to clean a namespace: delete expands the `all` category as get does.
  it('kubectl delete all --all', async () => {
    const { sh } = workstation();
    await sh('kubectl create deployment web --image=nginx');
    await sh('kubectl expose deploy web --port=80');
    const r = await sh('kubectl delete all --all');
    expect(r.exit).toBe(0);
    expect(r.stdout).toContain('service "web" deleted from default namespace\n');
    expect(r.stdout).toContain('deployment.apps "web" deleted from default namespace\n');
    expect(await sh('kubectl get deploy')).toEqual({ stdout: '', stderr: 'No resources found in default namespace.\n', exit: 0 });
  });

  // kind ships no metrics-server: real kubectl answers `error: Metrics API not available` (exit 1).
  it('kubectl top on a kind cluster', async () => {
    const { sh } = workstation();
    expect(await sh('kubectl top nodes')).toEqual({ stdout: '', stderr: 'error: Metrics API not available\n', exit: 1 });
    expect(await sh('kubectl top pods -A')).toEqual({ stdout: '', stderr: 'error: Metrics API not available\n', exit: 1 });
  });
});

describe('rollout history (the docs\' "Checking Rollout History of a Deployment")', () => {
  // The deployment controller copies the Deployment's annotations onto its newest ReplicaSet on every sync
  // (SetNewReplicaSetAnnotations), so annotating kubernetes.io/change-cause after `set image` fills in
  // CHANGE-CAUSE for the current revision. We copy them only when a ReplicaSet is created.
  // Culprit: sandbox/controllers/deployment.ts (~line 157, the existing new ReplicaSet is not updated).
  it.fails('kubernetes.io/change-cause annotated after set image shows in CHANGE-CAUSE', async () => {
    const { sh } = workstation();
    await sh('kubectl create deployment web --image=nginx:1.27');
    await sh('kubectl set image deploy/web nginx=nginx:1.28');
    expect(await sh('kubectl annotate deployment web kubernetes.io/change-cause="image updated to 1.28"')).toEqual(ok('deployment.apps/web annotated\n'));
    expect(await sh('kubectl rollout history deployment/web')).toEqual(
      ok('deployment.apps/web \nREVISION  CHANGE-CAUSE\n1         <none>\n2         image updated to 1.28\n\n'),
    );
  });

  // `--revision=N` prints the revision's pod template under the header; we print the header only.
  // Culprit: sandbox/commands/kubectl/verbs/rollout.ts:157.
  it.fails('rollout history --revision shows the pod template', async () => {
    const { sh } = workstation();
    await sh('kubectl create deployment web --image=nginx:1.27');
    await sh('kubectl set image deploy/web nginx=nginx:1.28');
    const r = await sh('kubectl rollout history deployment/web --revision=2');
    expect(r.exit).toBe(0);
    expect(r.stdout).toMatch(/^deployment\.apps\/web with revision #2\nPod Template:\n {2}Labels:\s+app=web\n/);
    expect(r.stdout).toMatch(/^ {4}Image:\s+nginx:1\.28$/m);
  });
});
