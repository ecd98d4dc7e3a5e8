// `kubectl get -w`: after the first table, one row per added, changed or deleted object, padded
// to the widths already printed (the tabwriter remembers them), for as long as the host streams.

import type { ResourceType } from '../../../api/resources.js';
import type { KubeObject } from '../../../api/types.js';
import { tableRows, type TableOptions } from '../printers/table.js';
import type { KubectlContext } from '../types.js';

const width = (s: string) => [...s].length;

/** Pads rows to the remembered column widths (growing them as needed), last cell unpadded. */
export function rememberedRows(rows: string[][], widths: number[], padding = 3, minwidth = 6): string {
  let out = '';
  for (const row of rows) {
    row.forEach((cell, i) => {
      if (i < row.length - 1) widths[i] = Math.max(widths[i] ?? minwidth, width(cell) + padding);
    });
    out += row.map((cell, i) => (i < row.length - 1 ? cell + ' '.repeat(widths[i]! - width(cell)) : cell)).join('') + '\n';
  }
  return out;
}

/**
 * Streams changes to `list()` until the host stops. `first` are the objects already printed;
 * `widths` the columns of the first table.
 */
export async function streamChanges(k: KubectlContext, rt: ResourceType, list: () => KubeObject[], first: KubeObject[], opts: TableOptions, widths: number[]): Promise<void> {
  const wait = k.ctx.waitForChange?.bind(k.ctx);
  if (!wait) return;
  const key = (o: KubeObject) => `${o.metadata.namespace ?? ''}/${o.metadata.name}`;
  const seen = new Map(first.map((o) => [key(o), o]));
  while (!k.ctx.signal.aborted && (await wait())) {
    const now = list();
    const changed: KubeObject[] = [];
    for (const o of now) {
      const before = seen.get(key(o));
      if (!before || before.metadata.resourceVersion !== o.metadata.resourceVersion) changed.push(o);
    }
    const current = new Set(now.map(key));
    for (const [id, o] of seen) if (!current.has(id)) changed.push(o);
    seen.clear();
    for (const o of now) seen.set(key(o), o);
    if (changed.length) k.out(rememberedRows(tableRows(changed, rt, { ...opts, now: k.cluster.now, noHeaders: true }), widths));
  }
}

/** The column widths kubectl's tabwriter settled on for a first table. */
export function initialWidths(rows: string[][], padding = 3, minwidth = 6): number[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => i < row.length - 1 && (widths[i] = Math.max(widths[i] ?? minwidth, width(cell) + padding)));
  return widths;
}
