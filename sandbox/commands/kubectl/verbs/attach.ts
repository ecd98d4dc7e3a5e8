// `kubectl attach POD [-c C] [-i] [-t]`: connects to the container's main process. A shell
// process gets the session (on a terminal) or stdin; other processes show nothing new.

import { resolveResource } from '../../../api/resources.js';
import type { ParsedFlags } from '../flags.js';
import { KubectlError, type KubectlContext, type Verb } from '../types.js';
import { ATTACH } from './help/attach.js';
import { attachNotes } from './run.js';
import { podForObject } from './util/podfor.js';
import { containerProcess, containerSpec, containerStatus, isShell, pickContainer, podHost } from './util/podhost.js';

async function run(k: KubectlContext, f: ParsedFlags): Promise<number> {
  if (!f.args.length) throw new KubectlError('at least 1 argument is required for attach');
  if (f.args.length > 2) throw new KubectlError(`expected POD, TYPE/NAME, or TYPE NAME, (at most 2 arguments) saw ${f.args.length}: [${f.args.join(' ')}]`, 1, true);
  const podRt = resolveResource('pods')!;
  const target = f.args.length === 2 ? `${f.args[0]}/${f.args[1]}` : f.args[0]!;
  let pod = podForObject(k, target, podRt);
  const ns = pod.metadata.namespace!;
  const name = pod.metadata.name!;
  const live = () => k.cluster.store.get('pods', ns, name);
  if (!k.cluster.waitUntil(() => ['Running', 'Succeeded', 'Failed'].includes(live()?.status?.phase), f.values['pod-running-timeout'] || 60000))
    throw new KubectlError('timed out waiting for the condition');
  pod = live()!;
  if (pod.status.phase === 'Succeeded' || pod.status.phase === 'Failed') throw new KubectlError(`cannot attach a container in a completed pod; current phase is ${pod.status.phase}`);
  const container = pickContainer(k, pod, f.values.container || undefined, f.values.quiet);
  const spec = containerSpec(pod, container);
  if (!spec) throw new KubectlError(`container ${container} not found in pod ${name}`);
  if (!containerStatus(pod, container)?.state?.running) throw new KubectlError(`unable to upgrade connection: container not found ("${container}")`);
  if (f.values.tty && !spec.tty) {
    if (!f.values.quiet) k.err(`error: Unable to use a TTY - container ${container} did not allocate one\n`);
    f.values.tty = false;
  }
  if (f.values.stdin && !spec.stdin) throw new KubectlError(`stdin is not enabled for container ${container}`);
  const tty = attachNotes(k, f.values.tty, f.values.stdin, f.values.quiet);
  const argv = containerProcess(spec);
  const shell = isShell(argv);
  if (!f.values.stdin || !shell) return 0;
  const host = podHost(pod, container);
  const ended = (_status: number, io: { stdout(s: string): void }) => {
    // attach.go: only on a raw TTY with stdin, for pods that restart, and on stdout.
    if (tty && !f.values.quiet && (pod.spec.restartPolicy ?? 'Always') === 'Always')
      io.stdout(`Session ended, resume using 'kubectl attach ${name} -c ${container} -i -t' command when the pod is running\n`);
  };
  if (tty && k.ctx.enterShell?.(host, shell, ended)) return 0;
  const code = await k.ctx.exec(argv, { host, stdin: k.ctx.stdin, tty });
  ended(code, { stdout: k.out });
  return code;
}

export const attach: Verb = {
  name: 'attach',
  short: 'Attach to a running container',
  group: 'Troubleshooting and Debugging Commands:',
  help: ATTACH,
  flags: [
    { name: 'container', short: 'c', type: 'string', usage: 'Container name. If omitted, use the kubectl.kubernetes.io/default-container annotation for selecting the container to be attached or the first container in the pod will be chosen' },
    { name: 'stdin', short: 'i', type: 'bool', usage: 'Pass stdin to the container' },
    { name: 'tty', short: 't', type: 'bool', usage: 'Stdin is a TTY' },
    { name: 'quiet', short: 'q', type: 'bool', usage: 'Only print output from the remote session' },
    { name: 'pod-running-timeout', type: 'duration', default: 60000, usage: 'The length of time (like 5s, 2m, or 3h, higher than zero) to wait until at least one pod is running' },
  ],
  run,
};
