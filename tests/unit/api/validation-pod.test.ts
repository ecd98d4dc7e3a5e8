// Pod validation: every message byte for byte as the v1.34 API server words it.

import { describe, expect, test } from 'vitest';
import { resolveResource } from '../../../sandbox/api/resources.js';
import { createError, errorOf, newCluster, pod } from './helpers.js';

const c = newCluster();
const err = (spec: Record<string, unknown>, meta: Record<string, unknown> = {}) => createError(c, pod('p', spec, meta));

describe('Pod create validation', () => {
  test('containers are required, and so are their names and images', () => {
    expect(err({ containers: [] })).toBe('Pod "p" is invalid: spec.containers: Required value');
    expect(err({ containers: [{ name: 'web' }] })).toBe('Pod "p" is invalid: spec.containers[0].image: Required value');
    expect(err({ containers: [{ image: 'nginx' }] })).toBe('Pod "p" is invalid: spec.containers[0].name: Required value');
  });

  test('container names are DNS-1123 labels and unique across init and app containers', () => {
    expect(err({ containers: [{ name: 'Web', image: 'nginx' }] })).toBe(
      `Pod "p" is invalid: spec.containers[0].name: Invalid value: "Web": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')`,
    );
    expect(err({ initContainers: [{ name: 'a', image: 'busybox' }], containers: [{ name: 'a', image: 'nginx' }] })).toBe(
      'Pod "p" is invalid: spec.containers[0].name: Duplicate value: "a"',
    );
  });

  test('container ports: number range, names, duplicates and protocols', () => {
    const ports = (ps: unknown[]) => err({ containers: [{ name: 'web', image: 'nginx', ports: ps }] });
    expect(ports([{ containerPort: 70000 }])).toBe('Pod "p" is invalid: spec.containers[0].ports[0].containerPort: Invalid value: 70000: must be between 1 and 65535, inclusive');
    expect(ports([{ containerPort: 0 }])).toBe('Pod "p" is invalid: spec.containers[0].ports[0].containerPort: Required value');
    expect(ports([{ containerPort: 80, protocol: 'HTTP' }])).toBe(
      'Pod "p" is invalid: spec.containers[0].ports[0].protocol: Unsupported value: "HTTP": supported values: "SCTP", "TCP", "UDP"',
    );
    expect(ports([{ containerPort: 80, name: 'http' }, { containerPort: 81, name: 'http' }])).toBe(
      'Pod "p" is invalid: spec.containers[0].ports[1].name: Duplicate value: "http"',
    );
    expect(ports([{ containerPort: 80, name: 'Web_Port' }])).toBe(
      'Pod "p" is invalid: spec.containers[0].ports[0].name: Invalid value: "Web_Port": must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)',
    );
    expect(ports([{ containerPort: 80, name: 'a-very-long-port-name' }])).toBe(
      'Pod "p" is invalid: spec.containers[0].ports[0].name: Invalid value: "a-very-long-port-name": must be no more than 15 characters',
    );
    expect(ports([{ containerPort: 80, name: '8080' }])).toBe('Pod "p" is invalid: spec.containers[0].ports[0].name: Invalid value: "8080": must contain at least one letter (a-z)');
  });

  test('enumerations: restartPolicy, dnsPolicy, imagePullPolicy', () => {
    expect(err({ restartPolicy: 'Sometimes' })).toBe('Pod "p" is invalid: spec.restartPolicy: Unsupported value: "Sometimes": supported values: "Always", "OnFailure", "Never"');
    expect(err({ dnsPolicy: 'Cluster' })).toBe(
      'Pod "p" is invalid: spec.dnsPolicy: Unsupported value: "Cluster": supported values: "ClusterFirst", "ClusterFirstWithHostNet", "Default", "None"',
    );
    expect(err({ containers: [{ name: 'web', image: 'nginx', imagePullPolicy: 'Sometimes' }] })).toBe(
      'Pod "p" is invalid: spec.containers[0].imagePullPolicy: Unsupported value: "Sometimes": supported values: "Always", "IfNotPresent", "Never"',
    );
  });

  test('probes need exactly one handler and valid ports', () => {
    const probe = (p: unknown) => err({ containers: [{ name: 'web', image: 'nginx', readinessProbe: p }] });
    expect(probe({ periodSeconds: 5 })).toBe('Pod "p" is invalid: spec.containers[0].readinessProbe: Required value: must specify a handler type');
    expect(probe({ httpGet: { port: 0 } })).toBe('Pod "p" is invalid: spec.containers[0].readinessProbe.httpGet.port: Invalid value: 0: must be between 1 and 65535, inclusive');
    expect(probe({ httpGet: { port: 80 }, tcpSocket: { port: 80 } })).toBe(
      'Pod "p" is invalid: spec.containers[0].readinessProbe.tcpSocket: Forbidden: may not specify more than 1 handler type',
    );
    expect(err({ containers: [{ name: 'web', image: 'nginx', livenessProbe: { tcpSocket: { port: 80 }, successThreshold: 2 } }] })).toBe(
      'Pod "p" is invalid: spec.containers[0].livenessProbe.successThreshold: Invalid value: 2: must be 1',
    );
  });

  test('volume mounts must name a volume', () => {
    expect(err({ containers: [{ name: 'web', image: 'nginx', volumeMounts: [{ name: 'data', mountPath: '/data' }] }] })).toBe(
      'Pod "p" is invalid: spec.containers[0].volumeMounts[0].name: Not found: "data"',
    );
  });

  test('several causes are listed one per line', () => {
    expect(err({ containers: [{ name: 'web' }, { name: 'web', image: 'x' }] })).toBe(
      'Pod "p" is invalid: \n* spec.containers[0].image: Required value\n* spec.containers[1].name: Duplicate value: "web"',
    );
  });

  test('the pod name is a DNS subdomain', () => {
    expect(createError(c, pod('Web'))).toBe(
      `Pod "Web" is invalid: metadata.name: Invalid value: "Web": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')`,
    );
  });

  test('an unknown PriorityClass is refused by admission', () => {
    expect(errorOf(() => c.api.create(pod('p', { priorityClassName: 'gold' })))).toEqual({
      reason: 'Forbidden',
      message: 'pods "p" is forbidden: no PriorityClass with name gold was found',
    });
  });
});

describe('Pod update validation', () => {
  const UPDATABLE =
    'pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)';

  test('the image may change, a port may not', () => {
    const cl = newCluster();
    const created = cl.api.create(pod('web'));
    const next = structuredClone(created);
    next.spec.containers[0].image = 'nginx:1.27';
    const updated = cl.api.update(next);
    expect(updated.spec.containers[0].image).toBe('nginx:1.27');
    expect(updated.spec.containers[0].imagePullPolicy).toBe('Always');
    const bad = structuredClone(updated);
    bad.spec.containers[0].ports = [{ containerPort: 8080 }];
    expect(errorOf(() => cl.api.update(bad)).message).toBe(`Pod "web" is invalid: spec: Forbidden: ${UPDATABLE}`);
  });

  test('labels may change and status is kept from the stored pod', () => {
    const cl = newCluster();
    const created = cl.api.create(pod('web'));
    const next = structuredClone(created);
    next.metadata.labels = { app: 'web' };
    next.status = { phase: 'Running' };
    const updated = cl.api.update(next);
    expect(updated.metadata.labels).toEqual({ app: 'web' });
    expect(updated.status.phase).toBe('Pending');
  });

  test('tolerations may only be added', () => {
    const cl = newCluster();
    const created = cl.api.create(pod('web'));
    const add = structuredClone(created);
    add.spec.tolerations.push({ key: 'dedicated', operator: 'Exists', effect: 'NoSchedule' });
    expect(cl.api.update(add).spec.tolerations).toHaveLength(3);
    const remove = cl.api.get(resolveResource('pods')!, 'default', 'web');
    remove.spec.tolerations = [];
    expect(errorOf(() => cl.api.update(remove)).message).toBe(`Pod "web" is invalid: spec: Forbidden: ${UPDATABLE}`);
  });
});

describe('Pod DNS, host network and environment', () => {
  test('dnsConfig: None needs nameservers; at most 3, each an IP; searches are domains', () => {
    const cl = newCluster();
    const e = (spec: Record<string, unknown>) => createError(cl, pod('p', spec));
    expect(e({ dnsPolicy: 'None' })).toBe('Pod "p" is invalid: spec.dnsConfig: Required value: must provide `dnsConfig` when `dnsPolicy` is None');
    expect(e({ dnsPolicy: 'None', dnsConfig: { searches: ['svc.cluster.local'] } })).toBe(
      'Pod "p" is invalid: spec.dnsConfig.nameservers: Required value: must provide at least one DNS nameserver when `dnsPolicy` is None',
    );
    expect(e({ dnsConfig: { nameservers: ['1.1.1.1', '8.8.8.8', '9.9.9.9', '10.96.0.10'] } })).toBe(
      'Pod "p" is invalid: spec.dnsConfig.nameservers: Invalid value: ["1.1.1.1","8.8.8.8","9.9.9.9","10.96.0.10"]: must not have more than 3 nameservers',
    );
    expect(e({ dnsConfig: { nameservers: ['dns.google'] } })).toBe(
      'Pod "p" is invalid: spec.dnsConfig.nameservers[0]: Invalid value: "dns.google": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)',
    );
    expect(cl.api.create(pod('ok', { dnsPolicy: 'None', dnsConfig: { nameservers: ['10.96.0.10'], searches: ['default.svc.cluster.local.'], options: [{ name: 'ndots', value: '2' }] } })).spec.dnsPolicy).toBe('None');
  });

  test('with hostNetwork the host port is the container port', () => {
    const cl = newCluster();
    const made = cl.api.create(pod('h', { hostNetwork: true, containers: [{ name: 'web', image: 'nginx', ports: [{ containerPort: 8080 }] }] }));
    expect(made.spec.containers[0].ports[0]).toEqual({ containerPort: 8080, hostPort: 8080, protocol: 'TCP' });
    expect(createError(cl, pod('h2', { hostNetwork: true, containers: [{ name: 'web', image: 'nginx', ports: [{ containerPort: 8080, hostPort: 80 }] }] }))).toBe(
      'Pod "h2" is invalid: spec.containers[0].ports[0].hostPort: Invalid value: 80: must match `containerPort` when `hostNetwork` is true',
    );
  });

  test('environment variable names: anything printable but "="', () => {
    const cl = newCluster();
    expect(cl.api.create(pod('e', { containers: [{ name: 'web', image: 'nginx', env: [{ name: 'my.var-1', value: 'x' }] }] })).spec.containers[0].env).toHaveLength(1);
    expect(createError(cl, pod('e2', { containers: [{ name: 'web', image: 'nginx', env: [{ name: 'A=B', value: 'x' }] }] }))).toBe(
      `Pod "e2" is invalid: spec.containers[0].env[0].name: Invalid value: "A=B": a valid environment variable name must consist only of printable ASCII characters other than '='`,
    );
  });
});

describe('Pod binding', () => {
  test('an update may not set spec.nodeName (that is the binding subresource)', () => {
    const cl = newCluster();
    const p = cl.api.create(pod('web'));
    p.spec.nodeName = 'kind-worker';
    expect(errorOf(() => cl.api.update(p)).message).toMatch(/^Pod "web" is invalid: spec: Forbidden: pod updates may not change fields other than/);
  });
});

test('two containers may not claim the same host port', () => {
  const cl = newCluster();
  expect(
    createError(cl, pod('hp', { containers: [{ name: 'a', image: 'nginx', ports: [{ containerPort: 80, hostPort: 8080 }] }, { name: 'b', image: 'nginx', ports: [{ containerPort: 81, hostPort: 8080 }] }] })),
  ).toBe('Pod "hp" is invalid: spec.containers[1].ports[0].hostPort: Duplicate value: "/TCP/8080"');
});
