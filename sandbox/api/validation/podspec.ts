// PodSpec validation with the wording of pkg/apis/core/validation (ValidatePodSpec and the
// container, port, probe and volume checks below it). Used by Pods and pod templates.

import { field, type FieldCause } from '../errors.js';
import { goStringSlice, invalidGo, nonNegative, portNum, validateLabels, validIP } from './common.js';
import { dns1123Label, dns1123Subdomain, ianaSvcName } from './names.js';

type Obj = Record<string, any>;

export const notFound = (f: string, value: unknown): FieldCause => ({
  type: 'FieldValueNotFound',
  field: f,
  message: `Not found: ${typeof value === 'string' ? JSON.stringify(value) : String(value)}`,
});

export function validatePodSpec(spec: Obj | undefined, p: string, opts: { template?: boolean } = {}): FieldCause[] {
  const out: FieldCause[] = [];
  if (!spec || typeof spec !== 'object') return [field.required(`${p}.containers`, '')];
  const volumes = validateVolumes(spec.volumes, `${p}.volumes`, out);
  const names = new Set<string>();
  (spec.initContainers ?? []).forEach((c: Obj, i: number) => validateContainer(c, `${p}.initContainers[${i}]`, names, volumes, out, true));
  if (!Array.isArray(spec.containers) || spec.containers.length === 0) out.push(field.required(`${p}.containers`, ''));
  else spec.containers.forEach((c: Obj, i: number) => validateContainer(c, `${p}.containers[${i}]`, names, volumes, out, false));
  const rp = spec.restartPolicy;
  if (rp !== undefined && !['Always', 'OnFailure', 'Never'].includes(rp))
    out.push(field.unsupported(`${p}.restartPolicy`, rp, ['Always', 'OnFailure', 'Never']));
  if (spec.dnsPolicy !== undefined && !['ClusterFirst', 'ClusterFirstWithHostNet', 'Default', 'None'].includes(spec.dnsPolicy))
    out.push(field.unsupported(`${p}.dnsPolicy`, spec.dnsPolicy, ['ClusterFirst', 'ClusterFirstWithHostNet', 'Default', 'None']));
  out.push(...validateDNSConfig(spec.dnsConfig, spec.dnsPolicy, `${p}.dnsConfig`));
  // AccumulateUniqueHostPorts: one host port per IP and protocol within the pod.
  const hostPorts = new Set<string>();
  (Array.isArray(spec.containers) ? spec.containers : []).forEach((c: Obj, i: number) =>
    (c?.ports ?? []).forEach((port: Obj, j: number) => {
      if (!port?.hostPort) return;
      const key = `${port.hostIP ?? ''}/${port.protocol ?? ''}/${port.hostPort}`;
      if (hostPorts.has(key)) out.push(field.duplicate(`${p}.containers[${i}].ports[${j}].hostPort`, key));
      hostPorts.add(key);
    }),
  );
  if (spec.hostNetwork)
    (spec.containers ?? []).forEach((c: Obj, i: number) =>
      (c?.ports ?? []).forEach((port: Obj, j: number) => {
        if ((port?.hostPort ?? 0) !== port?.containerPort)
          out.push(field.invalid(`${p}.containers[${i}].ports[${j}].hostPort`, port?.hostPort ?? 0, 'must match `containerPort` when `hostNetwork` is true'));
      }),
    );
  out.push(...validateLabels(spec.nodeSelector, `${p}.nodeSelector`));
  if (spec.serviceAccountName) for (const m of dns1123Subdomain(spec.serviceAccountName)) out.push(field.invalid(`${p}.serviceAccountName`, spec.serviceAccountName, m));
  if (spec.hostname) for (const m of dns1123Label(spec.hostname)) out.push(field.invalid(`${p}.hostname`, spec.hostname, m));
  if (spec.subdomain) for (const m of dns1123Label(spec.subdomain)) out.push(field.invalid(`${p}.subdomain`, spec.subdomain, m));
  if (spec.nodeName && !opts.template) for (const m of dns1123Subdomain(spec.nodeName)) out.push(field.invalid(`${p}.nodeName`, spec.nodeName, m));
  const ads = spec.activeDeadlineSeconds;
  if (typeof ads === 'number' && (ads < 1 || ads > 2147483647)) out.push(field.invalid(`${p}.activeDeadlineSeconds`, ads, 'must be between 1 and 2147483647, inclusive'));
  (spec.tolerations ?? []).forEach((t: Obj, i: number) => validateToleration(t, `${p}.tolerations[${i}]`, out));
  return out;
}

function validateVolumes(vols: Obj[] | undefined, p: string, out: FieldCause[]): Set<string> {
  const names = new Set<string>();
  (vols ?? []).forEach((v, i) => {
    const np = `${p}[${i}].name`;
    if (!v?.name) out.push(field.required(np, ''));
    else {
      for (const m of dns1123Label(v.name)) out.push(field.invalid(np, v.name, m));
      if (names.has(v.name)) out.push(field.duplicate(np, v.name));
      names.add(v.name);
    }
    const sources = Object.keys(v ?? {}).filter((k) => k !== 'name');
    if (sources.length > 1) out.push(field.forbidden(`${p}[${i}].${sources[1]}`, `may not specify more than 1 volume type`));
  });
  return names;
}

function validateContainer(c: Obj, p: string, names: Set<string>, volumes: Set<string>, out: FieldCause[], init: boolean): void {
  if (!c || typeof c !== 'object') return;
  if (!c.name) out.push(field.required(`${p}.name`, ''));
  else {
    for (const m of dns1123Label(c.name)) out.push(field.invalid(`${p}.name`, c.name, m));
    if (names.has(c.name)) out.push(field.duplicate(`${p}.name`, c.name));
    names.add(c.name);
  }
  if (!c.image) out.push(field.required(`${p}.image`, ''));
  else if (c.image.trim() !== c.image) out.push(field.invalid(`${p}.image`, c.image, 'must not have leading or trailing whitespace'));
  if (c.imagePullPolicy !== undefined && !['Always', 'IfNotPresent', 'Never'].includes(c.imagePullPolicy))
    out.push(field.unsupported(`${p}.imagePullPolicy`, c.imagePullPolicy, ['Always', 'IfNotPresent', 'Never']));
  if (c.terminationMessagePolicy !== undefined && !['File', 'FallbackToLogsOnError'].includes(c.terminationMessagePolicy))
    out.push(field.unsupported(`${p}.terminationMessagePolicy`, c.terminationMessagePolicy, ['File', 'FallbackToLogsOnError']));
  validatePorts(c.ports, `${p}.ports`, out);
  (c.env ?? []).forEach((e: Obj, i: number) => {
    if (!e?.name) out.push(field.required(`${p}.env[${i}].name`, ''));
    // RelaxedEnvironmentVariableValidation (GA in 1.34): any printable ASCII but '='.
    else if (!/^[\x20-\x3c\x3e-\x7e]+$/.test(e.name))
      out.push(field.invalid(`${p}.env[${i}].name`, e.name, "a valid environment variable name must consist only of printable ASCII characters other than '='"));
    if (e?.value !== undefined && e?.valueFrom !== undefined)
      out.push(field.invalid(`${p}.env[${i}].valueFrom`, '', 'may not be specified when `value` is not empty'));
  });
  (c.volumeMounts ?? []).forEach((m: Obj, i: number) => {
    const mp = `${p}.volumeMounts[${i}]`;
    if (!m?.name) out.push(field.required(`${mp}.name`, ''));
    else if (!volumes.has(m.name)) out.push(notFound(`${mp}.name`, m.name));
    if (!m?.mountPath) out.push(field.required(`${mp}.mountPath`, ''));
  });
  const sidecar = init && c.restartPolicy === 'Always';
  if (init && !sidecar) {
    for (const probe of ['livenessProbe', 'readinessProbe', 'startupProbe'])
      if (c[probe]) out.push(field.forbidden(`${p}.${probe}`, `may not be set for init containers without restartPolicy=Always`));
  } else {
    validateProbe(c.livenessProbe, `${p}.livenessProbe`, out, true);
    validateProbe(c.readinessProbe, `${p}.readinessProbe`, out, false);
    validateProbe(c.startupProbe, `${p}.startupProbe`, out, true);
  }
  if (c.restartPolicy !== undefined && (!init || c.restartPolicy !== 'Always'))
    out.push(init ? field.unsupported(`${p}.restartPolicy`, c.restartPolicy, ['Always']) : field.forbidden(`${p}.restartPolicy`, 'may not be set for non-init containers without restartPolicyRules'));
}

function validatePorts(ports: Obj[] | undefined, p: string, out: FieldCause[]): void {
  const names = new Set<string>();
  (ports ?? []).forEach((port, i) => {
    const ip = `${p}[${i}]`;
    if (port?.name) {
      const msgs = ianaSvcName(port.name);
      if (msgs.length) for (const m of msgs) out.push(field.invalid(`${ip}.name`, port.name, m));
      else if (names.has(port.name)) out.push(field.duplicate(`${ip}.name`, port.name));
      names.add(port.name);
    }
    if (!port?.containerPort) out.push(field.required(`${ip}.containerPort`, ''));
    else for (const m of portNum(port.containerPort)) out.push(field.invalid(`${ip}.containerPort`, port.containerPort, m));
    if (port?.hostPort) for (const m of portNum(port.hostPort)) out.push(field.invalid(`${ip}.hostPort`, port.hostPort, m));
    if (!port?.protocol) out.push(field.required(`${ip}.protocol`, ''));
    else if (!['SCTP', 'TCP', 'UDP'].includes(port.protocol)) out.push(field.unsupported(`${ip}.protocol`, port.protocol, ['SCTP', 'TCP', 'UDP']));
  });
}

function validateProbe(probe: Obj | undefined, p: string, out: FieldCause[], mustSucceedOnce: boolean): void {
  if (!probe || typeof probe !== 'object') return;
  const handlers = ['exec', 'httpGet', 'tcpSocket', 'grpc'].filter((h) => probe[h]);
  if (handlers.length === 0) out.push(field.required(p, 'must specify a handler type'));
  else if (handlers.length > 1) out.push(field.forbidden(`${p}.${handlers[1]}`, 'may not specify more than 1 handler type'));
  for (const k of ['initialDelaySeconds', 'timeoutSeconds', 'periodSeconds', 'successThreshold', 'failureThreshold'])
    out.push(...nonNegative(probe[k], `${p}.${k}`));
  if (mustSucceedOnce && probe.successThreshold !== undefined && probe.successThreshold !== 1)
    out.push(field.invalid(`${p}.successThreshold`, probe.successThreshold, 'must be 1'));
  const hg = probe.httpGet;
  if (hg) {
    validatePortNumOrName(hg.port, `${p}.httpGet.port`, out);
    if (hg.scheme !== undefined && !['HTTP', 'HTTPS'].includes(hg.scheme)) out.push(field.unsupported(`${p}.httpGet.scheme`, hg.scheme, ['HTTP', 'HTTPS']));
    if (!hg.path) out.push(field.required(`${p}.httpGet.path`, ''));
  }
  if (probe.tcpSocket) validatePortNumOrName(probe.tcpSocket.port, `${p}.tcpSocket.port`, out);
  if (probe.exec && !(probe.exec.command?.length > 0)) out.push(field.required(`${p}.exec.command`, ''));
  if (probe.grpc) for (const m of portNum(probe.grpc.port)) out.push(field.invalid(`${p}.grpc.port`, probe.grpc.port, m));
}

/** ValidatePortNumOrName: numbers in range, names as IANA service names. */
export function validatePortNumOrName(port: unknown, p: string, out: FieldCause[]): void {
  if (typeof port === 'number') for (const m of portNum(port)) out.push(field.invalid(p, port, m));
  else if (typeof port === 'string') {
    if (port === '') out.push(field.required(p, ''));
    else for (const m of ianaSvcName(port)) out.push(field.invalid(p, port, m));
  } else out.push(field.required(p, ''));
}

function validateToleration(t: Obj, p: string, out: FieldCause[]): void {
  if (!t || typeof t !== 'object') return;
  if (t.operator !== undefined && !['Equal', 'Exists'].includes(t.operator))
    out.push(field.unsupported(`${p}.operator`, t.operator, ['Equal', 'Exists']));
  if (t.operator === 'Exists' && t.value) out.push(field.invalid(`${p}.operator`, t.value, 'value must be empty when `operator` is \'Exists\''));
  if (!t.key && t.operator !== 'Exists') out.push(field.invalid(`${p}.operator`, t.operator ?? '', 'operator must be Exists when `key` is empty, which means "match all values and all keys"'));
  if (t.effect !== undefined && t.effect !== '' && !['NoExecute', 'NoSchedule', 'PreferNoSchedule'].includes(t.effect))
    out.push(field.unsupported(`${p}.effect`, t.effect, ['NoExecute', 'NoSchedule', 'PreferNoSchedule']));
  if (t.tolerationSeconds !== undefined && t.effect !== 'NoExecute')
    out.push(field.invalid(`${p}.effect`, t.effect ?? '', 'effect must be \'NoExecute\' when `tolerationSeconds` is set'));
}

/** validatePodDNSConfig: nameservers (at most 3, IPs), search domains (at most 32), options. */
function validateDNSConfig(cfg: Obj | undefined, policy: string | undefined, p: string): FieldCause[] {
  const out: FieldCause[] = [];
  if (policy === 'None') {
    if (!cfg) return [field.required(p, 'must provide `dnsConfig` when `dnsPolicy` is None')];
    if (!cfg.nameservers?.length) return [field.required(`${p}.nameservers`, 'must provide at least one DNS nameserver when `dnsPolicy` is None')];
  }
  if (!cfg) return out;
  const ns: string[] = cfg.nameservers ?? [];
  if (ns.length > 3) out.push(invalidGo(`${p}.nameservers`, goStringSlice(ns), 'must not have more than 3 nameservers'));
  ns.forEach((ip, i) => out.push(...validIP(`${p}.nameservers[${i}]`, ip)));
  const searches: string[] = cfg.searches ?? [];
  if (searches.length > 32) out.push(invalidGo(`${p}.searches`, goStringSlice(searches), 'must not have more than 32 search paths'));
  if (searches.join(' ').length > 2048)
    out.push(invalidGo(`${p}.searches`, goStringSlice(searches), 'must not have more than 2048 characters (including spaces) in the search list'));
  searches.forEach((s, i) => {
    const trimmed = s.replace(/\.$/, '');
    for (const m of dns1123Subdomain(trimmed)) out.push(field.invalid(`${p}.searches[${i}]`, trimmed, m));
  });
  (cfg.options ?? []).forEach((o: Obj, i: number) => {
    if (!o?.name) out.push(field.required(`${p}.options[${i}]`, 'Option.Name must not be empty'));
  });
  return out;
}
