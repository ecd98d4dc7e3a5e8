// Ingresses (networking.k8s.io/v1): the DefaultIngressClass admission plugin and
// ValidateIngressSpec (rules, paths and pathType, backends, TLS hosts, class name).

import { field, type FieldCause } from '../errors.js';
import type { AdmissionContext, KindHandler } from '../kind.js';
import { invalidGo, isIP, portNum } from '../validation/common.js';
import { dns1035Label, dns1123Subdomain, ianaSvcName } from '../validation/names.js';
import { V1Ingress } from '../schema/generated/networking.js';

type Obj = Record<string, any>;

const WILDCARD_MSG =
  "a wildcard DNS-1123 subdomain must start with '*.', followed by a valid DNS subdomain, which must consist of lower case alphanumeric characters, '-' or '.' and end with an alphanumeric character (e.g. '*.example.com', regex used for validation is '\\*\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
const INVALID_SEQ = ['//', '/./', '/../', '%2f', '%2F'];
const INVALID_SUFFIX = ['/..', '/.'];

export const ingress: KindHandler = {
  kind: 'Ingress',
  schema: V1Ingress,
  validate(obj) {
    return validateIngressSpec(obj.spec ?? {});
  },
  prepareCreate(obj, ctx) {
    admitDefaultClass(obj, ctx);
    obj.status = { loadBalancer: {} };
  },
  prepareUpdate(obj, old) {
    obj.status = old.status ?? { loadBalancer: {} };
  },
};

/** DefaultIngressClass: an Ingress without a class gets the default one (the newest, if several). */
function admitDefaultClass(obj: Obj, ctx: AdmissionContext): void {
  const spec = (obj.spec ??= {});
  if (spec.ingressClassName !== undefined || obj.metadata.annotations?.['kubernetes.io/ingress.class'] !== undefined) return;
  const defaults = ctx
    .list('ingressclasses.networking.k8s.io')
    .filter((c) => c.metadata.annotations?.['ingressclass.kubernetes.io/is-default-class'] === 'true')
    .sort((a, b) => (b.metadata.creationTimestamp ?? '').localeCompare(a.metadata.creationTimestamp ?? '') || (a.metadata.name ?? '').localeCompare(b.metadata.name ?? ''));
  if (defaults.length) spec.ingressClassName = defaults[0]!.metadata.name;
}

function validateIngressSpec(spec: Obj): FieldCause[] {
  const out: FieldCause[] = [];
  const rules: Obj[] | undefined = spec.rules;
  if (!rules?.length && !spec.defaultBackend)
    out.push(invalidGo('spec', rules ? '[]' : 'null', 'either `defaultBackend` or `rules` must be specified'));
  if (spec.defaultBackend) out.push(...validateBackend(spec.defaultBackend, 'spec.defaultBackend'));
  (rules ?? []).forEach((r, i) => {
    const rp = `spec.rules[${i}]`;
    if (r?.host) out.push(...validateHost(r.host, `${rp}.host`));
    if (r?.http) {
      const paths: Obj[] = r.http.paths ?? [];
      if (!paths.length) out.push(field.required(`${rp}.http.paths`, ''));
      paths.forEach((p, j) => out.push(...validatePath(p, `${rp}.http.paths[${j}]`)));
    }
  });
  (spec.tls ?? []).forEach((t: Obj, i: number) => (t?.hosts ?? []).forEach((h: string, j: number) => out.push(...validateHost(h, `spec.tls[${i}].hosts[${j}]`, false))));
  if (spec.ingressClassName) for (const m of dns1123Subdomain(spec.ingressClassName)) out.push(field.invalid('spec.ingressClassName', spec.ingressClassName, m));
  return out;
}

function validateHost(host: string, f: string, rejectIP = true): FieldCause[] {
  const out: FieldCause[] = [];
  if (rejectIP && isIP(host)) out.push(field.invalid(f, host, 'must be a DNS name, not an IP address'));
  if (host.includes('*')) {
    if (!/^\*\.[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/.test(host)) out.push(field.invalid(f, host, WILDCARD_MSG));
  } else for (const m of dns1123Subdomain(host)) out.push(field.invalid(f, host, m));
  return out;
}

function validatePath(p: Obj, f: string): FieldCause[] {
  const out: FieldCause[] = [];
  const path: string = p?.path ?? '';
  switch (p?.pathType) {
    case undefined:
    case null:
      return [field.required(`${f}.pathType`, 'pathType must be specified')];
    case 'Exact':
    case 'Prefix':
      if (!path.startsWith('/')) out.push(field.invalid(`${f}.path`, path, 'must be an absolute path'));
      if (path) {
        for (const s of INVALID_SEQ) if (path.includes(s)) out.push(field.invalid(`${f}.path`, path, `must not contain '${s}'`));
        for (const s of INVALID_SUFFIX) if (path.endsWith(s)) out.push(field.invalid(`${f}.path`, path, `cannot end with '${s}'`));
      }
      break;
    case 'ImplementationSpecific':
      if (path && !path.startsWith('/')) out.push(field.invalid(`${f}.path`, path, 'must be an absolute path'));
      break;
    default:
      out.push(field.unsupported(`${f}.pathType`, p.pathType, ['Exact', 'ImplementationSpecific', 'Prefix']));
  }
  out.push(...validateBackend(p.backend ?? {}, `${f}.backend`));
  return out;
}

function validateBackend(b: Obj, f: string): FieldCause[] {
  const out: FieldCause[] = [];
  if (b.resource && b.service) return [field.invalid(f, '', 'cannot set both resource and service backends')];
  if (b.resource) {
    if (!b.resource.kind) out.push(field.required(`${f}.resource.kind`, ''));
    if (!b.resource.name) out.push(field.required(`${f}.resource.name`, ''));
    return out;
  }
  if (!b.service) return [field.invalid(f, '', 'resource or service backend is required')];
  const s = b.service;
  if (!s.name) out.push(field.required(`${f}.service.name`, ''));
  else for (const m of dns1035Label(s.name)) out.push(field.invalid(`${f}.service.name`, s.name, m));
  const name = s.port?.name ?? '';
  const num = s.port?.number ?? 0;
  if (name && num) out.push(field.invalid(f, '', 'cannot set both port name & port number'));
  else if (name) for (const m of ianaSvcName(name)) out.push(field.invalid(`${f}.service.port.name`, name, m));
  else if (num) for (const m of portNum(num)) out.push(field.invalid(`${f}.service.port.number`, num, m));
  else out.push(field.required(f, 'port name or number is required'));
  return out;
}
