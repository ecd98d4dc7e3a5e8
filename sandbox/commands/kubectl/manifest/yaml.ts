// Parses manifest text the way kubectl does (a YAML document stream split on `---` lines, each
// converted to JSON by sigs.k8s.io/yaml on go-yaml v2), with go-yaml's error messages and lines.

import { parseDocument, type YAMLError } from 'yaml';

export class ManifestParseError extends Error {}

/** Splits a stream into documents at lines that are `---` (optionally followed by a comment). */
export function splitDocuments(text: string): string[] {
  const docs: string[] = [];
  let cur: string[] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('---')) {
      const rest = line.slice(3).trim();
      if (rest === '' || rest.startsWith('#')) {
        docs.push(cur.join('\n'));
        cur = [];
        continue;
      }
    }
    cur.push(line);
  }
  docs.push(cur.join('\n'));
  return docs;
}

/** Line (1-based) of a character offset. */
function lineOf(text: string, offset: number): number {
  let n = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text[i] === '\n') n++;
  return n;
}

/** go-yaml prints `line N: ` only when N is not 0. */
function at(line: number, msg: string): string {
  return line > 0 ? `yaml: line ${line}: ${msg}` : `yaml: ${msg}`;
}

/**
 * Translates the yaml library's first error into what go-yaml v2 reports for the same mistake.
 * go-yaml quirk kept on purpose: parser errors ("did not find expected key") report the 0-based
 * line of the offending token, i.e. the line before it; scanner errors report the real line.
 */
export function goYamlMessage(text: string, e: YAMLError): string {
  const offset = e.pos[0];
  const line = lineOf(text, offset);
  switch (e.code) {
    case 'TAB_AS_INDENT':
    case 'BAD_SCALAR_START':
      return at(line, 'found character that cannot start any token');
    case 'BLOCK_AS_IMPLICIT_KEY': {
      // The colon that made a mapping out of a scalar: go-yaml points at its line.
      const m = /:(\s|$)/.exec(text.slice(offset));
      return at(m ? lineOf(text, offset + m.index) : line, 'mapping values are not allowed in this context');
    }
    case 'MULTILINE_IMPLICIT_KEY':
      return at(line + 1, "could not find expected ':'");
    case 'MISSING_CHAR':
      if (/quote/i.test(e.message)) return at(lineOf(text, text.length), 'found unexpected end of stream');
      // A lone word where a key belongs: go-yaml notices on the next line that no ':' came.
      if (/Implicit map keys need to be followed/.test(e.message)) return at(line + 1, "could not find expected ':'");
      if (/flow/i.test(e.message)) return at(line - 1, "did not find expected ',' or ']'");
      return at(line - 1, 'did not find expected key');
    case 'BAD_INDENT':
      if (/Flow sequence/.test(e.message)) return at(line - 1, "did not find expected ',' or ']'");
      if (/Flow mapping/.test(e.message)) return at(line - 1, "did not find expected ',' or '}'");
      if (/sequence items/.test(e.message)) return at(line - 1, "did not find expected '-' indicator");
      return at(line - 1, 'did not find expected key');
    case 'BLOCK_IN_FLOW':
      return at(line, 'block sequence entries are not allowed in this context');
    case 'UNEXPECTED_TOKEN':
      if (/-/.test(text.slice(offset, offset + 1))) return at(line, 'block sequence entries are not allowed in this context');
      return at(line - 1, 'did not find expected key');
    case 'DUPLICATE_KEY':
      return at(line, 'mapping key already defined');
    default:
      return at(line, 'did not find expected node content');
  }
}

const NO_TIMESTAMPS = (tags: any[]) => tags.filter((t) => t.tag !== 'tag:yaml.org,2002:timestamp');

/**
 * One document to a JSON value, as sigs.k8s.io/yaml.YAMLToJSON does (YAML 1.1 booleans such as
 * `yes`/`on`, timestamps kept as strings). Returns null for an empty document.
 */
export function yamlToJson(text: string): unknown {
  const doc = parseDocument(text, { version: '1.1', uniqueKeys: false, customTags: NO_TIMESTAMPS, prettyErrors: false });
  if (doc.errors.length) throw new ManifestParseError(`error converting YAML to JSON: ${goYamlMessage(text, doc.errors[0]!)}`);
  let v: unknown;
  try {
    v = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    // Aliases are resolved while converting: an unknown anchor or an alias bomb.
    const m = /alias[^:]*: (\S+)/i.exec((e as Error).message);
    const name = m?.[1] ?? '';
    const i = text.indexOf(`*${name}`);
    if (/Unresolved alias/.test((e as Error).message)) throw new ManifestParseError(`error converting YAML to JSON: ${at(lineOf(text, i < 0 ? 0 : i), `unknown anchor '${name}' referenced`)}`);
    throw new ManifestParseError(`error converting YAML to JSON: yaml: document contains excessive aliasing`);
  }
  return stringKeys(v);
}

/** JSON has only string keys; go-yaml's converter prints numbers and bools as keys. */
function stringKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(stringKeys);
  if (v instanceof Map) return Object.fromEntries([...v.entries()].map(([k, x]) => [String(k), stringKeys(x)]));
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, stringKeys(x)]));
  if (typeof v === 'number' && !Number.isFinite(v)) return String(v);
  return v === undefined ? null : v;
}

/** Go's encoding/json wording for the common syntax errors. */
function goJsonError(text: string, e: Error): string {
  const m = /position (\d+)/.exec(e.message);
  const tok = /Unexpected token '(.)'/.exec(e.message);
  const pos = m ? Number(m[1]) : tok ? text.indexOf(tok[1]!) : text.length;
  const c = text[pos];
  if (c === undefined) return 'unexpected end of JSON input';
  // After `{` or `,` Go's scanner expects a key; after `:` or `[` a value.
  const prev = text.slice(0, pos).trimEnd().slice(-1);
  return `invalid character '${c}' looking for beginning of ${prev === '{' || prev === ',' ? 'object key string' : 'value'}`;
}

/** Parses a whole stream into document values (empty documents dropped). Documents before a
 * broken one are kept, as kubectl's stream visitor has already handled them. */
export function parseManifestStream(text: string): { docs: unknown[]; error?: string } {
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    // kubectl sniffs JSON and decodes a stream of JSON values.
    try {
      return { docs: [JSON.parse(text)] };
    } catch (e) {
      if (!/Unexpected non-whitespace/.test((e as Error).message)) return { docs: [], error: goJsonError(text, e as Error) };
    }
  }
  const docs: unknown[] = [];
  for (const chunk of splitDocuments(text)) {
    try {
      const d = yamlToJson(chunk);
      if (d !== null && d !== undefined) docs.push(d);
    } catch (e) {
      if (e instanceof ManifestParseError) return { docs, error: e.message };
      throw e;
    }
  }
  return { docs };
}
