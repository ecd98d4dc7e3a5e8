// `kubectl config` and the subcommands a kind user needs: view, current-context, get-contexts,
// use-context, set-context (e.g. `--current --namespace=dev`), with kubectl's messages.

import { tabwrite } from '../printers/tabwriter.js';
import type { FlagSpec, ParsedFlags } from '../flags.js';
import { printGeneric, printSpec } from '../printers/index.js';
import { toJson } from '../printers/json.js';
import { toYaml } from '../printers/yaml.js';
import { KubectlError, type Verb } from '../types.js';
import { help as configHelp } from './help/config.js';
import { help as currentHelp } from './help/config-current-context.js';
import { help as getContextsHelp } from './help/config-get-contexts.js';
import { help as setContextHelp } from './help/config-set-context.js';
import { help as useContextHelp } from './help/config-use-context.js';
import { help as viewHelp } from './help/config-view.js';
import { kubeconfig, kubeconfigDocument, saveKubeconfig } from './kubeconfig.js';
import { deleteContext, getClusters, getUsers, renameContext } from './config-contexts.js';

/** clientcmd v1 field order, for `-o json` (the typed Config is marshalled, not a map). */
function typedOrder(doc: any): any {
  return {
    kind: doc.kind,
    apiVersion: doc.apiVersion,
    preferences: {},
    clusters: doc.clusters.map((c: any) => ({ name: c.name, cluster: { server: c.cluster.server, 'certificate-authority-data': c.cluster['certificate-authority-data'] } })),
    users: doc.users.map((u: any) => ({ name: u.name, user: { 'client-certificate-data': u.user['client-certificate-data'], 'client-key-data': u.user['client-key-data'] } })),
    contexts: doc.contexts.map((c: any) => ({ name: c.name, context: { cluster: c.context.cluster, user: c.context.user, ...(c.context.namespace ? { namespace: c.context.namespace } : {}) } })),
    'current-context': doc['current-context'],
  };
}

const view: Verb = {
  name: 'view',
  short: 'Display merged kubeconfig settings or a specified kubeconfig file',
  help: viewHelp,
  flags: [
    { name: 'flatten', type: 'bool', usage: 'Flatten the resulting kubeconfig file into self-contained output' },
    { name: 'merge', type: 'bool', default: true, usage: 'Merge the full hierarchy of kubeconfig files' },
    { name: 'minify', type: 'bool', usage: 'Remove all information not used by current-context from the output' },
    { name: 'output', short: 'o', type: 'string', default: 'yaml', usage: 'Output format.' },
    { name: 'raw', type: 'bool', usage: 'Display raw byte data and sensitive data' },
    { name: 'template', type: 'string', usage: 'Template string.' },
    { name: 'allow-missing-template-keys', type: 'bool', default: true, usage: '' },
    { name: 'show-managed-fields', type: 'bool', usage: '' },
  ],
  run(k, f) {
    const doc = kubeconfigDocument(k.cluster, { raw: !!f.values.raw || !!f.values.flatten, minify: !!f.values.minify });
    const spec = printSpec(f.values);
    if (spec.format === 'yaml') k.out(toYaml(doc));
    else if (spec.format === 'json') k.out(toJson(typedOrder(doc), { sortKeys: false }));
    else printGeneric(k, [doc as any], spec, { single: true });
    return 0;
  },
};

const currentContext: Verb = {
  name: 'current-context',
  short: 'Display the current-context',
  help: currentHelp,
  flags: [],
  run(k) {
    k.out(kubeconfig(k.cluster).currentContext + '\n');
    return 0;
  },
};

const getContexts: Verb = {
  name: 'get-contexts',
  short: 'Describe one or many contexts',
  help: getContextsHelp,
  flags: [
    { name: 'no-headers', type: 'bool', usage: "When using the default or custom-column output format, don't print headers (default print headers)." },
    { name: 'output', short: 'o', type: 'string', usage: 'Output format. One of: (name).' },
  ],
  run(k, f: ParsedFlags) {
    const out = String(f.values.output ?? '');
    if (out !== '' && out !== 'name') throw new KubectlError(`output must be one of '' or 'name': ${out}`);
    const cfg = kubeconfig(k.cluster);
    let contexts = cfg.contexts;
    if (f.args.length) {
      for (const n of f.args) if (!contexts.some((c) => c.name === n)) throw new KubectlError(`context ${n} not found`);
      contexts = contexts.filter((c) => f.args.includes(c.name));
    }
    contexts = [...contexts].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    if (out === 'name') {
      k.out(contexts.map((c) => c.name + '\n').join(''));
      return 0;
    }
    let text = f.values['no-headers'] ? '' : 'CURRENT\tNAME\tCLUSTER\tAUTHINFO\tNAMESPACE\n';
    for (const c of contexts) text += `${c.name === cfg.currentContext ? '*' : ''}\t${c.name}\t${c.cluster}\t${c.user}\t${c.namespace ?? ''}\n`;
    k.out(tabwrite(text, 6, 3));
    return 0;
  },
};

const useContext: Verb = {
  name: 'use-context',
  aliases: ['use'],
  short: 'Set the current-context in a kubeconfig file',
  help: useContextHelp,
  flags: [],
  run(k, f) {
    const name = f.args[0];
    if (f.args.length !== 1) throw new KubectlError(`Unexpected args: [${f.args.join(' ')}]`, 1, true);
    const cfg = kubeconfig(k.cluster);
    if (!cfg.contexts.some((c) => c.name === name)) throw new KubectlError(`no context exists with the name: "${name}"`);
    saveKubeconfig(k.cluster, { ...cfg, currentContext: name! });
    k.out(`Switched to context "${name}".\n`);
    return 0;
  },
};

const SET_CONTEXT_FLAGS: FlagSpec[] = [
  { name: 'cluster', type: 'string', usage: 'cluster for the context entry in kubeconfig' },
  { name: 'current', type: 'bool', usage: 'Modify the current context' },
  { name: 'namespace', type: 'string', usage: 'namespace for the context entry in kubeconfig' },
  { name: 'user', type: 'string', usage: 'user for the context entry in kubeconfig' },
];

const setContext: Verb = {
  name: 'set-context',
  short: 'Set a context entry in kubeconfig',
  help: setContextHelp,
  flags: SET_CONTEXT_FLAGS,
  run(k, f) {
    if (f.args.length > 1) {
      // kubectl prints the command's help, then the error.
      k.out(setContextHelp.replace(/\n*$/, '\n') + '\nUse "kubectl options" for a list of global command-line options (applies to all commands).\n');
      throw new KubectlError(`Unexpected args: [${f.args.join(' ')}]`);
    }
    const cfg = kubeconfig(k.cluster);
    const current = !!f.values.current;
    if (current && f.args.length) throw new KubectlError('you cannot specify both a context name and --current');
    if (!current && !f.args[0]) throw new KubectlError('you must specify a non-empty context name or --current');
    const name = current ? cfg.currentContext : f.args[0]!;
    if (current && !cfg.contexts.some((c) => c.name === name)) throw new KubectlError('no current context is set');
    const existing = cfg.contexts.find((c) => c.name === name);
    const next = { ...(existing ?? { name, cluster: '', user: '' }) };
    if (f.changed.has('cluster')) next.cluster = f.values.cluster;
    if (f.changed.has('user')) next.user = f.values.user;
    if (f.changed.has('namespace')) {
      if (f.values.namespace) next.namespace = f.values.namespace;
      else delete next.namespace;
    }
    const contexts = existing ? cfg.contexts.map((c) => (c.name === name ? next : c)) : [...cfg.contexts, next];
    saveKubeconfig(k.cluster, { ...cfg, contexts });
    k.out(`Context "${name}" ${existing ? 'modified' : 'created'}.\n`);
    return 0;
  },
};

export const config: Verb = {
  name: 'config',
  short: 'Modify kubeconfig files',
  group: 'Other Commands:',
  help: configHelp,
  flags: [],
  subcommands: [currentContext, deleteContext, getClusters, getContexts, getUsers, renameContext, setContext, useContext, view],
};
