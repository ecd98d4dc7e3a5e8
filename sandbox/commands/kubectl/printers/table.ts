// The human-readable table (default and `-o wide`): per-kind columns plus kubectl's decorations —
// NAMESPACE first with -A, `kind/` name prefixes, -L label columns and --show-labels.

import { formatMap } from '../../../api/labels.js';
import { kindPrefix, type ResourceType } from '../../../api/resources.js';
import type { KubeObject } from '../../../api/types.js';
import { tableText as formatTable } from './tabwriter.js';
import { columnsFor } from './columns/index.js';

export interface TableOptions {
  now: number;
  wide?: boolean;
  noHeaders?: boolean;
  showLabels?: boolean;
  /** `-L` label keys. */
  labelColumns?: string[];
  /** Add a NAMESPACE column (-A on a namespaced kind). */
  withNamespace?: boolean;
  /** Prefix names with `kind/` (several types, or --show-kind). */
  withKind?: boolean;
}

/** `-L app.kubernetes.io/name` → header `NAME` (formatLabelHeaders). */
function labelHeader(key: string): string {
  const parts = key.split('/');
  return parts[parts.length - 1]!.toUpperCase();
}

/** Header and rows for objects of one resource type (the header only when asked for). */
export function tableRows(objs: KubeObject[], rt: ResourceType | undefined, o: TableOptions): string[][] {
  const kind = rt?.kind ?? objs[0]?.kind ?? '';
  const kc = columnsFor(kind);
  const keep = kc.columns.map((c) => !c.wide || !!o.wide);
  const labelCols = o.labelColumns ?? [];
  const rows: string[][] = [];
  if (!o.noHeaders) {
    rows.push([
      ...(o.withNamespace ? ['NAMESPACE'] : []),
      ...kc.columns.filter((_, i) => keep[i]).map((c) => c.name),
      ...labelCols.map(labelHeader),
      ...(o.showLabels ? ['LABELS'] : []),
    ]);
  }
  for (const obj of objs) {
    const cells = kc.cells(obj, { now: o.now, wide: !!o.wide }).filter((_, i) => keep[i]);
    if (o.withKind && rt) cells[0] = `${kindPrefix(rt)}/${cells[0]}`;
    rows.push([
      ...(o.withNamespace ? [obj.metadata.namespace ?? ''] : []),
      ...cells,
      ...labelCols.map((k) => obj.metadata.labels?.[k] ?? ''),
      ...(o.showLabels ? [formatMap(obj.metadata.labels)] : []),
    ]);
  }
  return rows;
}

export function printTable(objs: KubeObject[], rt: ResourceType | undefined, o: TableOptions): string {
  return formatTable(tableRows(objs, rt, o));
}
