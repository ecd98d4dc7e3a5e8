// Namespaces, ConfigMaps and Secrets: names, keys, immutability.

import { describe, expect, test } from 'vitest';
import { resolveResource } from '../../../sandbox/api/resources.js';
import { createError, errorOf, newCluster } from './helpers.js';

describe('Namespace', () => {
  test('names are RFC 1123 labels', () => {
    const c = newCluster();
    expect(createError(c, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'my.ns' } })).toBe(
      `Namespace "my.ns" is invalid: metadata.name: Invalid value: "my.ns": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')`,
    );
  });

  test('the metadata.name label comes back after an update that drops it; status and finalizers are kept', () => {
    const c = newCluster();
    const ns = c.api.create({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'shop', labels: { team: 'a' } } });
    const next = structuredClone(ns);
    next.metadata.labels = { team: 'b' };
    next.spec = {};
    delete next.status;
    const u = c.api.update(next);
    expect(u.metadata.labels).toEqual({ team: 'b', 'kubernetes.io/metadata.name': 'shop' });
    expect(u.spec.finalizers).toEqual(['kubernetes']);
    expect(u.status).toEqual({ phase: 'Active' });
  });

  test('a terminating namespace refuses new objects', () => {
    const c = newCluster();
    c.api.create({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'old' } });
    c.api.delete(resolveResource('ns')!, undefined, 'old');
    expect(errorOf(() => c.api.create({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x', namespace: 'old' } }))).toEqual({
      reason: 'Forbidden',
      message: 'configmaps "x" is forbidden: unable to create new content in namespace old because it is being terminated',
    });
  });
});

describe('ConfigMap and Secret', () => {
  test('keys must be config keys', () => {
    const c = newCluster();
    expect(createError(c, { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cm' }, data: { 'my key': 'v' } })).toBe(
      `ConfigMap "cm" is invalid: data[my key]: Invalid value: "my key": a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')`,
    );
    expect(createError(c, { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cm' }, data: { a: '1' }, binaryData: { a: 'MQ==' } })).toBe(
      'ConfigMap "cm" is invalid: data[a]: Invalid value: "a": duplicate of key present in binaryData',
    );
  });

  test('an immutable ConfigMap cannot change its data', () => {
    const c = newCluster();
    const cm = c.api.create({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cm' }, data: { a: '1' }, immutable: true });
    expect(cm.metadata.generation).toBeUndefined();
    const next = structuredClone(cm);
    next.data.a = '2';
    expect(errorOf(() => c.api.update(next)).message).toBe('ConfigMap "cm" is invalid: data: Forbidden: field is immutable when `immutable` is set');
  });

  test('Secret data must be base64; TLS secrets need their keys; the type is immutable', () => {
    const c = newCluster();
    expect(errorOf(() => c.api.create({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 's' }, data: { a: 'not base64!' } }))).toEqual({
      reason: 'BadRequest',
      message: 'Secret in version "v1" cannot be handled as a Secret: illegal base64 data at input byte 3',
    });
    expect(createError(c, { apiVersion: 'v1', kind: 'Secret', metadata: { name: 't' }, type: 'kubernetes.io/tls', data: {} })).toBe(
      'Secret "t" is invalid: \n* data[tls.crt]: Required value\n* data[tls.key]: Required value',
    );
    const s = c.api.create({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 's' }, data: { a: 'YQ==' } });
    s.type = 'kubernetes.io/basic-auth';
    expect(errorOf(() => c.api.update(s)).message).toBe('Secret "s" is invalid: type: Invalid value: "kubernetes.io/basic-auth": field is immutable');
  });
});

describe('binaryData', () => {
  test('ConfigMap binaryData must be base64', () => {
    const c = newCluster();
    expect(errorOf(() => c.api.create({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'b' }, binaryData: { a: 'YWJj', b: 'YW=j' } }))).toEqual({
      reason: 'BadRequest',
      message: 'ConfigMap in version "v1" cannot be handled as a ConfigMap: illegal base64 data at input byte 3',
    });
  });
});
