// Reading manifests: files, directories, stdin, URLs, multi-document YAML, JSON, List, and
// go-yaml's wording for broken YAML; plus a fuzz run: no input throws or hangs.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseManifestStream, splitDocuments } from '../../../../../sandbox/commands/kubectl/manifest/yaml.js';
import { registerManifestUrl } from '../../../../../sandbox/commands/kubectl/manifest/urls.js';
import { Harness } from './harness.js';

const POD = (name: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\nspec:\n  containers:\n  - name: c\n    image: nginx\n`;
const CM = (name: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\ndata:\n  enabled: yes\n  port: "80"\n`;

const parseError = (text: string) => parseManifestStream(text).error;

describe('YAML errors read like go-yaml v2 through sigs.k8s.io/yaml', () => {
  it('a value with a second colon on the same line', () => {
    expect(parseError('apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: nginx: latest\n')).toBe(
      'error converting YAML to JSON: yaml: line 8: mapping values are not allowed in this context',
    );
  });
  it('a key indented deeper than its siblings', () => {
    expect(parseError('apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n   labels: x\n')).toBe('error converting YAML to JSON: yaml: line 5: mapping values are not allowed in this context');
  });
  it('a key indented less than its siblings (parser error: the line before)', () => {
    expect(parseError('apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n labels: x\n')).toBe('error converting YAML to JSON: yaml: line 4: did not find expected key');
  });
  it('tabs and reserved characters', () => {
    expect(parseError('apiVersion: v1\nkind: Pod\nmetadata:\n\tname: web\n')).toBe('error converting YAML to JSON: yaml: line 4: found character that cannot start any token');
    expect(parseError('apiVersion: v1\nkind: @Pod\n')).toBe('error converting YAML to JSON: yaml: line 2: found character that cannot start any token');
  });
  it('a missing colon or a missing space after it', () => {
    expect(parseError('apiVersion: v1\nkind Pod\nmetadata:\n  name: web\n')).toBe("error converting YAML to JSON: yaml: line 3: could not find expected ':'");
    expect(parseError('apiVersion: v1\nkind:Pod\nmetadata:\n  name: web\n')).toBe("error converting YAML to JSON: yaml: line 3: could not find expected ':'");
  });
  it('a lone word where a key belongs, and a misaligned sequence item', () => {
    expect(parseError('a: 1\nb\nc: 2\n')).toBe("error converting YAML to JSON: yaml: line 3: could not find expected ':'");
    expect(parseError('items:\n  - name: a\n   - name: b\n')).toBe("error converting YAML to JSON: yaml: line 2: did not find expected '-' indicator");
    expect(parseError('a: "x"y\n')).toBe('error converting YAML to JSON: yaml: did not find expected key');
  });
  it('an unclosed quote', () => {
    expect(parseError('apiVersion: v1\nkind: Pod\nmetadata:\n  name: "web\n')).toBe('error converting YAML to JSON: yaml: line 5: found unexpected end of stream');
  });
  it('line numbers count from the start of each document', () => {
    const r = parseManifestStream(`${POD('a')}---\n${POD('b')}---\napiVersion: v1\nkind: Pod\nmetadata:\n\tname: c\n`);
    expect(r.docs).toHaveLength(2);
    expect(r.error).toBe('error converting YAML to JSON: yaml: line 4: found character that cannot start any token');
  });
});

describe('YAML to JSON', () => {
  it('uses YAML 1.1 booleans and keeps quoted strings', () => {
    expect(parseManifestStream(CM('x')).docs[0]).toMatchObject({ data: { enabled: true, port: '80' } });
  });
  it('splits on --- lines only, and drops empty documents', () => {
    expect(splitDocuments('a: 1\n---\nb: 2\n--- # c\nc: 3\n---x: 4\n')).toEqual(['a: 1', 'b: 2', 'c: 3\n---x: 4\n']);
    expect(parseManifestStream('---\n---\na: 1\n---\n').docs).toEqual([{ a: 1 }]);
  });
  it('reads JSON', () => {
    expect(parseManifestStream('{"apiVersion":"v1","kind":"Namespace","metadata":{"name":"x"}}').docs).toHaveLength(1);
    expect(parseManifestStream('{"apiVersion": }').error).toBe("invalid character '}' looking for beginning of value");
  });
});

describe('kubectl -f sources', () => {
  it('reads a directory (sorted, .yaml/.yml/.json only), -R, stdin and List', async () => {
    const h = new Harness();
    h.write('dir/b.yaml', POD('b')).write('dir/a.yml', POD('a')).write('dir/notes.txt', 'hello').write('dir/sub/c.yaml', POD('c'));
    expect((await h.run('kubectl create -f dir')).stdout).toBe('pod/a created\npod/b created\n');
    expect((await h.run('kubectl create -f dir -R')).stdout).toBe('pod/c created\n');
    expect((await h.run('kubectl create -f dir -R')).stderr).toBe(
      'Error from server (AlreadyExists): error when creating "dir/a.yml": pods "a" already exists\nError from server (AlreadyExists): error when creating "dir/b.yaml": pods "b" already exists\nError from server (AlreadyExists): error when creating "dir/sub/c.yaml": pods "c" already exists\n',
    );
    const list = JSON.stringify({ apiVersion: 'v1', kind: 'List', items: [{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'one' } }, { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'two' } }] });
    expect((await h.run('kubectl apply -f -', list)).stdout).toBe('configmap/one created\nconfigmap/two created\n');
  });

  it('reports a missing path before doing anything', async () => {
    const h = new Harness().write('a.yaml', POD('a'));
    expect(await h.run('kubectl apply -f a.yaml -f nope.yaml')).toEqual({ stdout: '', stderr: 'error: the path "nope.yaml" does not exist\n', code: 1 });
    expect(h.get('pods', 'a')).toBeUndefined();
  });

  it('reports missing apiVersion/kind and unknown kinds, and still applies the rest', async () => {
    const h = new Harness().write('app.yaml', `metadata:\n  name: x\n---\n${POD('ok')}---\napiVersion: apps/v1\nkind: Deploy\nmetadata:\n  name: d\n`);
    const r = await h.run('kubectl apply -f app.yaml');
    expect(r.stdout).toBe('pod/ok created\n');
    expect(r.stderr).toBe(
      'error validating "app.yaml": error validating data: [apiVersion not set, kind not set]; if you choose to ignore these errors, turn validation off with --validate=false\n' +
        'resource mapping not found for name: "d" namespace: "" from "app.yaml": no matches for kind "Deploy" in version "apps/v1"\nensure CRDs are installed first\n',
    );
    expect(r.code).toBe(1);
  });

  it('parse errors name the file and keep earlier documents', async () => {
    const h = new Harness().write('bad.yaml', `${POD('first')}---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: "web\n`);
    const r = await h.run('kubectl apply -f bad.yaml');
    expect(r).toEqual({ stdout: 'pod/first created\n', stderr: 'error: error parsing bad.yaml: error converting YAML to JSON: yaml: line 5: found unexpected end of stream\n', code: 1 });
  });

  it('fetches registered URLs and fails on others as an unreachable host', async () => {
    const h = new Harness();
    registerManifestUrl('https://example.test/cm.yaml', CM('from-url').replace('yes', '"yes"'));
    expect((await h.run('kubectl apply -f https://example.test/cm.yaml')).stdout).toBe('configmap/from-url created\n');
    expect(await h.run('kubectl apply -f https://raw.githubusercontent.com/x/y.yaml')).toEqual({
      stdout: '',
      stderr: 'error: Unable to connect to the server: dial tcp: lookup raw.githubusercontent.com on 127.0.0.53:53: no such host\n',
      code: 1,
    });
  });
});

describe('fuzz: the manifest reader', () => {
  const yamlish = fc.array(fc.constantFrom('a', ':', ' ', '  ', '\n', '\t', '-', '"', "'", '[', ']', '{', '}', '#', '---\n', 'kind: Pod', 'apiVersion: v1', '&x', '*x', '|', '>', '@', '%', '!', '?', ',', '0', 'yes'), { maxLength: 60 }).map((a) => a.join(''));
  it('never throws and never hangs on arbitrary text', () => {
    fc.assert(
      fc.property(fc.oneof(yamlish, fc.string({ maxLength: 200 })), (text) => {
        const r = parseManifestStream(text);
        expect(Array.isArray(r.docs)).toBe(true);
        if (r.error !== undefined) expect(r.error).toMatch(/^(error converting YAML to JSON: yaml: |invalid character|unexpected end of JSON input)/);
      }),
      { numRuns: 2000 },
    );
  });

  it('kubectl apply -f on arbitrary text exits 0 or 1 with an error line', async () => {
    await fc.assert(
      fc.asyncProperty(yamlish, async (text) => {
        const h = new Harness().write('x.yaml', text);
        const r = await h.run('kubectl apply -f x.yaml');
        expect([0, 1]).toContain(r.code);
        if (r.code === 1) expect(r.stderr).toMatch(/^(error|Error from server|The |resource mapping not found)/);
      }),
      { numRuns: 300 },
    );
  });
});

describe('--validate=false', () => {
  it('skips the schema check; the decoder then complains about a missing kind', async () => {
    const h = new Harness().write('x.yaml', 'apiVersion: v1\nmetadata:\n  name: x\n');
    expect((await h.run('kubectl apply -f x.yaml --validate=false')).stderr).toBe(`error: unable to decode "x.yaml": Object 'Kind' is missing in '{"apiVersion":"v1","metadata":{"name":"x"}}'\n`);
    expect((await h.run('kubectl apply -f x.yaml')).stderr).toBe(
      'error: error validating "x.yaml": error validating data: kind not set; if you choose to ignore these errors, turn validation off with --validate=false\n',
    );
  });
});
