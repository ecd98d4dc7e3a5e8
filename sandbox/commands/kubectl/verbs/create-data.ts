// `kubectl create configmap` and `kubectl create secret generic|tls`: data from literals, files,
// directories and env files, read through the workspace file system.

import type { KubeObject } from '../../../api/types.js';
import { basename, resolvePath } from '../../../fs/types.js';
import type { FlagSpec, ParsedFlags } from '../flags.js';
import { KubectlError, type KubectlContext, type Verb } from '../types.js';
import { CREATE_CONFIGMAP, CREATE_SECRET, CREATE_SECRET_GENERIC, CREATE_SECRET_TLS } from './help/create.js';
import { DRY_RUN_FLAG, FIELD_MANAGER_FLAG, OUTPUT_FLAG, SAVE_CONFIG_FLAG, VALIDATE_FLAG } from './util/common.js';
import { finishCreate, oneName, plainMessage, requireFlag } from './util/generate.js';

const KEY = /^[-._a-zA-Z0-9]+$/;

function readFile(k: KubectlContext, path: string): string {
  const abs = resolvePath(k.ctx.cwd, path);
  const text = k.ctx.fs.read(abs);
  if (text === undefined) throw new KubectlError(`error reading ${path}: no such file or directory`);
  return text;
}

function put(data: Record<string, string>, key: string, value: string): void {
  if (!KEY.test(key)) throw new KubectlError(`"${key}" is not a valid key name for a ConfigMap: a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')`);
  if (key in data) throw new KubectlError(`cannot add key ${key}, another key by that name already exists in Data for ConfigMap "${''}"`);
  data[key] = value;
}

/** Collects --from-literal, --from-file and --from-env-file into one map. */
export function collectData(k: KubectlContext, f: ParsedFlags): Record<string, string> {
  const data: Record<string, string> = {};
  for (const lit of f.values['from-literal'] as string[]) {
    const i = lit.indexOf('=');
    if (i <= 0) throw new KubectlError(`invalid literal source ${lit}, expected key=value`);
    put(data, lit.slice(0, i), lit.slice(i + 1));
  }
  for (const spec of f.values['from-file'] as string[]) {
    const i = spec.indexOf('=');
    const [key, path] = i >= 0 ? [spec.slice(0, i), spec.slice(i + 1)] : [undefined, spec];
    const abs = resolvePath(k.ctx.cwd, path);
    if (!k.ctx.fs.exists(abs)) throw new KubectlError(`error reading ${path}: no such file or directory`);
    if (k.ctx.fs.isDir(abs)) {
      if (key) throw new KubectlError(`cannot give a key name for a directory path`);
      for (const name of k.ctx.fs.list(abs) ?? []) if (!k.ctx.fs.isDir(resolvePath(abs, name)) && KEY.test(name)) put(data, name, k.ctx.fs.read(resolvePath(abs, name)) ?? '');
    } else put(data, key ?? basename(abs), readFile(k, path));
  }
  for (const path of f.values['from-env-file'] as string[]) {
    readFile(k, path)
      .split('\n')
      .forEach((raw, n) => {
        const line = raw.replace(/^\uFEFF/, '').trimStart();
        if (!line || line.startsWith('#')) return;
        const i = line.indexOf('=');
        const key = i >= 0 ? line.slice(0, i) : line;
        if (!KEY.test(key) && !/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) throw new KubectlError(`"${key}" is not a valid key name: a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit (line ${n + 1})`);
        data[key] = i >= 0 ? line.slice(i + 1) : '';
      });
  }
  return data;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
/** Standard base64 of the UTF-8 bytes (no btoa in the sandbox's lib). */
export function b64(s: string): string {
  const b = new TextEncoder().encode(s);
  let out = '';
  for (let i = 0; i < b.length; i += 3) {
    const n = (b[i]! << 16) | ((b[i + 1] ?? 0) << 8) | (b[i + 2] ?? 0);
    out += B64[(n >> 18) & 63]! + B64[(n >> 12) & 63]! + (i + 1 < b.length ? B64[(n >> 6) & 63]! : '=') + (i + 2 < b.length ? B64[n & 63]! : '=');
  }
  return out;
}

const DATA_FLAGS: FlagSpec[] = [
  { name: 'from-literal', type: 'stringArray', usage: 'Specify a key and literal value to insert (i.e. mykey=somevalue)' },
  { name: 'from-file', type: 'stringSlice', usage: 'Key file can be specified using its file path.' },
  { name: 'from-env-file', type: 'stringSlice', usage: 'Specify the path to a file to read lines of key=val pairs.' },
  { name: 'append-hash', type: 'bool', usage: 'Append a hash of the configmap to its name.' },
];
const COMMON: FlagSpec[] = [DRY_RUN_FLAG, OUTPUT_FLAG, SAVE_CONFIG_FLAG, VALIDATE_FLAG, FIELD_MANAGER_FLAG];

export const createConfigMap: Verb = {
  name: 'configmap',
  aliases: ['cm'],
  short: 'Create a config map from a local file, directory or literal value',
  help: CREATE_CONFIGMAP,
  flags: [...DATA_FLAGS, ...COMMON],
  run(k, f) {
    const name = oneName(f);
    const data = collectData(k, f);
    const obj: KubeObject = { kind: 'ConfigMap', apiVersion: 'v1', metadata: { name }, ...(Object.keys(data).length ? { data } : {}) };
    return finishCreate(k, f, obj, (e) => `failed to create configmap: ${plainMessage(e)}`);
  },
};

const secretGeneric: Verb = {
  name: 'generic',
  short: 'Create a secret from a local file, directory, or literal value',
  help: CREATE_SECRET_GENERIC,
  flags: [...DATA_FLAGS, { name: 'type', type: 'string', usage: 'The type of secret to create' }, ...COMMON],
  run(k, f) {
    const name = oneName(f);
    const raw = collectData(k, f);
    const data = Object.fromEntries(Object.entries(raw).map(([key, v]) => [key, b64(v)]));
    const obj: KubeObject = { kind: 'Secret', apiVersion: 'v1', metadata: { name }, ...(Object.keys(data).length ? { data } : {}), ...(f.values.type ? { type: f.values.type } : {}) };
    // kubectl's own wording has no colon here.
    return finishCreate(k, f, obj, (e) => `failed to create secret ${plainMessage(e)}`);
  },
};

const secretTls: Verb = {
  name: 'tls',
  short: 'Create a TLS secret',
  help: CREATE_SECRET_TLS,
  flags: [{ name: 'cert', type: 'string', usage: 'Path to PEM encoded public key certificate.' }, { name: 'key', type: 'string', usage: 'Path to private key associated with given certificate.' }, ...COMMON],
  run(k, f) {
    const name = oneName(f);
    if (!requireFlag(k, f, 'cert') || !requireFlag(k, f, 'key')) return 1;
    const cert = readFile(k, f.values.cert);
    const key = readFile(k, f.values.key);
    if (!/-----BEGIN [A-Z ]*CERTIFICATE-----/.test(cert)) throw new KubectlError('tls: failed to find any PEM data in certificate input');
    if (!/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(key)) throw new KubectlError('tls: failed to find any PEM data in key input');
    const obj: KubeObject = { kind: 'Secret', apiVersion: 'v1', metadata: { name }, data: { 'tls.crt': b64(cert), 'tls.key': b64(key) }, type: 'kubernetes.io/tls' };
    return finishCreate(k, f, obj, (e) => `failed to create secret ${plainMessage(e)}`);
  },
};

export const createSecret: Verb = {
  name: 'secret',
  short: 'Create a secret using a specified subcommand',
  help: CREATE_SECRET,
  flags: [],
  subcommands: [secretGeneric, secretTls],
};
