// `-o name`: `pod/web`, `deployment.apps/web`, as cli-runtime's NamePrinter prints them.

import { resourceForKind, RESOURCES } from '../../../api/resources.js';
import type { KubeObject } from '../../../api/types.js';

export function objectName(o: KubeObject): string {
  const group = o.apiVersion?.includes('/') ? o.apiVersion.split('/')[0]! : '';
  const rt = RESOURCES.find((r) => r.kind === o.kind && r.group === group) ?? resourceForKind(o.kind);
  const kind = (rt?.kind ?? o.kind).toLowerCase();
  const g = rt ? rt.group : group;
  return `${g ? `${kind}.${g}` : kind}/${o.metadata?.name ?? ''}`;
}

export function printNames(objs: KubeObject[]): string {
  return objs.map((o) => objectName(o) + '\n').join('');
}
