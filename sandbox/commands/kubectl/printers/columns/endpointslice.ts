// `kubectl get endpointslices` columns: printEndpointSlice from the API server's printers.

import { col, listWithMore, since, type KindColumns } from './types.js';

export const endpointSliceColumns: KindColumns = {
  columns: [col('NAME'), col('ADDRESSTYPE'), col('PORTS'), col('ENDPOINTS'), col('AGE')],
  cells(es, x) {
    const ports: any[] = es.ports ?? [];
    const portList = ports.map((p) => (p.port !== undefined && p.port !== null ? String(p.port) : p.name !== undefined && p.name !== null ? p.name : '*'));
    const addrs: string[] = (es.endpoints ?? []).flatMap((e: any) => e.addresses ?? []);
    return [es.metadata.name!, es.addressType ?? '', listWithMore(portList, portList.length), listWithMore(addrs, addrs.length), since(es.metadata.creationTimestamp, x)];
  },
};
