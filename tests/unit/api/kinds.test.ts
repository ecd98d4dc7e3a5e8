// Every served kind has a handler and a schema; strict decoding never throws on arbitrary input.

import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { handlerFor } from '../../../sandbox/api/kinds/index.js';
import { RESOURCES } from '../../../sandbox/api/resources.js';
import { strictDecode } from '../../../sandbox/api/strict.js';
import { createError, newCluster, svc } from './helpers.js';

describe('kind handlers', () => {
  test('every resource type the API serves has a handler with a schema', () => {
    for (const rt of RESOURCES) {
      const h = handlerFor(rt.kind);
      expect(h?.kind, rt.plural).toBe(rt.kind);
      expect(h?.schema?.type, rt.plural).toBe('object');
    }
  });

  test('strict decoding reports, never throws, on any JSON value', () => {
    const schema = handlerFor('Pod')!.schema!;
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (spec, status) => {
        const p = strictDecode({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'x' }, spec, status }, schema);
        expect(Array.isArray(p.unknown) && Array.isArray(p.typeErrors)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('IP families on a single-stack cluster', () => {
  test('IPv6 and dual-stack requirements are refused; selectorless headless may ask for both', () => {
    const c = newCluster();
    expect(createError(c, svc('a', { ipFamilies: ['IPv6'] }))).toBe('Service "a" is invalid: spec.ipFamilies[0]: Invalid value: "IPv6": not configured on this cluster');
    expect(createError(c, svc('b', { ipFamilyPolicy: 'RequireDualStack' }))).toBe(
      'Service "b" is invalid: spec.ipFamilyPolicy: Invalid value: "RequireDualStack": this cluster is not configured for dual-stack services',
    );
    expect(createError(c, svc('c', { ipFamilyPolicy: 'Both' }))).toBe(
      'Service "c" is invalid: spec.ipFamilyPolicy: Unsupported value: "Both": supported values: "PreferDualStack", "RequireDualStack", "SingleStack"',
    );
    const h = c.api.create({ apiVersion: 'v1', kind: 'Service', metadata: { name: 'peers' }, spec: { clusterIP: 'None', ports: [{ port: 80 }] } });
    expect(h.spec.ipFamilyPolicy).toBe('RequireDualStack');
    expect(h.spec.ipFamilies).toEqual(['IPv4']);
    expect(c.api.create(svc('d', { ipFamilyPolicy: 'PreferDualStack' })).spec.ipFamilies).toEqual(['IPv4']);
  });
});
