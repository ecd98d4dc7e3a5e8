// `kubectl events`: events of a namespace (or all, or `--for TYPE/NAME`), oldest first, with
// `2m (x3 over 5m)` intervals and `Kind/name` objects, as kubectl's events printer shows them.

import type { KubeObject } from '../../../api/types.js';
import { resolveResource } from '../../../api/resources.js';
import { age } from '../../../util/duration.js';
import { compareEvents } from '../describe/events.js';
import { isGenericOutput, outputFlags, printGeneric, printSpec } from '../printers/index.js';
import { tableText } from '../printers/tabwriter.js';
import { KubectlError, type Verb } from '../types.js';
import { help } from './help/events.js';

/** getInterval from kubectl's events printer. */
export function eventInterval(e: KubeObject, now: number): string {
  const first = e.eventTime ? age(e.eventTime, now) : age(e.firstTimestamp, now);
  if (e.series) return `${age(e.series.lastObservedTime, now)} (x${e.series.count} over ${first})`;
  if ((e.count ?? 0) > 1) return `${age(e.lastTimestamp, now)} (x${e.count} over ${first})`;
  return first;
}

export const events: Verb = {
  name: 'events',
  short: 'List events',
  group: 'Troubleshooting and Debugging Commands:',
  help,
  flags: [
    { name: 'all-namespaces', short: 'A', type: 'bool', usage: 'If present, list the requested object(s) across all namespaces.' },
    { name: 'chunk-size', type: 'int', default: 500, usage: 'Return large lists in chunks rather than all at once.' },
    { name: 'for', type: 'string', usage: 'Filter events to only those pertaining to the specified resource.' },
    { name: 'no-headers', type: 'bool', usage: "When using the default output format, don't print headers." },
    ...outputFlags(),
    { name: 'types', type: 'stringSlice', usage: 'Output only events of given types.' },
    { name: 'watch', short: 'w', type: 'bool', usage: 'After listing the requested events, watch for more events.' },
  ],
  run(k, f) {
    const v = f.values;
    const spec = printSpec(v);
    const allNs = !!v['all-namespaces'];
    const types: string[] = v.types ?? [];
    for (const t of types) if (t !== 'Normal' && t !== 'Warning') throw new KubectlError(`valid --types are Normal or Warning`);
    let list = k.cluster.store.list('events', allNs ? undefined : k.namespace).map((e) => structuredClone(e));
    if (v.for) {
      const [typed, name] = String(v.for).split('/');
      const rt = typed ? resolveResource(typed) : undefined;
      if (!rt || !name) throw new KubectlError(`the server doesn't have a resource type "${typed}"`);
      list = list.filter((e) => e.involvedObject?.kind === rt.kind && e.involvedObject?.name === name);
    }
    if (types.length) list = list.filter((e) => types.some((t) => t.toLowerCase() === String(e.type).toLowerCase()));
    list.sort(compareEvents);
    if (isGenericOutput(spec)) {
      printGeneric(k, list, spec);
      return 0;
    }
    if (!list.length) {
      k.err(allNs ? 'No events found.\n' : `No events found in ${k.namespace} namespace.\n`);
      return 0;
    }
    const rows: string[][] = v['no-headers'] ? [] : [[...(allNs ? ['NAMESPACE'] : []), 'LAST SEEN', 'TYPE', 'REASON', 'OBJECT', 'MESSAGE']];
    for (const e of list)
      rows.push([
        ...(allNs ? [e.metadata.namespace ?? ''] : []),
        eventInterval(e, k.cluster.now),
        e.type ?? '',
        e.reason ?? '',
        `${e.involvedObject?.kind ?? ''}/${e.involvedObject?.name ?? ''}`,
        String(e.message ?? '').trim(),
      ]);
    k.out(tableText(rows));
    return 0;
  },
};
