// `kubectl create ingress NAME --rule=host/path=svc:port[,tls[=secret]] [--class] [--default-backend]`,
// parsed with kubectl's own rule syntax (`*` suffix = Prefix, else Exact; same-host rules merge).

import type { KubeObject } from '../../../api/types.js';
import type { ParsedFlags } from '../flags.js';
import { KubectlError, type KubectlContext, type Verb } from '../types.js';
import { CREATE_INGRESS } from './help/create.js';
import { DRY_RUN_FLAG, FIELD_MANAGER_FLAG, OUTPUT_FLAG, SAVE_CONFIG_FLAG, VALIDATE_FLAG } from './util/common.js';
import { finishCreate, oneName, plainMessage } from './util/generate.js';

const RULE = /^(?<host>[\w*.-]*)(?<path>\/.*)=(?<svc>[\w-]+):(?<port>[\w-]+)(?<tls>,tls=?(?<secret>[\w-]+)?)?$/;
const BACKEND = /^(?<svc>[\w-]+):(?<port>[\w-]+)$/;

function backend(svc: string, port: string): any {
  return { service: { name: svc, port: /^\d+$/.test(port) ? { number: Number(port) } : { name: port } } };
}

export function buildIngress(name: string, rules: string[], cls: string, defaultBackend: string, annotations: string[]): KubeObject {
  const spec: Record<string, any> = {};
  if (cls) spec.ingressClassName = cls;
  if (defaultBackend) {
    const m = BACKEND.exec(defaultBackend);
    if (!m) throw new KubectlError(`default-backend should be in format servicename:serviceport`);
    spec.defaultBackend = backend(m.groups!.svc!, m.groups!.port!);
  }
  const tls: any[] = [];
  const out: any[] = [];
  for (const r of rules) {
    const m = RULE.exec(r);
    if (!m) throw new KubectlError(`rule ${r} is invalid and should be in format host/path=svcname:svcport[,tls[=secret]]`);
    const g = m.groups!;
    let path = g.path!;
    let pathType = 'Exact';
    if (path.endsWith('*')) {
      pathType = 'Prefix';
      path = path.slice(0, -1);
    }
    const p = { backend: backend(g.svc!, g.port!), path, pathType };
    const existing = out.find((x) => (x.host ?? '') === g.host);
    if (existing) existing.http.paths.push(p);
    else out.push({ ...(g.host ? { host: g.host } : {}), http: { paths: [p] } });
    if (g.tls) {
      const hosts = g.host ? [g.host] : [];
      const same = tls.find((t) => (t.secretName ?? '') === (g.secret ?? ''));
      if (same) {
        if (g.host && !same.hosts?.includes(g.host)) (same.hosts ??= []).push(g.host);
      } else tls.push({ ...(hosts.length ? { hosts } : {}), ...(g.secret ? { secretName: g.secret } : {}) });
    }
  }
  if (tls.length) spec.tls = tls;
  if (out.length) spec.rules = out;
  const meta: Record<string, any> = { name };
  if (annotations.length)
    meta.annotations = Object.fromEntries(
      annotations.map((a) => {
        const i = a.indexOf('=');
        if (i <= 0) throw new KubectlError(`annotation ${a} is invalid and should be in format key=[value]`);
        return [a.slice(0, i), a.slice(i + 1)];
      }),
    );
  return { kind: 'Ingress', apiVersion: 'networking.k8s.io/v1', metadata: meta, spec, status: { loadBalancer: {} } };
}

function run(k: KubectlContext, f: ParsedFlags): number {
  const name = oneName(f);
  if (!f.values.rule.length && !f.values['default-backend']) throw new KubectlError('not enough information provided: every ingress has to either specify a default-backend (which catches all traffic) or a list of rules (which catch specific paths)');
  const obj = buildIngress(name, f.values.rule, f.values.class, f.values['default-backend'], f.values.annotation);
  return finishCreate(k, f, obj, (e) => `failed to create ingress: ${plainMessage(e)}`);
}

export const createIngress: Verb = {
  name: 'ingress',
  aliases: ['ing'],
  short: 'Create an ingress with the specified name',
  help: CREATE_INGRESS,
  flags: [
    { name: 'rule', type: 'stringArray', usage: 'Rule in format host/path=service:port[,tls=secretname].' },
    { name: 'class', type: 'string', usage: 'Ingress Class to be used' },
    { name: 'default-backend', type: 'string', usage: 'Default service for backend, in format of svcname:port' },
    { name: 'annotation', type: 'stringArray', usage: 'Annotation to insert in the ingress object, in the format annotation=value' },
    DRY_RUN_FLAG,
    OUTPUT_FLAG,
    SAVE_CONFIG_FLAG,
    VALIDATE_FLAG,
    FIELD_MANAGER_FLAG,
  ],
  run,
};
