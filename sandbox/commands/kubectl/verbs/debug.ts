// `kubectl debug node/NAME -it --image=…` (a pod in the node's namespaces with its root at /host)
// and `kubectl debug POD -it --image=… [--target=C]` (an ephemeral container in the pod).

import { resolveResource } from '../../../api/resources.js';
import type { KubeObject } from '../../../api/types.js';
import type { HostInfo } from '../../types.js';
import type { ParsedFlags } from '../flags.js';
import { KubectlError, type KubectlContext, type Verb } from '../types.js';
import { attachNotes } from './run.js';
import { DEBUG } from './help/debug.js';
import { containerProcess, isShell } from './util/podhost.js';

const PROFILES = ['legacy', 'general', 'baseline', 'netadmin', 'restricted', 'sysadmin'];

function validate(k: KubectlContext, f: ParsedFlags): void {
  if (!f.values.image) throw new KubectlError('you must specify --image when not using --copy-to.');
  if (!f.args.length) throw new KubectlError('NAME or filename is required for debug');
  if (!PROFILES.includes(f.values.profile)) throw new KubectlError(`unknown profile: ${f.values.profile}`);
  if (f.values.target && !f.values.quiet) k.out(`Targeting container "${f.values.target}". If you don't see processes from this container it may be because the container runtime doesn't support this feature.\n`);
  if (f.values.tty && !f.values.stdin) throw new KubectlError('-i/--stdin is required for containers with -t/--tty=true');
  if (f.values.profile === 'legacy') k.err('--profile=legacy is deprecated and will be removed in the future. It is recommended to explicitly specify a profile, for example "--profile=general".\n');
}

function debugContainer(name: string, f: ParsedFlags): Record<string, unknown> {
  const c: Record<string, unknown> = { name, image: f.values.image };
  if (f.dashArgs?.length) c[f.values['arguments-only'] ? 'args' : 'command'] = f.dashArgs;
  if (f.values.stdin) c.stdin = true;
  c.terminationMessagePolicy = 'File';
  if (f.values.tty) c.tty = true;
  return c;
}

/** The node-debugger pod; every profile but `restricted`/`baseline` joins the host namespaces. */
function nodeDebugPod(node: string, podName: string, f: ParsedFlags): KubeObject {
  const host = !['baseline', 'restricted'].includes(f.values.profile);
  const container = { ...debugContainer(f.values.container || 'debugger', f), ...(host ? { volumeMounts: [{ mountPath: '/host', name: 'host-root' }] } : {}) };
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: podName },
    spec: {
      containers: [container],
      ...(host ? { hostIPC: true, hostNetwork: true, hostPID: true } : {}),
      nodeName: node,
      restartPolicy: 'Never',
      tolerations: [{ operator: 'Exists' }],
      ...(host ? { volumes: [{ hostPath: { path: '/' }, name: 'host-root' }] } : {}),
    },
  };
}

/** Attaches like `kubectl attach`: a shell on a terminal, else the process's output. */
/**
 * Attaches to the debug container. `sessionEnded` is kubectl's re-attach hint, which
 * attach.go prints on stdout only for a raw TTY on a pod whose restartPolicy is Always ('' = none).
 */
async function attach(k: KubectlContext, f: ParsedFlags, host: HostInfo, container: any, sessionEnded: string): Promise<number> {
  if (!f.values.stdin && !f.values.attach) return 0;
  const tty = attachNotes(k, f.values.tty, f.values.stdin, f.values.quiet);
  const argv = containerProcess(container);
  const shell = isShell(argv);
  const ended = (out: (s: string) => void) => {
    if (sessionEnded && f.values.stdin && f.values.tty && !f.values.quiet) out(`${sessionEnded}\n`);
  };
  if (tty && shell && k.ctx.enterShell?.(host, shell, (_status, io) => ended(io.stdout))) return 0;
  const code = await k.ctx.exec(argv, { host, stdin: f.values.stdin ? k.ctx.stdin : '', tty });
  if (code === 0) ended(k.out);
  return code;
}

async function run(k: KubectlContext, f: ParsedFlags): Promise<number> {
  validate(k, f);
  if (f.values['copy-to']) throw new KubectlError('--copy-to is not supported in this sandbox');
  const api = k.cluster.api;
  const target = f.args[0]!;
  const podRt = resolveResource('pods')!;
  if (/^(node|nodes|no)\//.test(target)) {
    const nodeName = target.slice(target.indexOf('/') + 1);
    api.get(resolveResource('nodes')!, undefined, nodeName);
    const podName = `node-debugger-${nodeName}-${k.cluster.rng.kubeSuffix(5)}`;
    const pod = nodeDebugPod(nodeName, podName, f);
    const cname = pod.spec.containers[0].name;
    if (!f.values.quiet) k.out(`Creating debugging pod ${podName} with container ${cname} on node ${nodeName}.\n`);
    api.create({ ...pod, metadata: { ...pod.metadata, namespace: k.namespace } });
    if (!f.values.stdin && !f.values.attach) return 0;
    const up = k.cluster.waitUntil(() => ['Running', 'Succeeded', 'Failed'].includes(k.cluster.store.get('pods', k.namespace, podName)?.status?.phase), 60000);
    if (!up) throw new KubectlError('timed out waiting for the condition');
    // Node debug pods are restartPolicy Never: kubectl prints no re-attach hint for them.
    const ended = '';
    return attach(k, f, { kind: 'node', hostname: nodeName, node: nodeName, namespace: k.namespace, pod: podName, container: cname, image: f.values.image }, pod.spec.containers[0], ended);
  }
  const podName = target.replace(/^(pod|pods|po)\//, '');
  const pod = api.get(podRt, k.namespace, podName);
  const existing: string[] = [...(pod.spec.containers ?? []), ...(pod.spec.initContainers ?? []), ...(pod.spec.ephemeralContainers ?? [])].map((c: any) => c.name);
  let name: string = f.values.container;
  if (!name) {
    do name = `debugger-${k.cluster.rng.kubeSuffix(5)}`;
    while (existing.includes(name));
    if (!f.values.quiet) k.err(`Defaulting debug container name to ${name}.\n`);
  }
  const ec = { ...debugContainer(name, f), ...(f.values.target ? { targetContainerName: f.values.target } : {}) };
  // The ephemeralcontainers subresource: only that list changes, outside the pod update rules.
  const next = structuredClone(k.cluster.store.get('pods', k.namespace, podName)!);
  next.spec.ephemeralContainers = [...(next.spec.ephemeralContainers ?? []), ec];
  next.metadata.resourceVersion = k.cluster.nextResourceVersion();
  k.cluster.store.put('pods', next);
  k.cluster.dirty = true;
  k.cluster.reconcile();
  const ended =
    (pod.spec.restartPolicy ?? 'Always') === 'Always'
      ? `Session ended, the ephemeral container will not be restarted but may be reattached using 'kubectl attach ${podName} -c ${name} -i -t' if it is still running`
      : '';
  return attach(k, f, { kind: 'pod', hostname: pod.spec.hostname ?? podName, namespace: k.namespace, pod: podName, container: name, node: pod.spec.nodeName, image: f.values.image }, ec, ended);
}

export const debug: Verb = {
  name: 'debug',
  short: 'Create debugging sessions for troubleshooting workloads and nodes',
  group: 'Troubleshooting and Debugging Commands:',
  help: DEBUG,
  flags: [
    { name: 'image', type: 'string', usage: 'Container image to use for debug container.' },
    { name: 'stdin', short: 'i', type: 'bool', usage: 'Keep stdin open on the container(s) in the pod, even if nothing is attached.' },
    { name: 'tty', short: 't', type: 'bool', usage: 'Allocate a TTY for the debugging container.' },
    { name: 'attach', type: 'bool', usage: 'If true, wait for the container to start running, and then attach as if \'kubectl attach ...\' were called.' },
    { name: 'container', short: 'c', type: 'string', usage: 'Container name to use for debug container.' },
    { name: 'target', type: 'string', usage: 'When using an ephemeral container, target processes in this container name.' },
    { name: 'profile', type: 'string', default: 'legacy', usage: 'Options are "legacy", "general", "baseline", "netadmin", "restricted" or "sysadmin".' },
    { name: 'quiet', short: 'q', type: 'bool', usage: 'If true, suppress informational messages.' },
    { name: 'copy-to', type: 'string', usage: 'Create a copy of the target Pod with this name.' },
    { name: 'arguments-only', type: 'bool', usage: 'If specified, everything after -- will be passed to the new container as Args instead of Command.' },
    { name: 'image-pull-policy', type: 'string', usage: 'The image pull policy for the container.' },
    { name: 'env', type: 'stringArray', usage: 'Environment variables to set in the container.' },
    { name: 'filename', short: 'f', type: 'stringSlice', usage: 'identifying the resource to debug' },
  ],
  run,
};
