// What exec, run --attach and logs share: choosing a pod's container (with kubectl's
// "Defaulted container" note), describing it as a host to run commands in, and its state.

import type { KubeObject } from '../../../../api/types.js';
import type { HostInfo } from '../../../types.js';
import { KubectlError, type KubectlContext } from '../../types.js';

export const DEFAULT_CONTAINER_ANNOTATION = 'kubectl.kubernetes.io/default-container';

/** podcmd.FindOrDefaultContainerByName: -c, else the annotated default, else the first (noted on stderr). */
export function pickContainer(k: KubectlContext, pod: KubeObject, name: string | undefined, quiet = false): string {
  const containers: { name: string }[] = [...(pod.spec?.containers ?? []), ...(pod.spec?.initContainers ?? []), ...(pod.spec?.ephemeralContainers ?? [])];
  if (name) {
    if (!containers.some((c) => c.name === name)) throw new KubectlError(`container ${name} is not valid for pod ${pod.metadata.name}`);
    return name;
  }
  const annotated = pod.metadata.annotations?.[DEFAULT_CONTAINER_ANNOTATION];
  if (annotated && containers.some((c) => c.name === annotated)) return annotated;
  const main: { name: string }[] = pod.spec?.containers ?? [];
  if (!main.length) throw new KubectlError(`pod ${pod.metadata.name} does not have any containers`);
  if (main.length > 1 && !quiet) k.err(`Defaulted container "${main[0]!.name}" out of: ${containers.map((c) => c.name).join(', ')}\n`);
  return main[0]!.name;
}

export function containerSpec(pod: KubeObject, name: string): any {
  return [...(pod.spec?.containers ?? []), ...(pod.spec?.initContainers ?? [])].find((c: any) => c.name === name);
}

export function containerStatus(pod: KubeObject, name: string): any {
  return [...(pod.status?.containerStatuses ?? []), ...(pod.status?.initContainerStatuses ?? [])].find((c: any) => c.name === name);
}

/** The host a command runs in when it runs inside this container. */
export function podHost(pod: KubeObject, container: string): HostInfo {
  return {
    kind: 'pod',
    hostname: pod.spec?.hostname ?? pod.metadata.name!,
    namespace: pod.metadata.namespace,
    pod: pod.metadata.name,
    container,
    node: pod.spec?.nodeName,
    image: containerSpec(pod, container)?.image,
  };
}

const SHELLS = /^(\/bin\/|\/usr\/bin\/)?(sh|ash|bash|zsh|dash)$/;

/** `sh`, `/bin/bash`…: a command that opens an interactive shell when given a terminal. */
export function isShell(argv: string[]): string | undefined {
  return argv.length === 1 && SHELLS.test(argv[0]!) ? argv[0] : undefined;
}

/** What a container runs when the pod spec gives no command: the image's entrypoint and CMD. */
export function imageDefaultCommand(image: string | undefined): string[] {
  const repo = (image ?? '').split('@')[0]!.replace(/:[^/]*$/, '');
  const base = repo.split('/').pop()!;
  switch (base) {
    case 'busybox':
    case 'alpine':
      return ['sh'];
    case 'ubuntu':
    case 'debian':
      return ['bash'];
    case 'netshoot':
      return ['zsh'];
    case 'curl':
      return ['curl'];
    default:
      return ['sh'];
  }
}

/** The process a container runs: command + args, else the image's defaults. */
export function containerProcess(c: any): string[] {
  const cmd: string[] = c?.command ?? [];
  const args: string[] = c?.args ?? [];
  if (cmd.length) return [...cmd, ...args];
  if (args.length) return [...imageDefaultCommand(c?.image).slice(0, 1), ...args];
  return imageDefaultCommand(c?.image);
}
