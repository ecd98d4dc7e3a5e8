// `kubectl create deployment NAME --image=… [--replicas] [--port] [-- COMMAND…]`, building the
// same Deployment as kubectl's generator (containers named after their images).

import type { KubeObject } from '../../../api/types.js';
import type { Rng } from '../../../util/rng.js';
import type { ParsedFlags } from '../flags.js';
import { KubectlError, type KubectlContext, type Verb } from '../types.js';
import { CREATE_DEPLOYMENT } from './help/create.js';
import { DRY_RUN_FLAG, FIELD_MANAGER_FLAG, OUTPUT_FLAG, SAVE_CONFIG_FLAG, VALIDATE_FLAG } from './util/common.js';
import { finishCreate, oneName, plainMessage, requireFlag } from './util/generate.js';

/** The container name kubectl derives from an image reference. */
export function containerNameFor(image: string, rng: Rng): string {
  let name = image.split('/').pop()!;
  name = name.split(':')[0]!.split('@')[0]!;
  if (/[_.]/.test(name)) name = `${name.replace(/[_.]/g, '-')}-${rng.kubeSuffix(5)}`;
  return name;
}

export function buildDeployment(name: string, images: string[], replicas: number, port: number, command: string[] | undefined, rng: Rng): KubeObject {
  const labels = { app: name };
  const containers = images.map((image) => ({
    name: containerNameFor(image, rng),
    image,
    ...(command?.length ? { command } : {}),
    ...(port >= 0 ? { ports: [{ containerPort: port }] } : {}),
    resources: {},
  }));
  return {
    kind: 'Deployment',
    apiVersion: 'apps/v1',
    metadata: { name, labels: { ...labels } },
    spec: {
      replicas,
      selector: { matchLabels: { ...labels } },
      template: { metadata: { labels: { ...labels } }, spec: { containers } },
      strategy: {},
    },
    status: {},
  };
}

function run(k: KubectlContext, f: ParsedFlags): number {
  const name = oneName(f);
  if (!requireFlag(k, f, 'image')) return 1;
  const images: string[] = f.values.image;
  const port: number = f.values.port;
  if (images.length > 1 && f.dashArgs?.length) throw new KubectlError('cannot specify multiple --image options and command');
  if (images.length > 1 && port >= 0) throw new KubectlError('cannot use --port with multiple --image options');
  const obj = buildDeployment(name, images, f.values.replicas, port, f.dashArgs, k.cluster.rng);
  return finishCreate(k, f, obj, (e) => `failed to create deployment: ${plainMessage(e)}`);
}

export const createDeployment: Verb = {
  name: 'deployment',
  aliases: ['deploy'],
  short: 'Create a deployment with the specified name',
  help: CREATE_DEPLOYMENT,
  flags: [
    { name: 'image', type: 'stringSlice', usage: 'Image names to run. A deployment can have multiple images set for multi-container pod.' },
    { name: 'port', type: 'int', default: -1, usage: 'The containerPort that this deployment exposes.' },
    { name: 'replicas', short: 'r', type: 'int', default: 1, usage: 'Number of replicas to create. Default is 1.' },
    DRY_RUN_FLAG,
    OUTPUT_FLAG,
    SAVE_CONFIG_FLAG,
    VALIDATE_FLAG,
    FIELD_MANAGER_FLAG,
  ],
  run,
};
