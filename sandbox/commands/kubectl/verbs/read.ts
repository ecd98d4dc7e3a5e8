// Read-side verbs: get, describe, explain, api-resources, version, cluster-info, config, logs, events.

import type { VerbEntry } from '../types.js';

export const READ_VERBS: VerbEntry[] = [];
