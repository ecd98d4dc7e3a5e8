// The container and volume sections kubectl describe prints for pods and pod templates:
// describeContainers, describeContainerState, probes, env, mounts and describeVolumes.

import type { KubeObject } from '../../../api/types.js';
import { DescribeWriter, LEVEL_0, LEVEL_1, LEVEL_2, LEVEL_3, sorted, time1123 } from './writer.js';

const portStr = (p: any) => (typeof p === 'number' ? String(p) : String(p ?? ''));

/** DescribeProbe: `http-get http://:80/ delay=0s timeout=1s period=10s #success=1 #failure=3`. */
export function describeProbe(p: any): string {
  const attrs = `delay=${p.initialDelaySeconds ?? 0}s timeout=${p.timeoutSeconds ?? 1}s period=${p.periodSeconds ?? 10}s #success=${p.successThreshold ?? 1} #failure=${p.failureThreshold ?? 3}`;
  if (p.exec) return `exec [${(p.exec.command ?? []).join(' ')}] ${attrs}`;
  if (p.httpGet) {
    const h = p.httpGet;
    const host = h.host ?? '';
    const port = portStr(h.port);
    const hostPort = port ? (host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`) : host;
    return `http-get ${String(h.scheme ?? 'HTTP').toLowerCase()}://${hostPort}${h.path ?? ''} ${attrs}`;
  }
  if (p.tcpSocket) return `tcp-socket ${p.tcpSocket.host ?? ''}:${portStr(p.tcpSocket.port)} ${attrs}`;
  if (p.grpc) return `grpc <pod>:${p.grpc.port} ${p.grpc.service ?? ''} ${attrs}`;
  return `unknown ${attrs}`;
}

function describeState(name: string, state: any, w: DescribeWriter): void {
  if (state?.running) {
    w.write(LEVEL_2, `${name}:\tRunning\n`);
    w.write(LEVEL_3, `Started:\t${time1123(state.running.startedAt)}\n`);
  } else if (state?.waiting) {
    w.write(LEVEL_2, `${name}:\tWaiting\n`);
    if (state.waiting.reason) w.write(LEVEL_3, `Reason:\t${state.waiting.reason}\n`);
  } else if (state?.terminated) {
    const t = state.terminated;
    w.write(LEVEL_2, `${name}:\tTerminated\n`);
    if (t.reason) w.write(LEVEL_3, `Reason:\t${t.reason}\n`);
    if (t.message) w.write(LEVEL_3, `Message:\t${t.message}\n`);
    w.write(LEVEL_3, `Exit Code:\t${t.exitCode ?? 0}\n`);
    if (t.signal > 0) w.write(LEVEL_3, `Signal:\t${t.signal}\n`);
    w.write(LEVEL_3, `Started:\t${time1123(t.startedAt)}\n`);
    w.write(LEVEL_3, `Finished:\t${time1123(t.finishedAt)}\n`);
  } else w.write(LEVEL_2, `${name}:\tWaiting\n`);
}

function describeResources(res: any, w: DescribeWriter, level: number): void {
  for (const kind of ['limits', 'requests'] as const) {
    const m = res?.[kind] ?? {};
    const keys = sorted(Object.keys(m));
    if (keys.length) w.write(level, `${kind === 'limits' ? 'Limits' : 'Requests'}:\n`);
    for (const k of keys) w.write(level + 1, `${k}:\t${m[k]}\n`);
  }
}

/** fieldRef values as the kubelet would resolve them (EnvValueRetriever). */
function fieldRefValue(pod: KubeObject | undefined, path: string): string {
  if (!pod) return '';
  const m = path.match(/^metadata\.(labels|annotations)\['(.*)'\]$/);
  if (m) return pod.metadata[m[1] as 'labels']?.[m[2]!] ?? '';
  const known: Record<string, unknown> = {
    'metadata.name': pod.metadata.name,
    'metadata.namespace': pod.metadata.namespace,
    'metadata.uid': pod.metadata.uid,
    'spec.nodeName': pod.spec?.nodeName,
    'spec.serviceAccountName': pod.spec?.serviceAccountName,
    'status.hostIP': pod.status?.hostIP,
    'status.podIP': pod.status?.podIP,
    'status.podIPs': (pod.status?.podIPs ?? []).map((p: any) => p.ip).join(','),
    'status.hostIPs': (pod.status?.hostIPs ?? []).map((p: any) => p.ip).join(','),
  };
  return String(known[path] ?? '');
}

function describeEnv(c: any, pod: KubeObject | undefined, w: DescribeWriter): void {
  if ((c.envFrom ?? []).length) {
    w.write(LEVEL_2, 'Environment Variables from:\n');
    for (const e of c.envFrom) {
      const ref = e.configMapRef ?? e.secretRef ?? {};
      const from = e.configMapRef ? 'ConfigMap' : e.secretRef ? 'Secret' : '';
      const opt = !!ref.optional;
      if (!e.prefix) w.write(LEVEL_3, `${ref.name ?? ''}\t${from}\tOptional: ${opt}\n`);
      else w.write(LEVEL_3, `${ref.name ?? ''}\t${from} with prefix '${e.prefix}'\tOptional: ${opt}\n`);
    }
  }
  const env: any[] = c.env ?? [];
  w.write(LEVEL_2, `Environment:${env.length ? '' : '\t<none>'}\n`);
  for (const e of env) {
    const vf = e.valueFrom;
    if (!vf) {
      String(e.value ?? '')
        .split('\n')
        .forEach((s, i) => w.write(LEVEL_3, i === 0 ? `${e.name}:\t${s}\n` : `\t${s}\n`));
    } else if (vf.fieldRef) w.write(LEVEL_3, `${e.name}:\t${fieldRefValue(pod, vf.fieldRef.fieldPath)} (${vf.fieldRef.apiVersion ?? 'v1'}:${vf.fieldRef.fieldPath})\n`);
    else if (vf.resourceFieldRef) w.write(LEVEL_3, `${e.name}:\t (${vf.resourceFieldRef.resource})\n`);
    else if (vf.secretKeyRef) w.write(LEVEL_3, `${e.name}:\t<set to the key '${vf.secretKeyRef.key}' in secret '${vf.secretKeyRef.name}'>\tOptional: ${!!vf.secretKeyRef.optional}\n`);
    else if (vf.configMapKeyRef) w.write(LEVEL_3, `${e.name}:\t<set to the key '${vf.configMapKeyRef.key}' of config map '${vf.configMapKeyRef.name}'>\tOptional: ${!!vf.configMapKeyRef.optional}\n`);
  }
}

/** describeContainers: `Containers:` and one block per container (statuses only for pods). */
export function describeContainers(label: string, containers: any[], statuses: any[] | undefined, pod: KubeObject | undefined, w: DescribeWriter, space: string): void {
  const byName = new Map<string, any>((statuses ?? []).map((s) => [s.name, s]));
  w.write(LEVEL_0, `${space}${label}:${containers.length ? '' : ' <none>'}\n`);
  for (const c of containers) {
    const st = byName.get(c.name);
    w.write(LEVEL_1, `${space ? ' ' : ''}${c.name}:\n`);
    if (st) w.write(LEVEL_2, `Container ID:\t${st.containerID ?? ''}\n`);
    w.write(LEVEL_2, `Image:\t${c.image ?? ''}\n`);
    if (st) w.write(LEVEL_2, `Image ID:\t${st.imageID ?? ''}\n`);
    const ports: any[] = c.ports ?? [];
    const portString = ports.map((p) => `${p.containerPort}/${p.protocol ?? 'TCP'}`).join(', ');
    w.write(LEVEL_2, portString.includes(',') ? `Ports:\t${portString}\n` : `Port:\t${portString || '<none>'}\n`);
    const hostString = ports.map((p) => `${p.hostPort ?? 0}/${p.protocol ?? 'TCP'}`).join(', ');
    w.write(LEVEL_2, hostString.includes(',') ? `Host Ports:\t${hostString}\n` : `Host Port:\t${hostString || '<none>'}\n`);
    if ((c.command ?? []).length) {
      w.write(LEVEL_2, 'Command:\n');
      for (const s of c.command) for (const line of String(s).split('\n')) w.write(LEVEL_3, `${line}\n`);
    }
    if ((c.args ?? []).length) {
      w.write(LEVEL_2, 'Args:\n');
      for (const s of c.args) for (const line of String(s).split('\n')) w.write(LEVEL_3, `${line}\n`);
    }
    if (st) {
      describeState('State', st.state, w);
      if (st.lastState?.terminated) describeState('Last State', st.lastState, w);
      w.write(LEVEL_2, `Ready:\t${st.ready ? 'True' : 'False'}\n`);
      w.write(LEVEL_2, `Restart Count:\t${st.restartCount ?? 0}\n`);
    }
    describeResources(c.resources, w, LEVEL_2);
    if (c.livenessProbe) w.write(LEVEL_2, `Liveness:\t${describeProbe(c.livenessProbe)}\n`);
    if (c.readinessProbe) w.write(LEVEL_2, `Readiness:\t${describeProbe(c.readinessProbe)}\n`);
    if (c.startupProbe) w.write(LEVEL_2, `Startup:\t${describeProbe(c.startupProbe)}\n`);
    describeEnv(c, pod, w);
    const mounts: any[] = [...(c.volumeMounts ?? [])].sort((a, b) => (a.mountPath < b.mountPath ? -1 : a.mountPath > b.mountPath ? 1 : 0));
    w.write(LEVEL_2, `Mounts:${mounts.length ? '' : '\t<none>'}\n`);
    for (const m of mounts) {
      const flags = [m.readOnly ? 'ro' : 'rw', ...(m.subPath ? [`path=${JSON.stringify(m.subPath)}`] : [])];
      w.write(LEVEL_3, `${m.mountPath} from ${m.name} (${flags.join(',')})\n`);
    }
  }
}

export function describeVolumes(volumes: any[] | undefined, w: DescribeWriter, space: string): void {
  if (!volumes?.length) {
    w.write(LEVEL_0, `${space}Volumes:\t<none>\n`);
    return;
  }
  w.write(LEVEL_0, `${space}Volumes:\n`);
  for (const v of volumes) {
    w.write(LEVEL_1, `${space ? ' ' : ''}${v.name}:\n`);
    if (v.hostPath) w.write(LEVEL_2, `Type:\tHostPath (bare host directory volume)\n    Path:\t${v.hostPath.path}\n    HostPathType:\t${v.hostPath.type ?? '<none>'}\n`);
    else if (v.emptyDir) w.write(LEVEL_2, `Type:\tEmptyDir (a temporary directory that shares a pod's lifetime)\n    Medium:\t${v.emptyDir.medium ?? ''}\n    SizeLimit:\t${v.emptyDir.sizeLimit ?? '<unset>'}\n`);
    else if (v.secret) w.write(LEVEL_2, `Type:\tSecret (a volume populated by a Secret)\n    SecretName:\t${v.secret.secretName ?? ''}\n    Optional:\t${!!v.secret.optional}\n`);
    else if (v.configMap) w.write(LEVEL_2, `Type:\tConfigMap (a volume populated by a ConfigMap)\n    Name:\t${v.configMap.name ?? ''}\n    Optional:\t${!!v.configMap.optional}\n`);
    else if (v.persistentVolumeClaim) w.write(LEVEL_2, `Type:\tPersistentVolumeClaim (a reference to a PersistentVolumeClaim in the same namespace)\n    ClaimName:\t${v.persistentVolumeClaim.claimName}\n    ReadOnly:\t${!!v.persistentVolumeClaim.readOnly}\n`);
    else if (v.downwardAPI) {
      w.write(LEVEL_2, 'Type:\tDownwardAPI (a volume populated by information about the pod)\n    Items:\n');
      for (const it of v.downwardAPI.items ?? []) {
        if (it.fieldRef) w.write(LEVEL_3, `${it.fieldRef.fieldPath} -> ${it.path}\n`);
        if (it.resourceFieldRef) w.write(LEVEL_3, `${it.resourceFieldRef.resource} -> ${it.path}\n`);
      }
    } else if (v.projected) {
      w.write(LEVEL_2, 'Type:\tProjected (a volume that contains injected data from multiple sources)\n');
      for (const s of v.projected.sources ?? []) {
        if (s.secret) w.write(LEVEL_2, `SecretName:\t${s.secret.name}\n    Optional:\t${!!s.secret.optional}\n`);
        else if (s.downwardAPI) w.write(LEVEL_2, 'DownwardAPI:\ttrue\n');
        else if (s.configMap) w.write(LEVEL_2, `ConfigMapName:\t${s.configMap.name}\n    Optional:\t${!!s.configMap.optional}\n`);
        else if (s.serviceAccountToken) w.write(LEVEL_2, `TokenExpirationSeconds:\t${s.serviceAccountToken.expirationSeconds ?? 3607}\n`);
      }
    } else w.write(LEVEL_1, '<unknown>\n');
  }
}
