// `kubectl top node|pod`: kind ships no metrics-server, so after checking its arguments kubectl
// answers `error: Metrics API not available`, as on a fresh kind cluster. Help texts recorded from
// real kubectl.

import type { FlagSpec } from '../flags.js';
import { KubectlError, type Verb } from '../types.js';

const NO_METRICS = 'Metrics API not available';

const NODE_FLAGS: FlagSpec[] = [
  { name: 'selector', short: 'l', type: 'string', usage: 'Selector (label query) to filter on' },
  { name: 'no-headers', type: 'bool', usage: 'If present, print output without headers' },
  { name: 'show-capacity', type: 'bool', usage: 'Print node resources based on Capacity instead of Allocatable(default) of the nodes.' },
  { name: 'sort-by', type: 'string', usage: "If non-empty, sort nodes list using specified field. The field can be either 'cpu' or 'memory'." },
  { name: 'use-protocol-buffers', type: 'bool', default: true, usage: 'Enables using protocol-buffers to access Metrics API.' },
];

const POD_FLAGS: FlagSpec[] = [
  { name: 'all-namespaces', short: 'A', type: 'bool', usage: 'If present, list the requested object(s) across all namespaces.' },
  { name: 'containers', type: 'bool', usage: 'If present, print usage of containers within a pod.' },
  { name: 'field-selector', type: 'string', usage: 'Selector (field query) to filter on' },
  { name: 'selector', short: 'l', type: 'string', usage: 'Selector (label query) to filter on' },
  { name: 'no-headers', type: 'bool', usage: 'If present, print output without headers.' },
  { name: 'sort-by', type: 'string', usage: "If non-empty, sort pods list using specified field. The field can be either 'cpu' or 'memory'." },
  { name: 'sum', type: 'bool', usage: 'Print the sum of the resource usage' },
  { name: 'use-protocol-buffers', type: 'bool', default: true, usage: 'Enables using protocol-buffers to access Metrics API.' },
];

function checkSortBy(value: string): void {
  if (value && value !== 'cpu' && value !== 'memory') throw new KubectlError('--sort-by accepts only cpu or memory');
}

const topNode: Verb = {
  name: 'node',
  aliases: ['nodes', 'no'],
  short: 'Display resource (CPU/memory) usage of nodes',
  help: "Display resource (CPU/memory) usage of nodes.\n\n The top-node command allows you to see the resource consumption of nodes.\n\nAliases:\nnode, nodes, no\n\nExamples:\n  # Show metrics for all nodes\n  kubectl top node\n  \n  # Show metrics for a given node\n  kubectl top node NODE_NAME\n\nOptions:\n    --no-headers=false:\n\tIf present, print output without headers\n\n    -l, --selector='':\n\tSelector (label query) to filter on, supports '=', '==', and '!='.(e.g. -l key1=value1,key2=value2). Matching objects must satisfy all of the specified label constraints.\n\n    --show-capacity=false:\n\tPrint node resources based on Capacity instead of Allocatable(default) of the nodes.\n\n    --sort-by='':\n\tIf non-empty, sort nodes list using specified field. The field can be either 'cpu' or 'memory'.\n\n    --use-protocol-buffers=true:\n\tEnables using protocol-buffers to access Metrics API.\n\nUsage:\n  kubectl top node [NAME | -l label] [options]\n",
  flags: NODE_FLAGS,
  run: (_k, f) => {
    checkSortBy(f.values['sort-by']);
    throw new KubectlError(NO_METRICS);
  },
};

const topPod: Verb = {
  name: 'pod',
  aliases: ['pods', 'po'],
  short: 'Display resource (CPU/memory) usage of pods',
  help: "Display resource (CPU/memory) usage of pods.\n\n The 'top pod' command allows you to see the resource consumption of pods.\n\n Due to the metrics pipeline delay, they may be unavailable for a few minutes since pod creation.\n\nAliases:\npod, pods, po\n\nExamples:\n  # Show metrics for all pods in the default namespace\n  kubectl top pod\n  \n  # Show metrics for all pods in the given namespace\n  kubectl top pod --namespace=NAMESPACE\n  \n  # Show metrics for a given pod and its containers\n  kubectl top pod POD_NAME --containers\n  \n  # Show metrics for the pods defined by label name=myLabel\n  kubectl top pod -l name=myLabel\n\nOptions:\n    -A, --all-namespaces=false:\n\tIf present, list the requested object(s) across all namespaces. Namespace in current context is ignored even if specified with --namespace.\n\n    --containers=false:\n\tIf present, print usage of containers within a pod.\n\n    --field-selector='':\n\tSelector (field query) to filter on, supports '=', '==', and '!='.(e.g. --field-selector key1=value1,key2=value2). The server only supports a limited number of field queries per type.\n\n    --no-headers=false:\n\tIf present, print output without headers.\n\n    -l, --selector='':\n\tSelector (label query) to filter on, supports '=', '==', and '!='.(e.g. -l key1=value1,key2=value2). Matching objects must satisfy all of the specified label constraints.\n\n    --sort-by='':\n\tIf non-empty, sort pods list using specified field. The field can be either 'cpu' or 'memory'.\n\n    --sum=false:\n\tPrint the sum of the resource usage\n\n    --use-protocol-buffers=true:\n\tEnables using protocol-buffers to access Metrics API.\n\nUsage:\n  kubectl top pod [NAME | -l label] [options]\n",
  flags: POD_FLAGS,
  run: (_k, f) => {
    checkSortBy(f.values['sort-by']);
    throw new KubectlError(NO_METRICS);
  },
};

export const top: Verb = {
  name: 'top',
  group: 'Cluster Management Commands:',
  short: 'Display resource (CPU/memory) usage',
  help: "Display resource (CPU/memory) usage.\n\n The top command allows you to see the resource consumption for nodes or pods.\n\n This command requires Metrics Server to be correctly configured and working on the server.\n\nAvailable Commands:\n  node          Display resource (CPU/memory) usage of nodes\n  pod           Display resource (CPU/memory) usage of pods\n\nUsage:\n  kubectl top [flags] [options]\n\nUse \"kubectl top <command> --help\" for more information about a given command.\n",
  flags: [],
  subcommands: [topNode, topPod],
};
