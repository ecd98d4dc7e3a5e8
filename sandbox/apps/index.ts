// What each container of a pod serves, decided by its image and command/args/env: one module per
// image. Images without a server (busybox, curl, netshoot, alpine…) listen on nothing.

import type { KubeObject } from '../api/types.js';
import { parseImage } from '../controllers/kubelet/images.js';
import { agnhost } from './agnhost.js';
import { coredns } from './coredns.js';
import { httpEcho } from './http-echo.js';
import { nginx } from './nginx.js';
import { redis } from './redis.js';
import type { App, AppContext } from './types.js';
import { whoami } from './whoami.js';

export * from './types.js';

export interface RunningApp {
  container: string;
  app: App;
}

/** The app a container runs, or undefined when its process serves nothing. */
export function appFor(c: any, ctx: AppContext): App | undefined {
  const ref = parseImage(c.image ?? '');
  const repo = ref.repo.split('/').pop()!;
  const command: string[] = c.command ?? [];
  const args: string[] = c.args ?? [];
  // `command` replaces the image's ENTRYPOINT; a shell or sleep there means the server never starts.
  const runs = (bin: string) => !command.length || command.some((a) => a.split('/').pop() === bin);
  switch (repo) {
    case 'nginx':
      return runs('nginx') ? nginx(ref.tag, ctx) : undefined;
    case 'agnhost':
      return runs('agnhost') ? agnhost([...command, ...args], ctx) : undefined;
    case 'http-echo':
      return runs('http-echo') ? httpEcho([...command, ...args], ctx) : undefined;
    case 'whoami':
      return runs('whoami') ? whoami([...command, ...args], ctx) : undefined;
    case 'redis':
      return runs('redis-server') ? redis([...command, ...args]) : undefined;
    case 'coredns':
      return coredns(ctx);
  }
  return undefined;
}

function envOf(c: any): Record<string, string> {
  const env: Record<string, string> = {};
  for (const e of c.env ?? []) if (typeof e.value === 'string') env[e.name] = e.value;
  return env;
}

/** The apps running in a pod's containers right now (a container that is not running serves nothing). */
export function podApps(pod: KubeObject, now: number): RunningApp[] {
  const out: RunningApp[] = [];
  const statuses: any[] = pod.status?.containerStatuses ?? [];
  for (const c of pod.spec?.containers ?? []) {
    if (!statuses.find((s) => s.name === c.name)?.state?.running) continue;
    const ctx: AppContext = {
      hostname: pod.spec?.hostname ?? pod.metadata.name!,
      podIP: pod.status?.podIP ?? '',
      namespace: pod.metadata.namespace ?? 'default',
      now,
      env: envOf(c),
    };
    const app = appFor(c, ctx);
    if (app) out.push({ container: c.name, app });
  }
  return out;
}
