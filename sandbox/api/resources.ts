// The API's discovery document: every resource type the simulated API server serves,
// as `kubectl api-resources` lists it on a kind v1.34 cluster (for the kinds we simulate).

export interface ResourceType {
  kind: string;
  /** Plural resource name, e.g. `deployments`. */
  plural: string;
  singular: string;
  shortNames: string[];
  /** '' for the core group. */
  group: string;
  version: string;
  namespaced: boolean;
  /** Categories such as `all`. */
  categories: string[];
  verbs: string[];
}

const RW = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'];

function r(kind: string, plural: string, group: string, version: string, namespaced: boolean, shortNames: string[] = [], categories: string[] = [], verbs = RW): ResourceType {
  return { kind, plural, singular: kind.toLowerCase(), shortNames, group, version, namespaced, categories, verbs };
}

/** In `kubectl api-resources` order (core group first, then groups by name). */
export const RESOURCES: ResourceType[] = [
  r('ConfigMap', 'configmaps', '', 'v1', true, ['cm']),
  r('Endpoints', 'endpoints', '', 'v1', true, ['ep']),
  r('Event', 'events', '', 'v1', true, ['ev']),
  r('Namespace', 'namespaces', '', 'v1', false, ['ns'], [], ['create', 'delete', 'get', 'list', 'patch', 'update', 'watch']),
  r('Node', 'nodes', '', 'v1', false, ['no']),
  r('Pod', 'pods', '', 'v1', true, ['po'], ['all']),
  r('Secret', 'secrets', '', 'v1', true),
  r('ServiceAccount', 'serviceaccounts', '', 'v1', true, ['sa']),
  r('Service', 'services', '', 'v1', true, ['svc'], ['all'], ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch']),
  r('DaemonSet', 'daemonsets', 'apps', 'v1', true, ['ds'], ['all']),
  r('Deployment', 'deployments', 'apps', 'v1', true, ['deploy'], ['all']),
  r('ReplicaSet', 'replicasets', 'apps', 'v1', true, ['rs'], ['all']),
  r('EndpointSlice', 'endpointslices', 'discovery.k8s.io', 'v1', true),
  r('Event', 'events', 'events.k8s.io', 'v1', true, ['ev']),
  r('IngressClass', 'ingressclasses', 'networking.k8s.io', 'v1', false),
  r('Ingress', 'ingresses', 'networking.k8s.io', 'v1', true, ['ing']),
  r('NetworkPolicy', 'networkpolicies', 'networking.k8s.io', 'v1', true, ['netpol']),
];

/** The resource that stores each kind (the preferred one when a kind is served twice). */
const BY_KIND = new Map<string, ResourceType>();
for (const rt of RESOURCES) if (!BY_KIND.has(rt.kind)) BY_KIND.set(rt.kind, rt);

export function resourceForKind(kind: string): ResourceType | undefined {
  return BY_KIND.get(kind);
}

/** `apps/v1` or `v1`. */
export function groupVersion(rt: ResourceType): string {
  return rt.group ? `${rt.group}/${rt.version}` : rt.version;
}

/** `deployments.apps`, `pods`: the qualified name the API uses in errors. */
export function qualifiedName(rt: ResourceType): string {
  return rt.group ? `${rt.plural}.${rt.group}` : rt.plural;
}

/** `deployment.apps`, `pod`: the prefix kubectl prints before `/name`. */
export function kindPrefix(rt: ResourceType): string {
  return rt.group ? `${rt.singular}.${rt.group}` : rt.singular;
}

/**
 * Resolves what a user typed (`po`, `pods`, `pod`, `deploy`, `deployments.apps`, `Deployment`,
 * `ingresses.networking.k8s.io`, `ev`) to a resource type, as kubectl's RESTMapper does.
 */
export function resolveResource(typed: string): ResourceType | undefined {
  let name = typed;
  let group: string | undefined;
  const dot = typed.indexOf('.');
  if (dot > 0) {
    name = typed.slice(0, dot);
    group = typed.slice(dot + 1);
    // `deployments.v1.apps` also works.
    const parts = group.split('.');
    if (parts[0] && /^v\d/.test(parts[0])) group = parts.slice(1).join('.');
  }
  const lower = name.toLowerCase();
  const candidates = RESOURCES.filter((rt) => group === undefined || rt.group === group);
  return (
    candidates.find((rt) => rt.plural === lower) ??
    candidates.find((rt) => rt.singular === lower) ??
    candidates.find((rt) => rt.shortNames.includes(lower)) ??
    candidates.find((rt) => rt.kind.toLowerCase() === lower)
  );
}
