// `kubectl get deployments|replicasets|daemonsets` columns: printDeployment, printReplicaSet and
// printDaemonSet from the API server's table printers.

import { formatLabelSelector, formatMap } from '../../../../api/labels.js';
import { col, podTemplateCells, since, type KindColumns } from './types.js';

const n = (v: unknown) => String(v ?? 0);
const WIDE = [col('CONTAINERS', true), col('IMAGES', true), col('SELECTOR', true)];
/** metav1.LabelSelectorAsSelector(...).String(): empty for an empty selector. */
const selector = (s: any) => (s ? (formatLabelSelector(s) === '<none>' ? '' : formatLabelSelector(s)) : '<none>');

export const deploymentColumns: KindColumns = {
  columns: [col('NAME'), col('READY'), col('UP-TO-DATE'), col('AVAILABLE'), col('AGE'), ...WIDE],
  cells: (d, x) => [
    d.metadata.name!,
    `${d.status?.readyReplicas ?? 0}/${d.spec?.replicas ?? 0}`,
    n(d.status?.updatedReplicas),
    n(d.status?.availableReplicas),
    since(d.metadata.creationTimestamp, x),
    ...podTemplateCells(d, selector(d.spec?.selector)),
  ],
};

export const replicaSetColumns: KindColumns = {
  columns: [col('NAME'), col('DESIRED'), col('CURRENT'), col('READY'), col('AGE'), ...WIDE],
  cells: (rs, x) => [
    rs.metadata.name!,
    n(rs.spec?.replicas),
    n(rs.status?.replicas),
    n(rs.status?.readyReplicas),
    since(rs.metadata.creationTimestamp, x),
    ...podTemplateCells(rs, selector(rs.spec?.selector)),
  ],
};

export const daemonSetColumns: KindColumns = {
  columns: [col('NAME'), col('DESIRED'), col('CURRENT'), col('READY'), col('UP-TO-DATE'), col('AVAILABLE'), col('NODE SELECTOR'), col('AGE'), ...WIDE],
  cells: (ds, x) => [
    ds.metadata.name!,
    n(ds.status?.desiredNumberScheduled),
    n(ds.status?.currentNumberScheduled),
    n(ds.status?.numberReady),
    n(ds.status?.updatedNumberScheduled),
    n(ds.status?.numberAvailable),
    formatMap(ds.spec?.template?.spec?.nodeSelector),
    since(ds.metadata.creationTimestamp, x),
    ...podTemplateCells(ds, selector(ds.spec?.selector)),
  ],
};
