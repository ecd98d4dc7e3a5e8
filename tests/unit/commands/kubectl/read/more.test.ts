// Smaller read-verb behaviours: `version -o json` in kubectl's field order, `get -f`, and a fuzz
// test that the JSONPath parser fails only with its own errors.

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { executeJsonPath, JsonPathError, parseJsonPath } from '../../../../../sandbox/commands/kubectl/printers/jsonpath.js';
import { scenario } from './scenario.js';

describe('version -o json', () => {
  it('prints apimachinery version.Info in struct order with two-space indent', async () => {
    const out = (await scenario().run('kubectl version -o json')).stdout;
    expect(out).toBe(
      '{\n  "clientVersion": {\n    "major": "1",\n    "minor": "34",\n    "gitVersion": "v1.34.0",\n    "gitCommit": "f28b4c9efbca5c5c0af716d9f2d5702667ee8a45",\n' +
        '    "gitTreeState": "clean",\n    "buildDate": "2025-08-27T10:15:59Z",\n    "goVersion": "go1.24.6",\n    "compiler": "gc",\n    "platform": "linux/amd64"\n  },\n' +
        '  "kustomizeVersion": "v5.7.1",\n  "serverVersion": {\n    "major": "1",\n    "minor": "34",\n    "emulationMajor": "1",\n    "emulationMinor": "34",\n' +
        '    "minCompatibilityMajor": "1",\n    "minCompatibilityMinor": "33",\n    "gitVersion": "v1.34.0",\n    "gitCommit": "f28b4c9efbca5c5c0af716d9f2d5702667ee8a45",\n' +
        '    "gitTreeState": "clean",\n    "buildDate": "2025-08-27T10:15:59Z",\n    "goVersion": "go1.24.6",\n    "compiler": "gc",\n    "platform": "linux/amd64"\n  }\n}\n',
    );
  });
});

describe('get -f', () => {
  it('gets the objects a manifest names', async () => {
    const h = scenario();
    h.fs.write('/work/app.yaml', 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n');
    expect((await h.run('kubectl get -f app.yaml -o name')).stdout).toBe('service/web\nconfigmap/settings\n');
  });
});

describe('jsonpath parser fuzz', () => {
  it('throws nothing but JsonPathError, on any template', () => {
    const chars = fc.constantFrom('{', '}', '.', '[', ']', '*', '?', '(', ')', '@', '$', '"', "'", ',', ':', '=', '!', '<', ' ', 'a', 'b', '0', '1', '-', 'range ', 'end', '\\');
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 24 }).map((a) => a.join('')), (tpl) => {
        try {
          executeJsonPath(parseJsonPath(tpl), { a: [{ b: 1 }, { b: 'x' }], b: { a: true } });
        } catch (e) {
          expect(e).toBeInstanceOf(JsonPathError);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('get --raw', () => {
  it('answers health checks, /version and REST paths as the API server does', async () => {
    const h = scenario();
    expect(await h.run('kubectl get --raw /readyz')).toEqual({ stdout: 'ok', stderr: '', code: 0 });
    expect(JSON.parse((await h.run('kubectl get --raw /version')).stdout).gitVersion).toBe('v1.34.0');
    const list = JSON.parse((await h.run('kubectl get --raw /api/v1/namespaces/dev/pods')).stdout);
    expect([list.kind, list.apiVersion, list.items.map((p: any) => p.metadata.name)]).toEqual(['PodList', 'v1', ['dev-pod']]);
    expect(JSON.parse((await h.run('kubectl get --raw /api/v1/namespaces/dev')).stdout).metadata.name).toBe('dev');
    expect(await h.run('kubectl get --raw /apis/foo/v1/bars')).toEqual({ stdout: '', stderr: 'Error from server (NotFound): the server could not find the requested resource\n', code: 1 });
  });
});
