// The generic describer kubectl uses for kinds without their own (Events, …): name, labels,
// annotations, then every field as `Smart Label:  value`, nested by level.

import type { Cluster } from '../../../cluster/cluster.js';
import type { KubeObject } from '../../../api/types.js';
import { describeEvents, searchEvents } from './events.js';
import { annotationsMultiline, DescribeWriter, labelsMultiline, LEVEL_0, sorted } from './writer.js';

const ACRONYMS = ['API', 'URL', 'UID', 'OSB', 'GUID'];

/** smartLabelFor: `involvedObject` → `Involved Object`, `apiVersion` → `API Version`. */
export function smartLabel(field: string): string {
  if ([...field].some((ch) => !/\p{L}/u.test(ch) && ch !== '-')) return field;
  const parts = field.match(/[A-Z]+(?![a-z])|[A-Z]?[a-z]+|-+/g) ?? [field];
  return parts
    .filter((p) => p !== '_')
    .map((p) => (ACRONYMS.includes(p.toUpperCase()) ? p.toUpperCase() : p[0]!.toUpperCase() + p.slice(1)))
    .join(' ');
}

const SKIP = ['.metadata.managedFields', '.metadata.name', '.metadata.namespace', '.metadata.labels', '.metadata.annotations'];

function content(w: DescribeWriter, level: number, obj: Record<string, unknown>, prefix: string): void {
  for (const field of sorted(Object.keys(obj))) {
    const v = obj[field];
    const path = `${prefix}.${field}`;
    if (SKIP.includes(path) || v === undefined) continue;
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      w.write(level, `${smartLabel(field)}:\n`);
      content(w, level + 1, v as Record<string, unknown>, path);
    } else if (Array.isArray(v)) {
      w.write(level, `${smartLabel(field)}:\n`);
      for (const child of v) {
        if (child && typeof child === 'object' && !Array.isArray(child)) content(w, level + 1, child as Record<string, unknown>, path);
        else w.write(level + 1, `${child}\n`);
      }
    } else w.write(level, `${smartLabel(field)}:\t${v === null ? '<nil>' : v}\n`);
  }
}

export function describeGeneric(c: Cluster, o: KubeObject, showEvents: boolean): string {
  const w = new DescribeWriter();
  w.write(LEVEL_0, `Name:\t${o.metadata.name}\n`);
  w.write(LEVEL_0, `Namespace:\t${o.metadata.namespace ?? ''}\n`);
  labelsMultiline(w, 'Labels', o.metadata.labels);
  annotationsMultiline(w, 'Annotations', o.metadata.annotations);
  content(w, LEVEL_0, o as Record<string, unknown>, '');
  if (showEvents) describeEvents(searchEvents(c, o), w, c.now);
  return w.toString();
}
