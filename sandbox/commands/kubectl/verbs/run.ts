// `kubectl run NAME --image=…`: one Pod labelled run=NAME; with -i/-t/--attach it waits for the
// pod on the cluster clock, runs the container's process in it, and with --rm deletes it after.

import { applyJsonPatch } from '../patch/jsonpatch.js';
import { applyMergePatch } from '../patch/merge.js';
import { applyStrategicPatch } from '../patch/strategic.js';
import { resolveResource } from '../../../api/resources.js';
import type { KubeObject } from '../../../api/types.js';
import type { ParsedFlags } from '../flags.js';
import { KubectlError, type KubectlContext, type Verb } from '../types.js';
import { NO_TTY } from './exec.js';
import { RUN } from './help/run.js';
import { DRY_RUN_FLAG, FIELD_MANAGER_FLAG, OUTPUT_FLAG, dryRunMode, outputFormat, printResult } from './util/common.js';
import { requireFlag } from './util/generate.js';
import { containerProcess, isShell, podHost } from './util/podhost.js';

function parsePairs(text: string, what: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of text.split(',')) {
    const i = part.indexOf('=');
    if (i <= 0) throw new KubectlError(`invalid ${what} spec: ${part}`);
    out[part.slice(0, i)] = part.slice(i + 1);
  }
  return out;
}

export function buildRunPod(name: string, f: ParsedFlags, attach: boolean): KubeObject {
  const restart: string = f.values.restart;
  const labels = f.values.labels ? parsePairs(f.values.labels, 'label') : { run: name };
  const container: Record<string, unknown> = { name, image: f.values.image };
  const rest = f.dashArgs ?? [];
  if (rest.length) container[f.values.command ? 'command' : 'args'] = rest;
  if (f.values.port >= 0) container.ports = [{ containerPort: f.values.port }];
  const env: string[] = f.values.env;
  if (env.length)
    container.env = env.map((e) => {
      const i = e.indexOf('=');
      if (i <= 0) throw new KubectlError(`invalid env: ${e}`);
      return { name: e.slice(0, i), value: e.slice(i + 1) };
    });
  container.resources = {};
  if (f.values['image-pull-policy']) container.imagePullPolicy = f.values['image-pull-policy'];
  if (f.values.stdin) {
    container.stdin = true;
    if (!f.values['leave-stdin-open'] && attach) container.stdinOnce = true;
  }
  if (f.values.tty) container.tty = true;
  const metadata: Record<string, unknown> = { name, labels };
  if (f.values.annotations.length) metadata.annotations = Object.fromEntries((f.values.annotations as string[]).map((a) => [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)]));
  return { kind: 'Pod', apiVersion: 'v1', metadata, spec: { containers: [container], restartPolicy: restart, dnsPolicy: 'ClusterFirst' }, status: {} } as KubeObject;
}

async function run(k: KubectlContext, f: ParsedFlags): Promise<number> {
  if (!requireFlag(k, f, 'image')) return 1;
  if (f.args.length < 1) throw new KubectlError('NAME is required for run', 1, true);
  const name = f.args[0]!;
  if (f.args.length > 1) f.dashArgs = [...f.args.slice(1), ...(f.dashArgs ?? [])];
  const d = dryRunMode(f);
  const format = outputFormat(f);
  if (!['Always', 'OnFailure', 'Never'].includes(f.values.restart)) throw new KubectlError(`invalid restart policy: ${f.values.restart}`);
  const attach: boolean = f.values.attach || f.values.stdin || f.values.tty;
  if (f.values.rm && !attach) throw new KubectlError('--rm should only be used for attached containers', 1, true);
  if (attach && d !== 'none') throw new KubectlError("--dry-run=[server|client] can't be used with attached containers options (--attach, --stdin, or --tty)");
  if (f.values.tty && !f.values.stdin) throw new KubectlError('-i/--stdin is required for containers with -t/--tty=true');
  if (f.values.expose && f.values.port < 0) throw new KubectlError('--port must be set when exposing a service');
  const pod = withOverrides(buildRunPod(name, f, attach), f);
  if (k.namespaceExplicit) pod.metadata.namespace = k.namespace;
  const podRt = resolveResource('pods')!;
  if (f.values.expose) {
    const svc: KubeObject = { kind: 'Service', apiVersion: 'v1', metadata: { name, ...(k.namespaceExplicit ? { namespace: k.namespace } : {}) }, spec: { ports: [{ port: f.values.port, protocol: 'TCP', targetPort: f.values.port }], selector: { ...pod.metadata.labels } }, status: { loadBalancer: {} } };
    const made = d === 'client' ? svc : k.cluster.api.create({ ...svc, metadata: { ...svc.metadata, namespace: k.namespace } }, { dryRun: d === 'server' });
    printResult(k, made, resolveResource('services')!, 'created', format, d, d === 'client');
  }
  if (d === 'client') {
    printResult(k, pod, podRt, 'created', format, d, true);
    return 0;
  }
  const created = k.cluster.api.create({ ...pod, metadata: { ...pod.metadata, namespace: k.namespace } }, { dryRun: d === 'server' });
  if (!attach) {
    k.cluster.reconcile();
    printResult(k, created, podRt, 'created', format, d);
    return 0;
  }
  return attachAndRun(k, f, created);
}

/**
 * `--overrides`: patches the generated Pod before it is sent, as kubectl's run does
 * (`--override-type` merge (default), strategic or json). Tutorials use it to pin a pod to a node.
 */
function withOverrides(pod: KubeObject, f: ParsedFlags): KubeObject {
  const text: string = f.values.overrides;
  if (!text) return pod;
  const type: string = f.values['override-type'];
  if (!['json', 'merge', 'strategic'].includes(type)) throw new KubectlError(`--override-type must be one of (json, merge, strategic), not "${type}"`);
  let patch: unknown;
  try {
    patch = JSON.parse(text);
  } catch (e) {
    throw new KubectlError(`error parsing --overrides: ${(e as Error).message}`);
  }
  if (type === 'json') return applyJsonPatch(pod, patch);
  return type === 'strategic' ? applyStrategicPatch(pod, patch) : applyMergePatch(pod, patch);
}

async function attachAndRun(k: KubectlContext, f: ParsedFlags, pod: KubeObject): Promise<number> {
  const podRt = resolveResource('pods')!;
  const ns = pod.metadata.namespace!;
  const name = pod.metadata.name!;
  const cleanup = (out: (s: string) => void = k.out): void => {
    if (!f.values.rm) return;
    try {
      k.cluster.api.delete(podRt, ns, name, {});
      out(`pod "${name}" deleted from ${ns} namespace\n`);
    } catch {
      // Already gone.
    }
    k.cluster.reconcile();
  };
  const phase = () => k.cluster.store.get('pods', ns, name)?.status?.phase;
  const up = k.cluster.waitUntil(() => ['Running', 'Succeeded', 'Failed'].includes(phase() ?? ''), f.values['pod-running-timeout'] || 60000);
  if (!up) {
    cleanup();
    throw new KubectlError('timed out waiting for the condition');
  }
  const tty = attachNotes(k, f.values.tty, f.values.stdin, f.values.quiet);
  const live = k.cluster.store.get('pods', ns, name)!;
  const argv = containerProcess(live.spec.containers[0]);
  const host = podHost(live, name);
  const shell = isShell(argv);
  const restart: string = f.values.restart;
  const finish = (code: number, io: { stdout(s: string): void; stderr(s: string): void } = { stdout: k.out, stderr: k.err }): number => {
    // kubectl's attach prints how to re-attach only for pods that restart (reattachMessage in
    // kubectl/pkg/cmd/attach/attach.go returns "" unless restartPolicy is Always); a run whose
    // Never/OnFailure pod failed reports the termination after the --rm deletion.
    if (restart === 'Always' && f.values.tty && !f.values.quiet)
      io.stdout(`Session ended, resume using 'kubectl attach ${name} -c ${name} -i -t' command when the pod is running\n`);
    cleanup(io.stdout);
    if (code !== 0 && restart !== 'Always') {
      io.stderr(`pod ${ns}/${name} terminated (Error)\n`);
      return code;
    }
    return 0;
  };
  if (tty && shell && k.ctx.enterShell?.(host, shell, (status, io) => finish(status, io))) return 0;
  return finish(await k.ctx.exec(argv, { host, stdin: f.values.stdin ? k.ctx.stdin : '', tty }));
}

/** The notes kubectl prints before attaching; returns whether a TTY is really used. */
export function attachNotes(k: KubectlContext, wantTty: boolean, stdin: boolean, quiet: boolean): boolean {
  let tty = wantTty;
  if (tty && !k.ctx.tty) {
    if (!quiet) k.err(NO_TTY);
    tty = false;
  }
  if (tty && !quiet) k.err('All commands and output from this session will be recorded in container logs, including credentials and sensitive information passed through the command prompt.\n');
  if (stdin && !quiet) k.err("If you don't see a command prompt, try pressing enter.\n");
  return tty;
}

export const runVerb: Verb = {
  name: 'run',
  short: 'Run a particular image on the cluster',
  group: 'Basic Commands (Beginner):',
  help: RUN,
  flags: [
    { name: 'image', type: 'string', usage: 'The image for the container to run.' },
    { name: 'overrides', type: 'string', usage: 'An inline JSON override for the generated object. If this is non-empty, it is used to override the generated object. Requires that the object supply a valid apiVersion field.' },
    { name: 'override-type', type: 'string', default: 'merge', usage: 'The method used to override the generated object: json, merge, or strategic.' },
    { name: 'port', type: 'int', default: -1, usage: 'The port that this container exposes.' },
    { name: 'env', type: 'stringArray', usage: 'Environment variables to set in the container.' },
    { name: 'labels', short: 'l', type: 'string', usage: 'Comma separated labels to apply to the pod. Will override previous values.' },
    { name: 'annotations', type: 'stringArray', usage: 'Annotations to apply to the pod.' },
    { name: 'restart', type: 'string', default: 'Always', usage: 'The restart policy for this Pod.  Legal values [Always, OnFailure, Never].' },
    { name: 'command', type: 'bool', usage: 'If true and extra arguments are present, use them as the \'command\' field in the container, rather than the \'args\' field which is the default.' },
    { name: 'stdin', short: 'i', type: 'bool', usage: 'Keep stdin open on the container in the pod, even if nothing is attached.' },
    { name: 'tty', short: 't', type: 'bool', usage: 'Allocate a TTY for the container in the pod.' },
    { name: 'attach', type: 'bool', usage: 'If true, wait for the Pod to start running, and then attach to the Pod as if \'kubectl attach ...\' were called.' },
    { name: 'leave-stdin-open', type: 'bool', usage: 'If the pod is started in interactive mode or with stdin, leave stdin open after the first attach completes.' },
    { name: 'rm', type: 'bool', usage: 'If true, delete the pod after it exits.  Only valid when attaching to the container.' },
    { name: 'quiet', short: 'q', type: 'bool', usage: 'If true, suppress prompt messages.' },
    { name: 'expose', type: 'bool', usage: 'If true, create a ClusterIP service associated with the pod.  Requires `--port`.' },
    { name: 'image-pull-policy', type: 'string', usage: 'The image pull policy for the container.' },
    { name: 'pod-running-timeout', type: 'duration', default: 60000, usage: 'The length of time (like 5s, 2m, or 3h, higher than zero) to wait until at least one pod is running' },
    { name: 'privileged', type: 'bool', usage: 'If true, run the container in privileged mode.' },
    DRY_RUN_FLAG,
    OUTPUT_FLAG,
    FIELD_MANAGER_FLAG,
  ],
  run,
};
