// The generated schemas: field coverage of v1.34, Go type names, and lazily loaded descriptions.

import { describe, expect, test } from 'vitest';
import { describeField, schemaAt } from '../../../sandbox/api/schema/index.js';
import { V1Deployment } from '../../../sandbox/api/schema/generated/apps.js';
import { V1Pod, V1Service } from '../../../sandbox/api/schema/generated/core.js';
import { V1NetworkPolicy } from '../../../sandbox/api/schema/generated/networking.js';

describe('generated schemas', () => {
  test('carry the v1.34 field set, including status', () => {
    expect(schemaAt(V1Service, ['spec', 'trafficDistribution'])?.schema).toEqual({ type: 'string' });
    expect(schemaAt(V1Pod, ['spec', 'containers', 'restartPolicyRules'])).toBeDefined();
    expect(schemaAt(V1Pod, ['status', 'podIPs', 'ip'])?.schema).toEqual({ type: 'string' });
    expect(schemaAt(V1NetworkPolicy, ['spec', 'ingress', 'ports', 'endPort'])?.schema).toEqual({ type: 'integer', format: 'int32' });
    // Added after 1.34: not accepted.
    expect(schemaAt(V1Pod, ['spec', 'schedulingGroup'])).toBeUndefined();
  });

  test('objects know their Go struct names and required fields', () => {
    const port = schemaAt(V1Service, ['spec', 'ports'])!.schema;
    expect(port.type === 'array' && port.items.type === 'object' && port.items.goType).toBe('ServicePort');
    const spec = schemaAt(V1Deployment, ['spec'])!.schema;
    expect(spec.type === 'object' && spec.required).toEqual(['selector', 'template']);
    expect(schemaAt(V1Deployment, ['spec', 'template', 'spec', 'containers', 'ports', 'containerPort'])?.parent?.required).toEqual(['containerPort']);
  });

  test('descriptions load on demand, keyed by schema id', async () => {
    expect(await describeField('V1ServicePort', 'port')).toBe('The port that will be exposed by this service.');
    expect(await describeField('V1Service')).toMatch(/^Service is a named abstraction of software service/);
    expect(await describeField('V1ServicePort', 'nosuch')).toBeUndefined();
  });
});
