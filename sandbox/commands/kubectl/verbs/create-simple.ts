// `kubectl create namespace NAME` and `kubectl create serviceaccount NAME`.

import type { Verb } from '../types.js';
import { CREATE_NAMESPACE, CREATE_SERVICEACCOUNT } from './help/create.js';
import { DRY_RUN_FLAG, FIELD_MANAGER_FLAG, OUTPUT_FLAG, SAVE_CONFIG_FLAG, VALIDATE_FLAG } from './util/common.js';
import { finishCreate, oneName, plainMessage } from './util/generate.js';

const COMMON = [DRY_RUN_FLAG, OUTPUT_FLAG, SAVE_CONFIG_FLAG, VALIDATE_FLAG, FIELD_MANAGER_FLAG];

export const createNamespace: Verb = {
  name: 'namespace',
  aliases: ['ns'],
  short: 'Create a namespace with the specified name',
  help: CREATE_NAMESPACE,
  flags: COMMON,
  // The namespace generator passes API errors through (`Error from server (AlreadyExists): …`).
  run: (k, f) => finishCreate(k, f, { kind: 'Namespace', apiVersion: 'v1', metadata: { name: oneName(f) }, spec: {}, status: {} }),
};

export const createServiceAccount: Verb = {
  name: 'serviceaccount',
  aliases: ['sa'],
  short: 'Create a service account with the specified name',
  help: CREATE_SERVICEACCOUNT,
  flags: COMMON,
  run: (k, f) => finishCreate(k, f, { kind: 'ServiceAccount', apiVersion: 'v1', metadata: { name: oneName(f) } }, (e) => `failed to create serviceaccount: ${plainMessage(e)}`),
};
