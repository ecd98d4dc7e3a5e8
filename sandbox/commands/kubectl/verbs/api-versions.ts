// `kubectl api-versions`: the group/versions the API server serves, sorted.

import { RESOURCES, groupVersion } from '../../../api/resources.js';
import type { Verb } from '../types.js';
import { help } from './help/api-versions.js';

export const apiVersions: Verb = {
  name: 'api-versions',
  short: 'Print the supported API versions on the server, in the form of "group/version"',
  group: 'Other Commands:',
  help,
  flags: [],
  run(k) {
    const versions = [...new Set(RESOURCES.map(groupVersion))].sort();
    k.out(versions.map((v) => v + '\n').join(''));
    return 0;
  },
};
