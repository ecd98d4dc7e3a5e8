// `kubectl api-resources`: the discovery list (NAME SHORTNAMES APIVERSION NAMESPACED KIND), with
// --namespaced, --api-group, --no-headers, --sort-by and -o wide|name.

import { RESOURCES, groupVersion, type ResourceType } from '../../../api/resources.js';
import { tableText as formatTable } from '../printers/tabwriter.js';
import { KubectlError, type Verb } from '../types.js';
import { help } from './help/api-resources.js';

const byName = (rt: ResourceType) => (rt.group ? `${rt.plural}.${rt.group}` : rt.plural);

export const apiResources: Verb = {
  name: 'api-resources',
  short: 'Print the supported API resources on the server',
  group: 'Other Commands:',
  help,
  flags: [
    { name: 'api-group', type: 'string', usage: 'Limit to resources in the specified API group.' },
    { name: 'cached', type: 'bool', usage: 'Use the cached list of resources if available.' },
    { name: 'categories', type: 'stringSlice', usage: 'Limit to resources that belong to the specified categories.' },
    { name: 'namespaced', type: 'bool', default: true, usage: 'If false, non-namespaced resources will be returned, otherwise returning namespaced resources by default.' },
    { name: 'no-headers', type: 'bool', usage: "When using the default or custom-column output format, don't print headers (default print headers)." },
    { name: 'output', short: 'o', type: 'string', usage: 'Output format. One of: (wide, name).' },
    { name: 'sort-by', type: 'string', usage: "If non-empty, sort list of resources using specified field. The field can be either 'name' or 'kind'." },
    { name: 'verbs', type: 'stringSlice', usage: 'Limit to resources that support the specified verbs.' },
  ],
  run(k, f) {
    if (f.args.length) throw new KubectlError(`unexpected arguments: [${f.args.join(' ')}]`, 1, true);
    const v = f.values;
    const out = String(v.output ?? '');
    if (out !== '' && out !== 'wide' && out !== 'name') throw new KubectlError(`--output ${out} is not available`);
    const sortBy = String(v['sort-by'] ?? '');
    if (sortBy && sortBy !== 'name' && sortBy !== 'kind') throw new KubectlError(`--sort-by accepts only name or kind`);
    let list = RESOURCES.filter((rt) => !f.changed.has('namespaced') || rt.namespaced === v.namespaced);
    if (f.changed.has('api-group')) list = list.filter((rt) => rt.group === v['api-group']);
    for (const verb of v.verbs ?? []) list = list.filter((rt) => rt.verbs.includes(verb));
    for (const cat of v.categories ?? []) list = list.filter((rt) => rt.categories.includes(cat));
    if (sortBy) list = [...list].sort((a, b) => (sortBy === 'name' ? (a.plural < b.plural ? -1 : a.plural > b.plural ? 1 : 0) : a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0));
    if (out === 'name') {
      k.out(list.map((rt) => byName(rt) + '\n').join(''));
      return 0;
    }
    const wide = out === 'wide';
    const rows: string[][] = v['no-headers'] ? [] : [['NAME', 'SHORTNAMES', 'APIVERSION', 'NAMESPACED', 'KIND', ...(wide ? ['VERBS', 'CATEGORIES'] : [])]];
    for (const rt of list)
      rows.push([rt.plural, rt.shortNames.join(','), groupVersion(rt), String(rt.namespaced), rt.kind, ...(wide ? [rt.verbs.join(','), rt.categories.join(',')] : [])]);
    k.out(formatTable(rows));
    return 0;
  },
};
