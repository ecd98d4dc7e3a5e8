// `kubectl get namespaces|configmaps|secrets|serviceaccounts` columns from the API server's printers.

import { col, since, type KindColumns } from './types.js';

const count = (m: unknown) => Object.keys((m as object) ?? {}).length;

export const namespaceColumns: KindColumns = {
  columns: [col('NAME'), col('STATUS'), col('AGE')],
  cells: (ns, x) => [ns.metadata.name!, ns.status?.phase ?? '', since(ns.metadata.creationTimestamp, x)],
};

export const configMapColumns: KindColumns = {
  columns: [col('NAME'), col('DATA'), col('AGE')],
  cells: (cm, x) => [cm.metadata.name!, String(count(cm.data) + count(cm.binaryData)), since(cm.metadata.creationTimestamp, x)],
};

export const secretColumns: KindColumns = {
  columns: [col('NAME'), col('TYPE'), col('DATA'), col('AGE')],
  cells: (s, x) => [s.metadata.name!, s.type ?? '', String(count(s.data)), since(s.metadata.creationTimestamp, x)],
};

export const serviceAccountColumns: KindColumns = {
  columns: [col('NAME'), col('SECRETS'), col('AGE')],
  cells: (sa, x) => [sa.metadata.name!, String((sa.secrets ?? []).length), since(sa.metadata.creationTimestamp, x)],
};
