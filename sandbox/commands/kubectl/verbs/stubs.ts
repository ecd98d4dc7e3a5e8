// `kubectl port-forward` and `cp`: accepted with their real flags and help, and
// answered the way kubectl answers when the connection they need cannot be set up.

import { resolveResource } from '../../../api/resources.js';
import { KubectlError, type Verb } from '../types.js';
import { CP } from './help/cp.js';
import { PORT_FORWARD } from './help/port-forward.js';
import { podForObject } from './util/podfor.js';

export const portForward: Verb = {
  name: 'port-forward',
  short: 'Forward one or more local ports to a pod',
  group: 'Troubleshooting and Debugging Commands:',
  help: PORT_FORWARD,
  flags: [
    { name: 'address', type: 'stringSlice', default: ['localhost'], usage: 'Addresses to listen on (comma separated).' },
    { name: 'pod-running-timeout', type: 'duration', default: 60000, usage: 'The length of time (like 5s, 2m, or 3h, higher than zero) to wait until at least one pod is running' },
  ],
  run(k, f) {
    if (f.args.length < 2) throw new KubectlError('TYPE/NAME and list of ports are required for port-forward', 1, true);
    podForObject(k, f.args[0]!, resolveResource('pods')!);
    throw new KubectlError('port-forward is not supported in this sandbox: use a NodePort or LoadBalancer Service, or kubectl exec');
  },
};

export const cp: Verb = {
  name: 'cp',
  short: 'Copy files and directories to and from containers',
  group: 'Troubleshooting and Debugging Commands:',
  help: CP,
  flags: [
    { name: 'container', short: 'c', type: 'string', usage: 'Container name.' },
    { name: 'no-preserve', type: 'bool', usage: 'The copied file/directory\'s ownership and permissions will not be preserved in the container' },
    { name: 'retries', type: 'int', default: 0, usage: 'Set number of retries to complete a copy operation from a container.' },
  ],
  run(_k, f) {
    if (f.args.length !== 2) throw new KubectlError('source and destination are required', 1, true);
    throw new KubectlError('cp is not supported in this sandbox: use kubectl exec with cat and a redirect instead');
  },
};
