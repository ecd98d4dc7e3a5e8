// The shape of one kind's table columns, as the API server's table printers define them.

import type { KubeObject } from '../../../../api/types.js';
import { age } from '../../../../util/duration.js';

export interface Column {
  /** Header as printed (upper case). */
  name: string;
  /** Priority-1 columns appear only with `-o wide`. */
  wide?: boolean;
}

export interface RowContext {
  now: number;
  wide: boolean;
}

export interface KindColumns {
  columns: Column[];
  /** Every column's cell, wide ones included, in column order. */
  cells(o: KubeObject, x: RowContext): string[];
}

export const col = (name: string, wide = false): Column => ({ name, wide });

/** translateTimestampSince: the age of a timestamp, `<unknown>` when unset. */
export const since = (ts: string | undefined, x: RowContext): string => age(ts, x.now);

/** Containers, images and selector cells of the workload kinds' wide output. */
export function podTemplateCells(o: KubeObject, selector: string): string[] {
  const cs: any[] = o.spec?.template?.spec?.containers ?? [];
  return [cs.map((c) => c.name).join(','), cs.map((c) => c.image ?? '').join(','), selector];
}

/** strings.Join(list[:3], ",") then ` + N more...`, or `<unset>` for an empty list. */
export function listWithMore(list: string[], count: number, max = 3, empty = '<unset>'): string {
  const ret = list.slice(0, max).join(',');
  if (count > max) return `${ret} + ${count - max} more...`;
  return ret === '' ? empty : ret;
}

/** Load-balancer ingress IPs/hostnames, cut to 16 characters unless wide. */
export function loadBalancerStatus(lb: any, wide: boolean): string {
  const parts: string[] = [];
  for (const i of lb?.ingress ?? []) {
    if (i.ip) parts.push(i.ip);
    else if (i.hostname) parts.push(i.hostname);
  }
  const r = parts.join(',');
  if (!wide && r.length > 16) return r.slice(0, 13) + '...';
  return r;
}
