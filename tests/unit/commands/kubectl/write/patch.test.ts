// JSON merge patch (RFC 7386 examples), JSON patch (RFC 6902 with json-patch's errors) and the
// strategic merge subset apply relies on.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyJsonPatch, JsonPatchError } from '../../../../../sandbox/commands/kubectl/patch/jsonpatch.js';
import { applyMergePatch, createMergePatch } from '../../../../../sandbox/commands/kubectl/patch/merge.js';
import { applyStrategicPatch, threeWayPatch } from '../../../../../sandbox/commands/kubectl/patch/strategic.js';

describe('JSON merge patch (RFC 7386 appendix A)', () => {
  const cases: [unknown, unknown, unknown][] = [
    [{ a: 'b' }, { a: 'c' }, { a: 'c' }],
    [{ a: 'b' }, { b: 'c' }, { a: 'b', b: 'c' }],
    [{ a: 'b' }, { a: null }, {}],
    [{ a: 'b', b: 'c' }, { a: null }, { b: 'c' }],
    [{ a: ['b'] }, { a: 'c' }, { a: 'c' }],
    [{ a: 'c' }, { a: ['b'] }, { a: ['b'] }],
    [{ a: { b: 'c' } }, { a: { b: 'd', c: null } }, { a: { b: 'd' } }],
    [{ a: [{ b: 'c' }] }, { a: [1] }, { a: [1] }],
    [['a', 'b'], ['c', 'd'], ['c', 'd']],
    [{ a: 'b' }, ['c'], ['c']],
    [{ a: 'foo' }, null, null],
    [{ a: 'foo' }, 'bar', 'bar'],
    [{ e: null }, { a: 1 }, { e: null, a: 1 }],
    [[1, 2], { a: 'b', c: null }, { a: 'b' }],
    [{}, { a: { bb: { ccc: null } } }, { a: { bb: {} } }],
  ];
  for (const [target, patch, want] of cases) it(`${JSON.stringify(target)} + ${JSON.stringify(patch)}`, () => expect(applyMergePatch(target, patch)).toEqual(want));

  it('createMergePatch round-trips (property)', () => {
    const json = fc.dictionary(fc.constantFrom('a', 'b', 'c'), fc.oneof(fc.integer(), fc.string(), fc.dictionary(fc.constantFrom('x', 'y'), fc.integer())));
    fc.assert(
      fc.property(json, json, (from, to) => {
        expect(applyMergePatch(from, createMergePatch(from, to))).toEqual(to);
      }),
    );
  });
});

describe('JSON patch (RFC 6902)', () => {
  const doc = { spec: { replicas: 1, containers: [{ name: 'a' }, { name: 'b' }] } };
  it('adds, removes, replaces, moves, copies and tests', () => {
    const out = applyJsonPatch(doc, [
      { op: 'add', path: '/spec/containers/-', value: { name: 'c' } },
      { op: 'remove', path: '/spec/containers/0' },
      { op: 'replace', path: '/spec/replicas', value: 3 },
      { op: 'copy', from: '/spec/replicas', path: '/spec/copy' },
      { op: 'move', from: '/spec/copy', path: '/spec/moved' },
      { op: 'test', path: '/spec/moved', value: 3 },
      { op: 'add', path: '/metadata', value: { 'a/b~c': 1 } },
    ]);
    expect(out).toEqual({ spec: { replicas: 3, moved: 3, containers: [{ name: 'b' }, { name: 'c' }] }, metadata: { 'a/b~c': 1 } });
    expect(applyJsonPatch({ m: { 'a/b': 1 } }, [{ op: 'remove', path: '/m/a~1b' }])).toEqual({ m: {} });
    expect(doc.spec.replicas).toBe(1);
  });

  it("words failures as evanphx/json-patch does", () => {
    const err = (p: unknown) => {
      try {
        applyJsonPatch(doc, p);
      } catch (e) {
        expect(e).toBeInstanceOf(JsonPatchError);
        return (e as Error).message;
      }
      return 'no error';
    };
    expect(err([{ op: 'replace', path: '/spec/foo', value: 1 }])).toBe('replace operation does not apply: doc is missing key: /spec/foo: missing value');
    expect(err([{ op: 'add', path: '/nope/x', value: 1 }])).toBe('add operation does not apply: doc is missing path: "/nope/x": missing value');
    expect(err([{ op: 'remove', path: '/spec/foo' }])).toBe('Unable to remove nonexistent key: foo: missing value');
    expect(err([{ op: 'test', path: '/spec/replicas', value: 2 }])).toBe('testing value /spec/replicas failed: test failed');
    expect(err({ op: 'add' })).toBe('json: cannot unmarshal object into Go value of type jsonpatch.Patch');
  });
});

describe('strategic merge patch', () => {
  const live = {
    spec: {
      template: {
        spec: {
          containers: [
            { name: 'web', image: 'nginx', ports: [{ containerPort: 80 }], env: [{ name: 'A', value: '1' }] },
            { name: 'side', image: 'busybox' },
          ],
          volumes: [{ name: 'v', emptyDir: {} }],
        },
      },
    },
  };

  it('merges containers by name, env by name and ports by containerPort', () => {
    const out = applyStrategicPatch(live, { spec: { template: { spec: { containers: [{ name: 'web', image: 'nginx:2', env: [{ name: 'B', value: '2' }], ports: [{ containerPort: 443 }] }] } } } });
    expect(out.spec.template.spec.containers).toEqual([
      { name: 'web', image: 'nginx:2', ports: [{ containerPort: 80 }, { containerPort: 443 }], env: [{ name: 'A', value: '1' }, { name: 'B', value: '2' }] },
      { name: 'side', image: 'busybox' },
    ]);
  });

  it('honours $patch: delete and $patch: replace, and null deletes a field', () => {
    const del = applyStrategicPatch(live, { spec: { template: { spec: { containers: [{ name: 'side', $patch: 'delete' }], volumes: null } } } });
    expect(del.spec.template.spec.containers.map((c: any) => c.name)).toEqual(['web']);
    expect(del.spec.template.spec.volumes).toBeUndefined();
    const rep = applyStrategicPatch({ spec: { selector: { a: '1', b: '2' } } }, { spec: { selector: { $patch: 'replace', c: '3' } } });
    expect(rep).toEqual({ spec: { selector: { c: '3' } } });
  });

  it('merges Service ports on port', () => {
    const svc = { spec: { ports: [{ port: 80, targetPort: 8080, nodePort: 30080 }] } };
    expect(applyStrategicPatch(svc, { spec: { ports: [{ port: 80, targetPort: 9090 }] } })).toEqual({ spec: { ports: [{ port: 80, targetPort: 9090, nodePort: 30080 }] } });
  });

  it('three-way patch removes what was dropped from the file and keeps what others set', () => {
    const original = { spec: { replicas: 2, template: { spec: { containers: [{ name: 'web', image: 'nginx', env: [{ name: 'A', value: '1' }] }] } } } };
    const modified = { spec: { template: { spec: { containers: [{ name: 'web', image: 'nginx:2' }] } } } };
    const current = { spec: { replicas: 5, paused: false, template: { spec: { containers: [{ name: 'web', image: 'nginx', env: [{ name: 'A', value: '1' }], imagePullPolicy: 'Always' }] } } } };
    const out = applyStrategicPatch(current, threeWayPatch(original, modified, current));
    expect(out).toEqual({ spec: { paused: false, template: { spec: { containers: [{ name: 'web', image: 'nginx:2', imagePullPolicy: 'Always' }] } } } });
  });

  it('three-way patch of an unchanged configuration is empty', () => {
    const cfg = { spec: { a: 1, list: [{ name: 'x' }] } };
    expect(threeWayPatch(cfg, cfg, { ...cfg, status: { ok: true } })).toEqual({});
  });
});
