// Verbs that act on running workloads, on a kind cluster from createCluster(): rollout, logs,
// exec, run --rm -i, expose, set image, wait and edit.

import { beforeEach, describe, expect, it } from 'vitest';
import { createCluster } from '../../../../../sandbox/cluster/bootstrap.js';
import { Harness } from './harness.js';

let h: Harness;
beforeEach(async () => {
  h = new Harness();
  h.cluster = createCluster({ seed: 7 });
});

async function webDeployment(replicas = 2): Promise<void> {
  expect((await h.run(`kubectl create deployment web --image=nginx:1.27.0 --replicas=${replicas} --port=80`)).stdout).toBe('deployment.apps/web created\n');
}

describe('kubectl rollout', () => {
  it('status waits on the cluster clock and prints each new state once', async () => {
    await webDeployment();
    const r = await h.run('kubectl rollout status deployment/web');
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[lines.length - 1]).toBe('deployment "web" successfully rolled out');
    expect(lines.slice(0, -1).every((l) => l.startsWith('Waiting for deployment "web" rollout to finish: '))).toBe(true);
    expect(new Set(lines).size).toBe(lines.length);
  });

  it('set image, history, undo, restart, pause and resume', async () => {
    await webDeployment();
    await h.run('kubectl rollout status deploy/web');
    expect((await h.run('kubectl set image deploy/web nginx=nginx:1.28.0')).stdout).toBe('deployment.apps/web image updated\n');
    expect((await h.run('kubectl set image deploy/web nope=x')).stderr).toBe('error: unable to find container named "nope"\n');
    expect(await h.run('kubectl set image deploy/web nginx=nginx:1.28.0')).toEqual({ stdout: '', stderr: '', code: 0 });
    await h.run('kubectl rollout status deploy/web');
    expect((await h.run('kubectl rollout history deploy/web')).stdout).toBe('deployment.apps/web \nREVISION  CHANGE-CAUSE\n1         <none>\n2         <none>\n\n');
    expect((await h.run('kubectl rollout undo deploy/web')).stdout).toBe('deployment.apps/web rolled back\n');
    expect(h.get('deployments.apps', 'web').spec.template.spec.containers[0].image).toBe('nginx:1.27.0');
    expect((await h.run('kubectl rollout restart deploy/web')).stdout).toBe('deployment.apps/web restarted\n');
    expect(h.get('deployments.apps', 'web').spec.template.metadata.annotations['kubectl.kubernetes.io/restartedAt']).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect((await h.run('kubectl rollout pause deploy/web')).stdout).toBe('deployment.apps/web paused\n');
    expect((await h.run('kubectl rollout pause deploy/web')).stderr).toBe('error: deployments.apps "web" is already paused\n');
    expect((await h.run('kubectl rollout resume deploy/web')).stdout).toBe('deployment.apps/web resumed\n');
    expect((await h.run('kubectl rollout resume deploy/web')).stderr).toBe('error: deployments.apps "web" is not paused\n');
    expect((await h.run('kubectl set env deploy/web MODE=fast')).stdout).toBe('deployment.apps/web env updated\n');
    expect(h.get('deployments.apps', 'web').spec.template.spec.containers[0].env).toEqual([{ name: 'MODE', value: 'fast' }]);
    expect((await h.run('kubectl set env deploy/web MODE-')).stdout).toBe('deployment.apps/web env updated\n');
    expect(h.get('deployments.apps', 'web').spec.template.spec.containers[0].env).toBeUndefined();
  });

  it('undo without history', async () => {
    await webDeployment(1);
    await h.run('kubectl rollout status deploy/web');
    expect((await h.run('kubectl rollout undo deploy/web')).stderr).toBe('error: no rollout history found for deployment "web"\n');
  });
});

describe('kubectl logs', () => {
  it("prints nginx's startup lines, with --tail and a note on which pod was used", async () => {
    await webDeployment();
    await h.run('kubectl rollout status deploy/web');
    const r = await h.run('kubectl logs deploy/web --tail=2');
    expect(r.stdout).toMatch(/^\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d \[notice\] 1#1: start worker process \d+\n.*start worker process \d+\n$/);
    expect(r.stderr).toMatch(/^Found 2 pods, using pod\/web-[a-z0-9]+-[a-z0-9]{5}\n$/);
    const pod = r.stderr.match(/pod\/(\S+)/)![1]!;
    const all = await h.run(`kubectl logs ${pod}`);
    expect(all.stdout.split('\n')[0]).toBe('/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration');
    expect(all.stdout).toContain('[notice] 1#1: nginx/1.27.0\n');
    expect((await h.run(`kubectl logs ${pod} -c nope`)).stderr).toBe(`Error from server (BadRequest): container nope is not valid for pod ${pod}\n`);
    expect((await h.run(`kubectl logs ${pod} --previous`)).stderr).toBe(`Error from server (BadRequest): previous terminated container "nginx" in pod "${pod}" not found\n`);
  });

  it('a pod not found, and a multi-container pod defaults to its first container', async () => {
    expect((await h.run('kubectl logs nosuch')).stderr).toBe('Error from server (NotFound): pods "nosuch" not found\n');
    h.write('two.yaml', 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: two\nspec:\n  containers:\n  - name: a\n    image: nginx\n  - name: b\n    image: busybox\n    command: ["sleep", "3600"]\n');
    await h.run('kubectl apply -f two.yaml');
    await h.run('kubectl wait --for=condition=Ready pod/two --timeout=120s');
    const r = await h.run('kubectl logs two');
    expect(r.stderr).toBe('Defaulted container "a" out of: a, b\n');
    expect(r.stdout).toContain('Configuration complete; ready for start up');
  });
});

describe('kubectl exec', () => {
  beforeEach(async () => {
    await h.run('kubectl run web --image=nginx');
    await h.run('kubectl wait --for=condition=Ready pod/web --timeout=120s');
  });

  it('runs the command in the pod and passes its exit status back', async () => {
    h.execResult = 6;
    expect(await h.run('kubectl exec web -- curl -s http://nope')).toEqual({ stdout: '', stderr: 'command terminated with exit code 6\n', code: 6 });
    expect(h.execs[0]).toMatchObject({ argv: ['curl', '-s', 'http://nope'], host: { kind: 'pod', pod: 'web', namespace: 'default', container: 'web', image: 'nginx' } });
  });

  it('opens a shell with -it when the terminal allows, and says so when there is no TTY', async () => {
    const r = await h.run('kubectl exec -it web -- sh');
    expect(r.stderr).toBe('Unable to use a TTY - input is not a terminal or the right kind of file\n');
    expect(h.execs).toHaveLength(1);
  });

  it('wording of the common failures', async () => {
    expect((await h.run('kubectl exec web')).stderr).toBe('error: you must specify at least one command for the container\n');
    expect((await h.run('kubectl exec web -c nope -- ls')).stderr).toBe('error: unable to upgrade connection: container not found ("nope")\n');
    expect((await h.run('kubectl exec nosuch -- ls')).stderr).toBe('Error from server (NotFound): pods "nosuch" not found\n');
    const old = await h.run('kubectl exec web ls');
    expect(old.stderr).toBe('kubectl exec [POD] [COMMAND] is DEPRECATED and will be removed in a future version. Use kubectl exec [POD] -- [COMMAND] instead.\n');
    expect(h.execs.at(-1)!.argv).toEqual(['ls']);
  });

  it('refuses completed pods', async () => {
    await h.run('kubectl run once --image=busybox --restart=Never -- true');
    await h.run('kubectl wait --for=jsonpath={.status.phase}=Succeeded pod/once --timeout=120s');
    expect((await h.run('kubectl exec once -- ls')).stderr).toBe('error: cannot exec into a container in a completed pod; current phase is Succeeded\n');
  });
});

describe('kubectl run', () => {
  it('--rm -i runs the container process, then deletes the pod', async () => {
    const r = await h.run('kubectl run tmp --image=busybox --restart=Never --rm -i -- wget -qO- http://web');
    expect(r).toEqual({ stdout: 'pod "tmp" deleted from default namespace\n', stderr: "If you don't see a command prompt, try pressing enter.\n", code: 0 });
    expect(h.execs[0]).toMatchObject({ argv: ['wget', '-qO-', 'http://web'], host: { pod: 'tmp', container: 'tmp', image: 'busybox' } });
    // run --rm does not wait for the deletion to finish (its delete flags default to --wait=false).
    const left = h.get('pods', 'tmp');
    expect(left === undefined || left.metadata.deletionTimestamp !== undefined).toBe(true);
  });

  it('a failing command ends the run with its exit code', async () => {
    h.execResult = 1;
    const r = await h.run('kubectl run tmp --image=busybox --restart=Never --rm -i -- false');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('pod default/tmp terminated (Error)\n');
  });

  it('-it without a terminal still attaches, after the TTY warning', async () => {
    const r = await h.run('kubectl run tmp --image=busybox -it --rm --restart=Never -- sh');
    expect(r.stderr.startsWith('Unable to use a TTY - input is not a terminal or the right kind of file\n')).toBe(true);
    expect(h.execs[0]!.argv).toEqual(['sh']);
  });

  it('-it on a terminal enters the shell and deletes the pod when it ends', async () => {
    const before = h.shells.length;
    let stdout = '';
    const r = await h.runTty('kubectl run tmp --image=busybox -it --rm --restart=Never', (s) => (stdout += s));
    expect(r).toBe(0);
    expect(h.shells.length).toBe(before + 1);
    expect(h.shells.at(-1)).toMatchObject({ shell: 'sh', host: { pod: 'tmp' } });
    expect(h.get('pods', 'tmp')).toBeDefined();
    expect(stdout).toBe(
      "All commands and output from this session will be recorded in container logs, including credentials and sensitive information passed through the command prompt.\nIf you don't see a command prompt, try pressing enter.\n",
    );
    stdout = '';
    h.shellExits.at(-1)!();
    // kubectl's attach.go prints the re-attach hint only for restartPolicy Always pods.
    expect(stdout).toBe('pod "tmp" deleted from default namespace\n');
  });

  it('-it --rm with restartPolicy Never: a failing shell reports the termination after the deletion', async () => {
    let out = '';
    await h.runTty('kubectl run fail --image=busybox -it --rm --restart=Never', (s) => (out += s));
    out = '';
    h.shellExits.at(-1)!(3);
    expect(out).toBe('pod "fail" deleted from default namespace\npod default/fail terminated (Error)\n');
  });

  it('-it on a pod that restarts says how to re-attach, on stdout (attach.go)', async () => {
    let stdout = '';
    const r = await h.runTty('kubectl run keep --image=busybox -it --restart=Always', (s) => (stdout += s));
    expect(r).toBe(0);
    stdout = '';
    h.shellExits.at(-1)!();
    expect(stdout).toBe("Session ended, resume using 'kubectl attach keep -c keep -i -t' command when the pod is running\n");
  });

  it('argument errors', async () => {
    expect((await h.run('kubectl run tmp --image=busybox --rm')).stderr).toBe("error: --rm should only be used for attached containers\nSee 'kubectl run -h' for help and examples\n");
    expect((await h.run('kubectl run tmp --image=busybox --restart=Sometimes')).stderr).toBe('error: invalid restart policy: Sometimes\n');
    expect((await h.run('kubectl run --image=busybox')).stderr).toBe("error: NAME is required for run\nSee 'kubectl run -h' for help and examples\n");
    expect((await h.run('kubectl run tmp -i --image=busybox --dry-run=client')).stderr).toBe("error: --dry-run=[server|client] can't be used with attached containers options (--attach, --stdin, or --tty)\n");
  });

  it('--dry-run=client -o yaml prints the Pod kubectl would create', async () => {
    const r = await h.run('kubectl run web --image=nginx --port=80 --env=A=1 --dry-run=client -o yaml');
    expect(r.stdout).toBe(
      'apiVersion: v1\nkind: Pod\nmetadata:\n  labels:\n    run: web\n  name: web\nspec:\n  containers:\n  - env:\n    - name: A\n      value: "1"\n    image: nginx\n    name: web\n    ports:\n    - containerPort: 80\n    resources: {}\n  dnsPolicy: ClusterFirst\n  restartPolicy: Always\nstatus: {}\n',
    );
  });
});

describe('kubectl expose', () => {
  it('takes selector and port from the deployment', async () => {
    await webDeployment();
    expect((await h.run('kubectl expose deployment web --type=NodePort')).stdout).toBe('service/web exposed\n');
    const svc = h.get('services', 'web');
    expect(svc.spec.selector).toEqual({ app: 'web' });
    expect(svc.metadata.labels).toEqual({ app: 'web' });
    expect(svc.spec.ports[0]).toMatchObject({ port: 80, targetPort: 80, protocol: 'TCP' });
    expect(svc.spec.ports[0].nodePort).toBeGreaterThanOrEqual(30000);
  });

  it('explains what it cannot find', async () => {
    await h.run('kubectl create deployment np --image=nginx');
    expect((await h.run('kubectl expose deploy np')).stderr).toBe("error: couldn't find port via --port flag or introspection\nSee 'kubectl expose -h' for help and examples\n");
    expect((await h.run('kubectl expose deploy np --port=80 --target-port=8080 --name=np2 --dry-run=client -o yaml')).stdout).toBe(
      'apiVersion: v1\nkind: Service\nmetadata:\n  labels:\n    app: np\n  name: np2\nspec:\n  ports:\n  - port: 80\n    protocol: TCP\n    targetPort: 8080\n  selector:\n    app: np\nstatus:\n  loadBalancer: {}\n',
    );
  });
});

describe('kubectl wait', () => {
  it('times out with the resource named', async () => {
    await h.run('kubectl run stuck --image=nginx:no-such-tag');
    const t0 = h.cluster.now;
    expect(await h.run('kubectl wait --for=condition=Ready pod/stuck --timeout=10s')).toEqual({ stdout: '', stderr: 'error: timed out waiting for the condition on pods/stuck\n', code: 1 });
    expect(h.cluster.now - t0).toBeGreaterThanOrEqual(10000);
  });

  it('waits for deletion and for jsonpath values', async () => {
    await h.run('kubectl run web --image=nginx');
    expect((await h.run("kubectl wait --for=jsonpath='{.status.phase}'=Running pod/web --timeout=2m")).stdout).toBe('pod/web condition met\n');
    await h.run('kubectl delete pod web --wait=false');
    expect((await h.run('kubectl wait --for=delete pod/web --timeout=60s')).stdout).toBe('pod/web condition met\n');
    expect((await h.run('kubectl wait --for=bogus pod/web')).stderr).toBe('error: unrecognized condition: "bogus"\n');
  });
});

describe('kubectl edit', () => {
  it('without an editor fails as kubectl does when vi cannot start', async () => {
    await h.run('kubectl create configmap cfg --from-literal=a=1');
    expect(await h.run('kubectl edit cm cfg')).toEqual({ stdout: '', stderr: 'error: unable to launch the editor "vi"\n', code: 1 });
  });

  it('with the host editor hook, saves the edited object', async () => {
    await h.run('kubectl create configmap cfg --from-literal=a=1');
    h.editor = (_path, text) => text.replace('a: "1"', 'a: "2"');
    expect(await h.run('kubectl edit cm cfg')).toEqual({ stdout: 'configmap/cfg edited\n', stderr: '', code: 0 });
    expect(h.get('configmaps', 'cfg').data).toEqual({ a: '2' });
    h.editor = (_path, text) => text;
    expect(await h.run('kubectl edit cm cfg')).toEqual({ stdout: '', stderr: 'Edit cancelled, no changes made.\n', code: 0 });
  });
});

describe('kubectl logs of one-shot commands', () => {
  it('prints what echo statements wrote', async () => {
    await h.run(['kubectl', 'run', 'hello', '--image=busybox', '--restart=Never', '--', 'sh', '-c', 'echo hello; echo "from  busybox"; sleep 1']);
    await h.run('kubectl wait --for=jsonpath={.status.phase}=Succeeded pod/hello --timeout=2m');
    expect(await h.run('kubectl logs hello')).toEqual({ stdout: 'hello\nfrom  busybox\n', stderr: '', code: 0 });
    await h.run('kubectl run e --image=busybox --restart=Never --command -- echo hi there');
    await h.run('kubectl wait --for=jsonpath={.status.phase}=Succeeded pod/e --timeout=2m');
    expect((await h.run('kubectl logs e')).stdout).toBe('hi there\n');
  });
});

describe('kubectl debug', () => {
  it('node/NAME -it starts a host-namespace pod and opens a shell on the node', async () => {
    let out = '';
    const code = await h.runTty('kubectl debug node/kind-worker -it --image=busybox', (s) => (out += s));
    expect(code).toBe(0);
    expect(out).toMatch(/\nCreating debugging pod node-debugger-kind-worker-[a-z0-9]{5} with container debugger on node kind-worker\.\n/);
    expect(out).toContain('--profile=legacy is deprecated and will be removed in the future.');
    expect(h.shells.at(-1)).toMatchObject({ shell: 'sh', host: { kind: 'node', node: 'kind-worker', hostname: 'kind-worker' } });
    const pod = h.cluster.store.list('pods', 'default').find((p) => p.metadata.name!.startsWith('node-debugger-'))!;
    expect(pod.spec).toMatchObject({ hostNetwork: true, hostPID: true, hostIPC: true, nodeName: 'kind-worker', restartPolicy: 'Never' });
    expect(pod.spec.volumes[0]).toMatchObject({ hostPath: { path: '/' }, name: 'host-root' });
  });

  it('POD -it adds an ephemeral container and runs in the pod', async () => {
    await h.run('kubectl run web --image=nginx');
    await h.run('kubectl wait --for=condition=Ready pod/web --timeout=120s');
    const r = await h.run('kubectl debug web -i --image=busybox --target=web --profile=general -- ip addr');
    expect(r.stdout).toBe('Targeting container "web". If you don\'t see processes from this container it may be because the container runtime doesn\'t support this feature.\n');
    expect(r.stderr).toMatch(/^Defaulting debug container name to debugger-[a-z0-9]{5}\.\nIf you don't see a command prompt, try pressing enter\.\n$/);
    expect(h.execs.at(-1)).toMatchObject({ argv: ['ip', 'addr'], host: { kind: 'pod', pod: 'web', image: 'busybox' } });
    expect(h.get('pods', 'web').spec.ephemeralContainers[0]).toMatchObject({ image: 'busybox', targetContainerName: 'web', command: ['ip', 'addr'] });
  });

  it('needs an image and a name', async () => {
    expect((await h.run('kubectl debug node/kind-worker')).stderr).toBe('error: you must specify --image when not using --copy-to.\n');
    expect((await h.run('kubectl debug --image=busybox')).stderr).toBe('error: NAME or filename is required for debug\n');
    expect((await h.run('kubectl debug node/nope --image=busybox --profile=general')).stderr).toBe('Error from server (NotFound): nodes "nope" not found\n');
  });
});

describe('kubectl attach', () => {
  it('re-enters a shell started with run -it, and refuses containers without stdin', async () => {
    await h.run('kubectl run box --image=busybox -it -- sh');
    let out = '';
    expect(await h.runTty('kubectl attach box -c box -i -t', (s) => (out += s))).toBe(0);
    expect(h.shells.at(-1)).toMatchObject({ shell: 'sh', host: { pod: 'box', container: 'box' } });
    expect(out).toContain("If you don't see a command prompt, try pressing enter.\n");
    await h.run('kubectl run web --image=nginx');
    expect((await h.run('kubectl attach web -i')).stderr).toBe('error: stdin is not enabled for container web\n');
    expect((await h.run('kubectl attach')).stderr).toBe('error: at least 1 argument is required for attach\n');
  });
});
