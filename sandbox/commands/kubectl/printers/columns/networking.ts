// `kubectl get ingresses|ingressclasses|networkpolicies` columns from the API server's printers.

import { formatLabelSelector } from '../../../../api/labels.js';
import { col, loadBalancerStatus, since, type KindColumns } from './types.js';

/** Up to 3 rule hosts then ` + N more...`; `*` when no rule names a host. */
export function ingressHosts(rules: any[] | undefined): string {
  const list: string[] = [];
  let more = false;
  for (const r of rules ?? []) {
    if (list.length === 3) more = true;
    if (!more && r.host) list.push(r.host);
  }
  if (!list.length) return '*';
  return more ? `${list.join(',')} + ${(rules ?? []).length - 3} more...` : list.join(',');
}

export const ingressColumns: KindColumns = {
  columns: [col('NAME'), col('CLASS'), col('HOSTS'), col('ADDRESS'), col('PORTS'), col('AGE')],
  cells: (ing, x) => [
    ing.metadata.name!,
    ing.spec?.ingressClassName || '<none>',
    ingressHosts(ing.spec?.rules),
    loadBalancerStatus(ing.status?.loadBalancer, x.wide),
    (ing.spec?.tls ?? []).length ? '80, 443' : '80',
    since(ing.metadata.creationTimestamp, x),
  ],
};

export const ingressClassColumns: KindColumns = {
  columns: [col('NAME'), col('CONTROLLER'), col('PARAMETERS'), col('AGE')],
  cells(ic, x) {
    const p = ic.spec?.parameters;
    const params = p ? `${p.kind}${p.apiGroup ? '.' + p.apiGroup : ''}/${p.name}` : '<none>';
    return [ic.metadata.name!, ic.spec?.controller ?? '', params, since(ic.metadata.creationTimestamp, x)];
  },
};

export const networkPolicyColumns: KindColumns = {
  columns: [col('NAME'), col('POD-SELECTOR'), col('AGE')],
  cells: (np, x) => [np.metadata.name!, formatLabelSelector(np.spec?.podSelector ?? {}), since(np.metadata.creationTimestamp, x)],
};
