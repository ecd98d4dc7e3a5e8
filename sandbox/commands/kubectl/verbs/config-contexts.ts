// `kubectl config get-clusters|get-users|delete-context|rename-context` on the kind kubeconfig.

import { KubectlError, type KubectlContext, type Verb } from '../types.js';
import { help as getClustersHelp } from './help/config-get-clusters.js';
import { help as getUsersHelp } from './help/config-get-users.js';
import { help as deleteContextHelp } from './help/config-delete-context.js';
import { help as renameContextHelp } from './help/config-rename-context.js';
import { kindContextName, kubeconfig, saveKubeconfig } from './kubeconfig.js';

/** Where kubectl says the kubeconfig lives: `$HOME/.kube/config`. */
const path = (k: KubectlContext) => `${k.ctx.env.HOME || '/root'}/.kube/config`;

export const getClusters: Verb = {
  name: 'get-clusters',
  short: 'Display clusters defined in the kubeconfig',
  help: getClustersHelp,
  flags: [],
  run(k) {
    k.out(`NAME\n${kindContextName(k.cluster)}\n`);
    return 0;
  },
};

export const getUsers: Verb = {
  name: 'get-users',
  short: 'Display users defined in the kubeconfig',
  help: getUsersHelp,
  flags: [],
  run(k) {
    k.out(`NAME\n${kindContextName(k.cluster)}\n`);
    return 0;
  },
};

export const deleteContext: Verb = {
  name: 'delete-context',
  short: 'Delete the specified context from the kubeconfig',
  help: deleteContextHelp,
  flags: [],
  run(k, f) {
    if (f.args.length !== 1) throw new KubectlError(`Unexpected args: [${f.args.join(' ')}]`, 1, true);
    const name = f.args[0]!;
    const cfg = kubeconfig(k.cluster);
    if (!cfg.contexts.some((c) => c.name === name)) throw new KubectlError(`cannot delete context ${name}, not in ${path(k)}`);
    if (cfg.currentContext === name) k.err('warning: this removed your active context, use "kubectl config use-context" to select a different one\n');
    saveKubeconfig(k.cluster, { ...cfg, contexts: cfg.contexts.filter((c) => c.name !== name) });
    k.out(`deleted context ${name} from ${path(k)}\n`);
    return 0;
  },
};

export const renameContext: Verb = {
  name: 'rename-context',
  short: 'Rename a context from the kubeconfig file',
  help: renameContextHelp,
  flags: [],
  run(k, f) {
    if (f.args.length !== 2) throw new KubectlError(`Unexpected args: [${f.args.join(' ')}]`, 1, true);
    const [from, to] = f.args as [string, string];
    const cfg = kubeconfig(k.cluster);
    if (!cfg.contexts.some((c) => c.name === from)) throw new KubectlError(`cannot rename the context "${from}", it's not in ${path(k)}`);
    if (cfg.contexts.some((c) => c.name === to)) throw new KubectlError(`cannot rename the context "${from}", the context "${to}" already exists in ${path(k)}`);
    saveKubeconfig(k.cluster, {
      currentContext: cfg.currentContext === from ? to : cfg.currentContext,
      contexts: cfg.contexts.map((c) => (c.name === from ? { ...c, name: to } : c)),
    });
    k.out(`Context "${from}" renamed to "${to}".\n`);
    return 0;
  },
};
