// What exec, run --attach and logs share: choosing a pod's container (with kubectl's
// "Defaulted container" note), describing it as a host to run commands in, and its state.

import type { KubeObject } from '../../../../api/types.js';
import type { HostInfo } from '../../../types.js';
import { KubectlError, type KubectlContext } from '../../types.js';

export const DEFAULT_CONTAINER_ANNOTATION = 'kubectl.kubernetes.io/default-container';

/** podcmd.FindOrDefaultContainerByName: -c, else the annotated default, else the first (noted on stderr). */
export function pickContainer(k: KubectlContext, pod: KubeObject, name: string | undefined, quiet = false): string {
  const containers: { name: string }[] = [...(pod.spec?.containers ?? []), ...(pod.spec?.initContainers ?? []), ...(pod.spec?.ephemeralContainers ?? [])];
  // A named container is checked by the caller: exec and logs word a wrong name differently.
  if (name) return name;
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

/** An image's ENTRYPOINT and CMD, for the images the course uses (others: a shell). */
export function imageDefaults(image: string | undefined): { entrypoint: string[]; cmd: string[] } {
  const repo = (image ?? '').split('@')[0]!.replace(/:[^/]*$/, '');
  switch (repo.split('/').pop()!) {
    case 'busybox':
    case 'alpine':
      return { entrypoint: [], cmd: ['sh'] };
    case 'ubuntu':
    case 'debian':
      return { entrypoint: [], cmd: ['bash'] };
    case 'netshoot':
      return { entrypoint: [], cmd: ['zsh'] };
    case 'curl':
      return { entrypoint: ['curl'], cmd: ['--help'] };
    default:
      return { entrypoint: [], cmd: ['sh'] };
  }
}

/** The process a container runs: `command` replaces ENTRYPOINT, `args` replaces CMD. */
export function containerProcess(c: any): string[] {
  const d = imageDefaults(c?.image);
  const cmd: string[] = c?.command?.length ? c.command : d.entrypoint;
  const args: string[] = c?.args?.length ? c.args : c?.command?.length ? [] : d.cmd;
  return [...cmd, ...args];
}
