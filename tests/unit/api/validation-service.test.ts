// Service validation, byte for byte as the v1.34 API server words it.

import { describe, expect, test } from 'vitest';
import { createError, errorOf, newCluster, svc } from './helpers.js';

const c = newCluster();
const err = (spec: Record<string, unknown>, name = 'web') => createError(c, svc(name, spec));

describe('Service create validation', () => {
  test('ports are required except for headless and ExternalName Services', () => {
    expect(err({ ports: [] })).toBe('Service "web" is invalid: spec.ports: Required value');
    expect(c.api.create(svc('hl', { clusterIP: 'None', ports: [] })).spec.clusterIPs).toEqual(['None']);
    expect(c.api.create({ apiVersion: 'v1', kind: 'Service', metadata: { name: 'ext' }, spec: { type: 'ExternalName', externalName: 'db.example.com' } }).spec.type).toBe('ExternalName');
  });

  test('port numbers, protocols and target ports', () => {
    // targetPort defaults to port, so it is out of range too.
    expect(err({ ports: [{ port: 70000 }] })).toBe(
      'Service "web" is invalid: \n* spec.ports[0].port: Invalid value: 70000: must be between 1 and 65535, inclusive\n* spec.ports[0].targetPort: Invalid value: 70000: must be between 1 and 65535, inclusive',
    );
    expect(err({ ports: [{ port: 0, targetPort: 80 }] })).toBe('Service "web" is invalid: spec.ports[0].port: Invalid value: 0: must be between 1 and 65535, inclusive');
    expect(err({ ports: [{ port: 80, protocol: 'ICMP' }] })).toBe(
      'Service "web" is invalid: spec.ports[0].protocol: Unsupported value: "ICMP": supported values: "SCTP", "TCP", "UDP"',
    );
    expect(err({ ports: [{ port: 80, targetPort: 70000 }] })).toBe(
      'Service "web" is invalid: spec.ports[0].targetPort: Invalid value: 70000: must be between 1 and 65535, inclusive',
    );
    expect(err({ ports: [{ port: 80, targetPort: 'http_port' }] })).toBe(
      'Service "web" is invalid: spec.ports[0].targetPort: Invalid value: "http_port": must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)',
    );
  });

  test('multi-port Services need unique port names', () => {
    expect(err({ ports: [{ port: 80 }, { port: 443 }] })).toBe(
      'Service "web" is invalid: \n* spec.ports[0].name: Required value\n* spec.ports[1].name: Required value',
    );
    expect(err({ ports: [{ name: 'http', port: 80 }, { name: 'http', port: 443 }] })).toBe('Service "web" is invalid: spec.ports[1].name: Duplicate value: "http"');
    expect(err({ ports: [{ name: 'HTTP', port: 80 }] })).toBe(
      `Service "web" is invalid: spec.ports[0].name: Invalid value: "HTTP": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')`,
    );
  });

  test('the same port and protocol twice', () => {
    expect(err({ ports: [{ name: 'a', port: 80 }, { name: 'b', port: 80 }] })).toBe(
      'Service "web" is invalid: spec.ports[1]: Duplicate value: {"Name":"","Protocol":"TCP","AppProtocol":null,"Port":80,"TargetPort":0,"NodePort":0}',
    );
  });

  test('type, session affinity and traffic policies are enumerations', () => {
    expect(err({ type: 'Public' })).toBe(
      'Service "web" is invalid: spec.type: Unsupported value: "Public": supported values: "ClusterIP", "ExternalName", "LoadBalancer", "NodePort"',
    );
    expect(err({ sessionAffinity: 'Cookie' })).toBe('Service "web" is invalid: spec.sessionAffinity: Unsupported value: "Cookie": supported values: "ClientIP", "None"');
    expect(err({ type: 'NodePort', externalTrafficPolicy: 'Nearest' })).toBe(
      'Service "web" is invalid: spec.externalTrafficPolicy: Unsupported value: "Nearest": supported values: "Cluster", "Local"',
    );
    expect(err({ externalTrafficPolicy: 'Local' })).toBe('Service "web" is invalid: spec.externalTrafficPolicy: Invalid value: "Local": may only be set for externally-accessible services');
    expect(err({ internalTrafficPolicy: 'Node' })).toBe(
      'Service "web" is invalid: spec.internalTrafficPolicy: Unsupported value: "Node": supported values: "Cluster", "Local"',
    );
  });

  test('nodePort on a ClusterIP Service', () => {
    expect(err({ ports: [{ port: 80, nodePort: 30080 }] })).toBe("Service \"web\" is invalid: spec.ports[0].nodePort: Forbidden: may not be used when `type` is 'ClusterIP'");
  });

  test('ExternalName needs a name; bad cluster IPs and names', () => {
    expect(err({ type: 'ExternalName', ports: undefined, selector: undefined })).toBe('Service "web" is invalid: spec.externalName: Required value');
    expect(err({ clusterIP: '10.96.0.300' })).toBe(
      'Service "web" is invalid: spec.clusterIPs[0]: Invalid value: "10.96.0.300": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)',
    );
    expect(err({}, 'My_Svc')).toBe(
      `Service "My_Svc" is invalid: metadata.name: Invalid value: "My_Svc": a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')`,
    );
  });
});

describe('Service update validation', () => {
  test('the cluster IP may not change once set', () => {
    const cl = newCluster();
    const s = cl.api.create(svc('web'));
    const next = structuredClone(s);
    next.spec.clusterIP = '10.96.200.200';
    expect(errorOf(() => cl.api.update(next)).message).toBe('Service "web" is invalid: spec.clusterIPs[0]: Invalid value: ["10.96.200.200"]: may not change once set');
  });

  test('a replace without clusterIP and nodePort keeps the allocated ones', () => {
    const cl = newCluster();
    const s = cl.api.create(svc('web', { type: 'NodePort' }));
    const next = structuredClone(s);
    delete next.spec.clusterIP;
    delete next.spec.clusterIPs;
    delete next.spec.ports[0].nodePort;
    const u = cl.api.update(next);
    expect(u.spec.clusterIP).toBe(s.spec.clusterIP);
    expect(u.spec.clusterIPs).toEqual(s.spec.clusterIPs);
    expect(u.spec.ports[0].nodePort).toBe(s.spec.ports[0].nodePort);
    expect(u.metadata.resourceVersion).toBe(s.metadata.resourceVersion);
  });
});

test('session affinity config: only with ClientIP, timeout within a day', () => {
  const cl = newCluster();
  expect(createError(cl, svc('a', { sessionAffinityConfig: { clientIP: { timeoutSeconds: 60 } } }))).toBe(
    'Service "a" is invalid: spec.sessionAffinityConfig: Forbidden: must not be set when session affinity is None',
  );
  expect(createError(cl, svc('b', { sessionAffinity: 'ClientIP', sessionAffinityConfig: { clientIP: { timeoutSeconds: 90000 } } }))).toBe(
    'Service "b" is invalid: spec.sessionAffinityConfig.clientIP.timeoutSeconds: Invalid value: 90000: must be greater than 0 and less than 86400',
  );
});
