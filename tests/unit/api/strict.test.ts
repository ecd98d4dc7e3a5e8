// Strict decoding: unknown fields and mistyped values, with the API server's and Go's wording.

import { describe, expect, test } from 'vitest';
import YAML from 'yaml';
import { strictDecode } from '../../../sandbox/api/strict.js';
import { V1Pod } from '../../../sandbox/api/schema/generated/core.js';
import { errorOf, newCluster, deploy, pod, svc } from './helpers.js';

describe('strict decoding', () => {
  const c = newCluster();

  test('unknown fields are listed with their full path, in document order', () => {
    expect(errorOf(() => c.api.create(pod('p', { containers: [{ name: 'web', imagee: 'nginx', image: 'nginx' }] })))).toEqual({
      reason: 'BadRequest',
      message: 'Pod in version "v1" cannot be handled as a Pod: strict decoding error: unknown field "spec.containers[0].imagee"',
    });
    expect(errorOf(() => c.api.create(deploy('web', { replica: 2, template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'a', image: 'b', port: 80 }] } } }))).message).toBe(
      'Deployment in version "v1" cannot be handled as a Deployment: strict decoding error: unknown field "spec.template.spec.containers[0].port", unknown field "spec.replica"',
    );
  });

  test('mistyped values name the Go struct, the dotted field path and the Go type', () => {
    expect(errorOf(() => c.api.create(svc('web', { ports: [{ port: '80' }] }))).message).toBe(
      'Service in version "v1" cannot be handled as a Service: json: cannot unmarshal string into Go struct field ServicePort.spec.ports.port of type int32',
    );
    expect(errorOf(() => c.api.create(pod('p', { containers: 'nginx' }))).message).toBe(
      'Pod in version "v1" cannot be handled as a Pod: json: cannot unmarshal string into Go struct field PodSpec.spec.containers of type []v1.Container',
    );
    expect(errorOf(() => c.api.create(pod('p', { terminationGracePeriodSeconds: 1.5 }))).message).toBe(
      'Pod in version "v1" cannot be handled as a Pod: json: cannot unmarshal number 1.5 into Go struct field PodSpec.spec.terminationGracePeriodSeconds of type int64',
    );
    expect(errorOf(() => c.api.create(pod('p', {}, { labels: { app: 1 } }))).message).toBe(
      'Pod in version "v1" cannot be handled as a Pod: json: cannot unmarshal number into Go struct field ObjectMeta.metadata.labels of type string',
    );
  });

  test('IntOrString and Quantity report in their own words', () => {
    expect(errorOf(() => c.api.create(svc('web', { ports: [{ port: 80, targetPort: true }] }))).message).toBe(
      'Service in version "v1" cannot be handled as a Service: json: cannot unmarshal bool into Go value of type int32',
    );
    expect(errorOf(() => c.api.create(pod('p', { containers: [{ name: 'a', image: 'b', resources: { limits: { memory: '1 GB' } } }] }))).message).toBe(
      "Pod in version \"v1\" cannot be handled as a Pod: quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'",
    );
    const ok = c.api.create(pod('q', { containers: [{ name: 'a', image: 'b', resources: { requests: { cpu: 0.5, memory: '64Mi' } } }] }));
    expect(ok.spec.containers[0].resources.requests).toEqual({ cpu: 0.5, memory: '64Mi' });
  });

  test('what `kubectl get -o yaml` prints can be applied back: status and server fields are known', () => {
    const cl = newCluster();
    const created = cl.api.create(pod('web'));
    const back = YAML.parse(YAML.stringify(created));
    back.status = {
      phase: 'Running',
      conditions: [{ type: 'Ready', status: 'True', lastTransitionTime: '2025-09-01T09:00:05Z', lastProbeTime: null }],
      containerStatuses: [{ name: 'web', image: 'nginx', imageID: '', ready: true, restartCount: 0, started: true, state: { running: { startedAt: '2025-09-01T09:00:04Z' } } }],
      podIP: '10.244.1.2',
      podIPs: [{ ip: '10.244.1.2' }],
    };
    back.metadata.managedFields = [{ manager: 'kubectl', operation: 'Update', apiVersion: 'v1', fieldsType: 'FieldsV1', fieldsV1: { 'f:metadata': {} } }];
    expect(strictDecode(back, V1Pod)).toEqual({ unknown: [], typeErrors: [] });
  });

  test('creationTimestamp: null from client dry-runs is accepted', () => {
    expect(strictDecode({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'x', creationTimestamp: null }, spec: { containers: [] }, status: {} }, V1Pod)).toEqual({
      unknown: [],
      typeErrors: [],
    });
  });
});
