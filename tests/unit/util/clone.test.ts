import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cloneJson, jsonEqual } from '../../../sandbox/util/clone.js';

const canon = (v: unknown): string => JSON.stringify(v, (_k, x) => (x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => (a < b ? -1 : 1))) : x));

describe('JSON copies and comparison', () => {
  it('cloneJson copies deeply and equals the original', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const c = cloneJson(v);
        expect(jsonEqual(c, v)).toBe(true);
        expect(canon(c)).toBe(canon(v));
      }),
    );
  });

  it('jsonEqual agrees with comparing canonical JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
        expect(jsonEqual(a, b)).toBe(canon(a) === canon(b));
      }),
    );
  });

  it('keeps a __proto__ key as data, never as the prototype', () => {
    const v = JSON.parse('{"data":{"__proto__":{"polluted":true}}}');
    const c = cloneJson(v);
    expect(Object.getPrototypeOf(c.data)).toBe(Object.prototype);
    expect(Object.keys(c.data)).toEqual(['__proto__']);
    expect(jsonEqual(c, v)).toBe(true);
    expect(jsonEqual({ data: {} }, v)).toBe(false);
  });

  it('ignores key order and undefined members', () => {
    expect(jsonEqual({ a: 1, b: { c: [1, 2] } }, { b: { c: [1, 2] }, a: 1 })).toBe(true);
    expect(jsonEqual({ a: 1, x: undefined }, { a: 1 })).toBe(true);
    expect(jsonEqual({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(jsonEqual({}, [])).toBe(false);
  });
});
