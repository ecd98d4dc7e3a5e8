// The Events section of kubectl describe: events whose involvedObject is the described object,
// sorted by time, as `Type  Reason  Age  From  Message` with `2m (x3 over 5m)` ages.

import type { Cluster } from '../../../cluster/cluster.js';
import type { KubeObject } from '../../../api/types.js';
import { age } from '../../../util/duration.js';
import { DescribeWriter, LEVEL_0, LEVEL_1 } from './writer.js';

/** searchEvents: by name, namespace, kind (unless `anyKind`) and uid. */
export function searchEvents(c: Cluster, obj: KubeObject, opts: { anyKind?: boolean; uid?: string } = {}): KubeObject[] {
  const ns = obj.metadata.namespace;
  const uid = opts.uid ?? obj.metadata.uid;
  return c.store
    .list('events', ns)
    .filter((e) => {
      const io = e.involvedObject ?? {};
      if (io.name !== obj.metadata.name) return false;
      if (ns !== undefined && (io.namespace ?? '') !== ns) return false;
      if (!opts.anyKind && io.kind !== obj.kind) return false;
      return !uid || io.uid === uid;
    })
    .map((e) => structuredClone(e));
}

const eventTime = (e: KubeObject) => Date.parse(e.lastTimestamp || e.eventTime || e.firstTimestamp || e.metadata.creationTimestamp || '') || 0;

/**
 * SortableEvents: by last time. Ties keep creation order, as real events (named `<obj>.<hex of
 * UnixNano>`) come back from the API in that order and Go sorts short lists stably.
 */
export function compareEvents(a: KubeObject, b: KubeObject): number {
  return (
    eventTime(a) - eventTime(b) ||
    (Date.parse(a.firstTimestamp || a.eventTime || '') || 0) - (Date.parse(b.firstTimestamp || b.eventTime || '') || 0) ||
    Number(a.metadata.resourceVersion ?? 0) - Number(b.metadata.resourceVersion ?? 0)
  );
}

/** DescribeEvents: `Events:  <none>` or the flushed, separately aligned table. */
export function describeEvents(events: KubeObject[], w: DescribeWriter, now: number): void {
  if (!events.length) {
    w.write(LEVEL_0, 'Events:\t<none>\n');
    return;
  }
  w.flush();
  const list = [...events].sort(compareEvents);
  w.write(LEVEL_0, 'Events:\n  Type\tReason\tAge\tFrom\tMessage\n');
  w.write(LEVEL_1, '----\t------\t----\t----\t-------\n');
  for (const e of list) {
    const first = e.eventTime ? age(e.eventTime, now) : age(e.firstTimestamp, now);
    let interval = first;
    if (e.series) interval = `${age(e.series.lastObservedTime, now)} (x${e.series.count} over ${first})`;
    else if ((e.count ?? 0) > 1) interval = `${age(e.lastTimestamp, now)} (x${e.count} over ${first})`;
    const source = e.source?.component || e.reportingController || '';
    w.write(LEVEL_1, `${e.type ?? ''}\t${e.reason ?? ''}\t${interval}\t${source}\t${String(e.message ?? '').trim()}\n`);
  }
}
