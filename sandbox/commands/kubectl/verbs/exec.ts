// `kubectl exec [-it] POD [-c CONTAINER] -- COMMAND`: runs the command inside the container's
// host (its network namespace and files) and passes its exit status back.

import { resolveResource } from '../../../api/resources.js';
import type { KubeObject } from '../../../api/types.js';
import type { ParsedFlags } from '../flags.js';
import { KubectlError, type KubectlContext, type Verb } from '../types.js';
import { EXEC } from './help/exec.js';
import { containerStatus, isShell, pickContainer, podHost } from './util/podhost.js';
import { podForObject } from './util/podfor.js';

export const NO_TTY = 'Unable to use a TTY - input is not a terminal or the right kind of file\n';

async function run(k: KubectlContext, f: ParsedFlags): Promise<number> {
  let args = f.args;
  let command = f.dashArgs ?? [];
  if (!args.length) throw new KubectlError('pod, type/name or --filename must be specified');
  if (!f.dashArgs && args.length > 1) {
    k.err('kubectl exec [POD] [COMMAND] is DEPRECATED and will be removed in a future version. Use kubectl exec [POD] -- [COMMAND] instead.\n');
    command = args.slice(1);
    args = args.slice(0, 1);
  }
  if (args.length > 1) throw new KubectlError(`exec [POD] [COMMAND] is not supported anymore. Use exec [POD] -- [COMMAND] instead\nSee 'kubectl exec -h' for help and examples`);
  if (!command.length) throw new KubectlError('you must specify at least one command for the container');
  const pod: KubeObject = podForObject(k, args[0]!, resolveResource('pods')!);
  if (pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed') throw new KubectlError(`cannot exec into a container in a completed pod; current phase is ${pod.status.phase}`);
  const container = pickContainer(k, pod, f.values.container || undefined, f.values.quiet);
  if (!pod.spec?.nodeName) throw new KubectlError('unable to upgrade connection: pod does not exist');
  if (!containerStatus(pod, container)?.state?.running) throw new KubectlError(`unable to upgrade connection: container not found ("${container}")`);
  let tty: boolean = f.values.tty;
  if (tty && !k.ctx.tty) {
    if (!f.values.quiet) k.err(NO_TTY);
    tty = false;
  }
  const host = podHost(pod, container);
  const shell = isShell(command);
  if (tty && f.values.stdin && shell && k.ctx.enterShell?.(host, shell)) return 0;
  const code = await k.ctx.exec(command, { host, stdin: f.values.stdin ? k.ctx.stdin : '', tty });
  if (code !== 0) {
    k.err(`command terminated with exit code ${code}\n`);
    return code;
  }
  return 0;
}

export const exec: Verb = {
  name: 'exec',
  short: 'Execute a command in a container',
  group: 'Troubleshooting and Debugging Commands:',
  help: EXEC,
  flags: [
    { name: 'container', short: 'c', type: 'string', usage: 'Container name. If omitted, use the kubectl.kubernetes.io/default-container annotation for selecting the container to be attached or the first container in the pod will be chosen' },
    { name: 'stdin', short: 'i', type: 'bool', usage: 'Pass stdin to the container' },
    { name: 'tty', short: 't', type: 'bool', usage: 'Stdin is a TTY' },
    { name: 'quiet', short: 'q', type: 'bool', usage: 'Only print output from the remote session' },
    { name: 'filename', short: 'f', type: 'stringSlice', usage: 'to use to exec into the resource' },
    { name: 'pod-running-timeout', type: 'duration', default: 60000, usage: 'The length of time (like 5s, 2m, or 3h, higher than zero) to wait until at least one pod is running' },
  ],
  run,
};
