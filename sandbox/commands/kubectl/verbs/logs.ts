// `kubectl logs POD|TYPE/NAME [-c C] [--tail N] [--previous] [-l SEL] [--prefix] [-f]`: prints
// what the container wrote. There is no stream to follow: -f prints what is there and returns.

import { StatusError } from '../../../api/errors.js';
import { resolveResource } from '../../../api/resources.js';
import type { KubeObject } from '../../../api/types.js';
import { rfc3339 } from '../../../util/duration.js';
import type { ParsedFlags } from '../flags.js';
import { KubectlError, type KubectlContext, type Verb } from '../types.js';
import { LOGS } from './help/logs.js';
import { reportErrors } from './util/common.js';
import { podForObject } from './util/podfor.js';
import { containerSpec, containerStatus, pickContainer } from './util/podhost.js';
import { containerLogs } from './util/startlogs.js';
import { selectorOf } from './util/targets.js';

function logsOf(k: KubectlContext, f: ParsedFlags, pod: KubeObject, container: string): string {
  const name = pod.metadata.name!;
  if (!containerSpec(pod, container)) throw new StatusError('BadRequest', `container ${container} is not valid for pod ${name}`);
  const st = containerStatus(pod, container);
  // The kubelet's validateContainerLogStatus, in its order: the previous run; the running or
  // terminated container; else the last terminated run (a crash-looping container shows the
  // output of its last run); else why it is still waiting, with the pull failures worded.
  let state: any;
  if (f.values.previous) {
    state = st?.lastState;
    if (!state?.terminated) throw new StatusError('BadRequest', `previous terminated container "${container}" in pod "${name}" not found`);
  } else if (st?.state?.running || st?.state?.terminated) state = st.state;
  else if (st?.lastState?.terminated) state = st.lastState;
  else {
    const reason = st?.state?.waiting?.reason ?? 'ContainerCreating';
    const why = reason === 'ErrImagePull' ? "image can't be pulled" : reason === 'ImagePullBackOff' ? 'trying and failing to pull image' : reason;
    throw new StatusError('BadRequest', `container "${container}" in pod "${name}" is waiting to start: ${why}`);
  }
  const started = Date.parse((state.running ?? state.terminated)?.startedAt ?? '') || k.cluster.now;
  const finished = Date.parse(state.terminated?.finishedAt ?? '') || k.cluster.now;
  let lines = containerLogs(pod, container, started).filter((l) => l.at <= Math.min(finished, k.cluster.now));
  if (f.values['since'] > 0) lines = lines.filter((l) => l.at >= k.cluster.now - f.values.since);
  const tail: number = f.values.tail;
  if (tail >= 0) lines = tail === 0 ? [] : lines.slice(-tail);
  const prefix = f.values.prefix ? `[pod/${name}/${container}] ` : '';
  return lines.map((l) => `${prefix}${f.values.timestamps ? rfc3339(l.at).replace('Z', '.000000000Z') + ' ' : ''}${l.text}\n`).join('');
}

function run(k: KubectlContext, f: ParsedFlags): number {
  const podRt = resolveResource('pods')!;
  const selector = selectorOf(f);
  if (selector) {
    if (f.args.length) throw new KubectlError('only a selector (-l) or a POD name is allowed', 1, true);
    if (f.values.tail === -1) f.values.tail = 10;
    const pods = k.cluster.api.list(podRt, f.values['all-namespaces'] ? undefined : k.namespace, { labelSelector: selector });
    if (!pods.length) {
      k.err(`No resources found in ${k.namespace} namespace.\n`);
      return 0;
    }
    const failures: unknown[] = [];
    for (const pod of pods) {
      const containers: string[] = f.values['all-containers'] ? pod.spec.containers.map((c: any) => c.name) : [pickContainer(k, pod, f.values.container || undefined, true)];
      for (const c of containers) {
        try {
          k.out(logsOf(k, f, pod, c));
        } catch (e) {
          failures.push(e);
        }
      }
    }
    return reportErrors(k, failures);
  }
  if (f.args.length === 0 || f.args.length > 2) throw new KubectlError(`expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\nPOD or TYPE/NAME is a required argument for the logs command`, 1, true);
  const pod = podForObject(k, f.args[0]!, podRt);
  const container = f.args[1] ?? (f.values.container || undefined);
  const containers: string[] = f.values['all-containers'] ? pod.spec.containers.map((c: any) => c.name) : [pickContainer(k, pod, container)];
  for (const c of containers) k.out(logsOf(k, f, pod, c));
  return 0;
}

export const logs: Verb = {
  name: 'logs',
  short: 'Print the logs for a container in a pod',
  group: 'Troubleshooting and Debugging Commands:',
  help: LOGS,
  flags: [
    { name: 'container', short: 'c', type: 'string', usage: 'Print the logs of this container' },
    { name: 'follow', short: 'f', type: 'bool', usage: 'Specify if the logs should be streamed.' },
    { name: 'previous', short: 'p', type: 'bool', usage: 'If true, print the logs for the previous instance of the container in a pod if it exists.' },
    { name: 'tail', type: 'int', default: -1, usage: 'Lines of recent log file to display.' },
    { name: 'since', type: 'duration', default: 0, usage: 'Only return logs newer than a relative duration like 5s, 2m, or 3h.' },
    { name: 'timestamps', type: 'bool', usage: 'Include timestamps on each line in the log output' },
    { name: 'prefix', type: 'bool', usage: 'Prefix each log line with the log source (pod name and container name)' },
    { name: 'all-containers', type: 'bool', usage: 'Get all containers\' logs in the pod(s).' },
    { name: 'all-pods', type: 'bool', usage: 'Get logs from all pod(s). Sets prefix to true.' },
    { name: 'selector', short: 'l', type: 'string', usage: 'Selector (label query) to filter on.' },
    { name: 'all-namespaces', short: 'A', type: 'bool', usage: 'If true, check the specified action in all namespaces.' },
    { name: 'max-log-requests', type: 'int', default: 5, usage: 'Specify maximum number of concurrent logs to follow when using by a selector.' },
    { name: 'ignore-errors', type: 'bool', usage: 'If watching / following pod logs, allow for any errors that occur to be non-fatal' },
    { name: 'pod-running-timeout', type: 'duration', default: 20000, usage: 'The length of time (like 5s, 2m, or 3h, higher than zero) to wait until at least one pod is running' },
  ],
  run,
};
