// `kubectl get endpoints` columns: printEndpoints (formatEndpoints) from the API server's printers.

import type { KubeObject } from '../../../../api/types.js';
import { col, since, type KindColumns } from './types.js';

const joinHostPort = (ip: string, port: number) => (ip.includes(':') ? `[${ip}]:${port}` : `${ip}:${port}`);

/** Up to 3 ready `ip:port` entries then ` + N more...`; `<none>` without subsets. */
export function formatEndpoints(ep: KubeObject): string {
  const subsets: any[] = ep.subsets ?? [];
  if (!subsets.length) return '<none>';
  const list: string[] = [];
  const max = 3;
  let more = false;
  let count = 0;
  for (const ss of subsets) {
    const addrs: any[] = ss.addresses ?? [];
    if (!(ss.ports ?? []).length) {
      count += addrs.length;
      for (const a of addrs) {
        if (list.length === max) {
          more = true;
          break;
        }
        list.push(a.ip);
      }
      continue;
    }
    for (const port of ss.ports) {
      count += addrs.length;
      for (const a of addrs) {
        if (list.length === max) {
          more = true;
          break;
        }
        list.push(joinHostPort(a.ip, port.port));
      }
    }
  }
  const ret = list.join(',');
  return more ? `${ret} + ${count - max} more...` : ret;
}

export const endpointsColumns: KindColumns = {
  columns: [col('NAME'), col('ENDPOINTS'), col('AGE')],
  cells: (ep, x) => [ep.metadata.name!, formatEndpoints(ep), since(ep.metadata.creationTimestamp, x)],
};
