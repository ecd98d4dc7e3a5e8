// `kubectl get events` columns: printEvent from the API server's table printers.

import type { KubeObject } from '../../../../api/types.js';
import { age } from '../../../../util/duration.js';
import { col, type KindColumns, type RowContext } from './types.js';

/** `kubelet, kind-worker` or the reporting controller when there is no source. */
export function eventSource(ev: KubeObject): string {
  const comp = ev.source?.component || ev.reportingComponent || ev.reportingController || '';
  const host = ev.source?.host || ev.reportingInstance || '';
  return host ? `${comp}, ${host}` : comp;
}

export function eventTimes(ev: KubeObject, x: Pick<RowContext, 'now'>): { first: string; last: string; count: number } {
  const first = ev.firstTimestamp ? age(ev.firstTimestamp, x.now) : age(ev.eventTime, x.now);
  let last = ev.lastTimestamp ? age(ev.lastTimestamp, x.now) : first;
  let count = ev.count ?? 0;
  if (ev.series) {
    last = age(ev.series.lastObservedTime, x.now);
    count = ev.series.count;
  } else if (!count) count = 1;
  return { first, last, count };
}

export const eventColumns: KindColumns = {
  columns: [
    col('LAST SEEN'), col('TYPE'), col('REASON'), col('OBJECT'), col('SUBOBJECT', true), col('SOURCE', true),
    col('MESSAGE'), col('FIRST SEEN', true), col('COUNT', true), col('NAME', true),
  ],
  cells(ev, x) {
    const t = eventTimes(ev, x);
    const io = ev.involvedObject ?? {};
    const target = io.name ? `${String(io.kind ?? '').toLowerCase()}/${io.name}` : String(io.kind ?? '').toLowerCase();
    return [t.last, ev.type ?? '', ev.reason ?? '', target, io.fieldPath ?? '', eventSource(ev), String(ev.message ?? '').trim(), t.first, String(t.count), ev.metadata.name!];
  },
};
