// `kubectl get services` columns: printService from the API server's table printers.

import { formatMap } from '../../../../api/labels.js';
import type { KubeObject } from '../../../../api/types.js';
import { col, loadBalancerStatus, since, type KindColumns } from './types.js';

export function serviceExternalIP(svc: KubeObject, wide: boolean): string {
  const ext: string[] = svc.spec?.externalIPs ?? [];
  switch (svc.spec?.type) {
    case 'ClusterIP':
    case 'NodePort':
      return ext.length ? ext.join(',') : '<none>';
    case 'LoadBalancer': {
      const lb = loadBalancerStatus(svc.status?.loadBalancer, wide);
      if (ext.length) return [...(lb ? lb.split(',') : []), ...ext].join(',');
      return lb || '<pending>';
    }
    case 'ExternalName':
      return svc.spec.externalName ?? '';
  }
  return '<unknown>';
}

export function servicePorts(ports: any[] | undefined): string {
  return (ports ?? []).map((p) => (p.nodePort > 0 ? `${p.port}:${p.nodePort}/${p.protocol}` : `${p.port}/${p.protocol}`)).join(',');
}

export const serviceColumns: KindColumns = {
  columns: [col('NAME'), col('TYPE'), col('CLUSTER-IP'), col('EXTERNAL-IP'), col('PORT(S)'), col('AGE'), col('SELECTOR', true)],
  cells(svc, x) {
    return [
      svc.metadata.name!,
      svc.spec?.type ?? '',
      svc.spec?.clusterIPs?.[0] ?? '<none>',
      serviceExternalIP(svc, x.wide),
      servicePorts(svc.spec?.ports) || '<none>',
      since(svc.metadata.creationTimestamp, x),
      formatMap(svc.spec?.selector),
    ];
  },
};
