// Deployment, ReplicaSet and DaemonSet validation, byte for byte (apps/v1, v1.34 wording:
// complex values are rendered as JSON since 1.33).

import { describe, expect, test } from 'vitest';
import { createError, deploy, errorOf, newCluster } from './helpers.js';

const c = newCluster();

describe('Deployment', () => {
  test('selector required; a missing selector matches no template labels', () => {
    const d = deploy('web');
    delete d.spec.selector;
    expect(createError(c, d)).toBe(
      'Deployment "web" is invalid: \n* spec.selector: Required value\n* spec.template.metadata.labels: Invalid value: {"app":"web"}: `selector` does not match template `labels`',
    );
  });

  test('selector not matching the template labels', () => {
    const d = deploy('web');
    d.spec.template.metadata.labels = { app: 'x', tier: 'front' };
    expect(createError(c, d)).toBe(
      'Deployment "web" is invalid: spec.template.metadata.labels: Invalid value: {"app":"x","tier":"front"}: `selector` does not match template `labels`',
    );
  });

  test('empty selector', () => {
    expect(createError(c, deploy('web', { selector: {} }))).toBe('Deployment "web" is invalid: spec.selector: Invalid value: {}: empty selector is invalid for deployment');
  });

  test('replicas, strategy and rolling-update parameters', () => {
    expect(createError(c, deploy('web', { replicas: -1 }))).toBe('Deployment "web" is invalid: spec.replicas: Invalid value: -1: must be greater than or equal to 0');
    expect(createError(c, deploy('web', { strategy: { type: 'BlueGreen' } }))).toBe(
      'Deployment "web" is invalid: spec.strategy.type: Unsupported value: "BlueGreen": supported values: "Recreate", "RollingUpdate"',
    );
    expect(createError(c, deploy('web', { strategy: { type: 'Recreate', rollingUpdate: { maxSurge: 1 } } }))).toBe(
      "Deployment \"web\" is invalid: spec.strategy.rollingUpdate: Forbidden: may not be specified when strategy `type` is 'Recreate'",
    );
    expect(createError(c, deploy('web', { strategy: { rollingUpdate: { maxSurge: 0, maxUnavailable: 0 } } }))).toBe(
      'Deployment "web" is invalid: spec.strategy.rollingUpdate.maxUnavailable: Invalid value: 0: may not be 0 when `maxSurge` is 0',
    );
    expect(createError(c, deploy('web', { strategy: { rollingUpdate: { maxUnavailable: '150%' } } }))).toBe(
      'Deployment "web" is invalid: spec.strategy.rollingUpdate.maxUnavailable: Invalid value: "150%": must not be greater than 100%',
    );
    expect(createError(c, deploy('web', { strategy: { rollingUpdate: { maxSurge: 'lots' } } }))).toBe(
      `Deployment "web" is invalid: spec.strategy.rollingUpdate.maxSurge: Invalid value: "lots": a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')`,
    );
  });

  test('template restartPolicy must be Always and container errors carry the template path', () => {
    const d = deploy('web');
    d.spec.template.spec.restartPolicy = 'Never';
    d.spec.template.spec.containers[0].image = '';
    expect(createError(c, d)).toBe(
      'Deployment "web" is invalid: \n* spec.template.spec.containers[0].image: Required value\n* spec.template.spec.restartPolicy: Unsupported value: "Never": supported values: "Always"',
    );
  });

  test('progressDeadlineSeconds must exceed minReadySeconds', () => {
    expect(createError(c, deploy('web', { minReadySeconds: 30, progressDeadlineSeconds: 30 }))).toBe(
      'Deployment "web" is invalid: spec.progressDeadlineSeconds: Invalid value: 30: must be greater than minReadySeconds',
    );
  });

  test('the selector is immutable; the generation moves on spec changes only', () => {
    const cl = newCluster();
    const created = cl.api.create(deploy('web'));
    expect(created.metadata.generation).toBe(1);
    const scaled = structuredClone(created);
    scaled.spec.replicas = 3;
    expect(cl.api.update(scaled).metadata.generation).toBe(2);
    const relabelled = cl.api.update({ ...structuredClone(scaled), metadata: { ...scaled.metadata, resourceVersion: undefined, labels: { a: 'b' } } });
    expect(relabelled.metadata.generation).toBe(2);
    const moved = structuredClone(relabelled);
    moved.spec.selector = { matchLabels: { app: 'web2' } };
    moved.spec.template.metadata.labels = { app: 'web2' };
    expect(errorOf(() => cl.api.update(moved)).message).toBe('Deployment "web" is invalid: spec.selector: Invalid value: {"matchLabels":{"app":"web2"}}: field is immutable');
    moved.spec.template.metadata.labels = { app: 'web' };
    expect(errorOf(() => cl.api.update(moved)).message).toBe(
      'Deployment "web" is invalid: \n* spec.template.metadata.labels: Invalid value: {"app":"web"}: `selector` does not match template `labels`\n* spec.selector: Invalid value: {"matchLabels":{"app":"web2"}}: field is immutable',
    );
  });
});

describe('ReplicaSet and DaemonSet', () => {
  const rs = (spec: Record<string, unknown>) => ({ apiVersion: 'apps/v1', kind: 'ReplicaSet', metadata: { name: 'rs' }, spec });
  const ds = (spec: Record<string, unknown>) => ({ apiVersion: 'apps/v1', kind: 'DaemonSet', metadata: { name: 'ds' }, spec });
  const tpl = { metadata: { labels: { app: 'a' } }, spec: { containers: [{ name: 'c', image: 'nginx' }] } };

  test('ReplicaSet: the empty-selector message really says "deployment"', () => {
    expect(createError(c, rs({ selector: {}, template: tpl }))).toBe('ReplicaSet "rs" is invalid: spec.selector: Invalid value: {}: empty selector is invalid for deployment');
  });

  test('ReplicaSet: selector expressions are checked', () => {
    expect(createError(c, rs({ selector: { matchExpressions: [{ key: 'app', operator: 'In' }] }, template: tpl }))).toBe(
      "ReplicaSet \"rs\" is invalid: \n* spec.selector.matchExpressions[0].values: Required value: must be specified when `operator` is 'In' or 'NotIn'\n* spec.template.metadata.labels: Invalid value: {\"app\":\"a\"}: `selector` does not match template `labels`",
    );
  });

  test('DaemonSet: update strategy and selector', () => {
    expect(createError(c, ds({ selector: { matchLabels: { app: 'a' } }, template: tpl, updateStrategy: { type: 'Sometimes' } }))).toBe(
      'DaemonSet "ds" is invalid: spec.updateStrategy.type: Unsupported value: "Sometimes": supported values: "OnDelete", "RollingUpdate"',
    );
    expect(createError(c, ds({ selector: { matchLabels: { app: 'b' } }, template: tpl }))).toBe(
      'DaemonSet "ds" is invalid: spec.template.metadata.labels: Invalid value: {"app":"a"}: `selector` does not match template `labels`',
    );
  });
});

describe('DaemonSet selectors', () => {
  const tpl = { metadata: { labels: { app: 'a' } }, spec: { containers: [{ name: 'c', image: 'nginx' }] } };
  test('a missing selector is reported only as a template mismatch; an empty one as invalid', () => {
    const c = newCluster();
    expect(createError(c, { apiVersion: 'apps/v1', kind: 'DaemonSet', metadata: { name: 'ds' }, spec: { template: tpl } })).toBe(
      'DaemonSet "ds" is invalid: spec.template.metadata.labels: Invalid value: {"app":"a"}: `selector` does not match template `labels`',
    );
    expect(createError(c, { apiVersion: 'apps/v1', kind: 'DaemonSet', metadata: { name: 'ds' }, spec: { selector: {}, template: tpl } })).toBe(
      'DaemonSet "ds" is invalid: spec.selector: Invalid value: {}: empty selector is invalid for daemonset',
    );
  });
});

describe('generation', () => {
  test('an update that only reorders keys does not count as a spec change', () => {
    const c = newCluster();
    const d = c.api.create(deploy('web'));
    const reordered = { ...structuredClone(d), spec: Object.fromEntries(Object.entries(structuredClone(d.spec)).reverse()) };
    reordered.metadata.labels = { changed: 'yes' };
    const u = c.api.update(reordered);
    expect(u.metadata.generation).toBe(1);
    expect(u.metadata.labels).toEqual({ changed: 'yes' });
  });
});
