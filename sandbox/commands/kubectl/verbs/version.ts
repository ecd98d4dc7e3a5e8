// `kubectl version`: client, Kustomize and server versions of kind v0.30 / Kubernetes v1.34.0,
// as text or `-o yaml|json`.

import { VERSIONS } from '../../../cluster/config.js';
import { toJson } from '../printers/json.js';
import { toYaml } from '../printers/yaml.js';
import { KubectlError, type Verb } from '../types.js';
import { help } from './help/version.js';

/** The release's build info (k8s.io/apimachinery version.Info, in struct field order). */
const BUILD = { gitCommit: 'f28b4c9efbca5c5c0af716d9f2d5702667ee8a45', gitTreeState: 'clean', buildDate: '2025-08-27T10:15:59Z', goVersion: VERSIONS.goVersion, compiler: 'gc', platform: 'linux/amd64' };

function info(gitVersion: string, server: boolean): Record<string, string> {
  const [major, minor] = gitVersion.replace(/^v/, '').split('.');
  return {
    major: major!,
    minor: minor!,
    ...(server ? { emulationMajor: major!, emulationMinor: minor!, minCompatibilityMajor: major!, minCompatibilityMinor: String(Number(minor) - 1) } : {}),
    gitVersion,
    ...BUILD,
  };
}

export const version: Verb = {
  name: 'version',
  short: 'Print the client and server version information',
  group: 'Other Commands:',
  help,
  flags: [
    { name: 'client', type: 'bool', usage: 'If true, shows client version only (no server required).' },
    { name: 'output', short: 'o', type: 'string', usage: "One of 'yaml' or 'json'." },
  ],
  run(k, f) {
    const out = String(f.values.output ?? '');
    if (out !== '' && out !== 'yaml' && out !== 'json') throw new KubectlError("--output must be 'yaml' or 'json'");
    const client = !!f.values.client;
    const v = {
      clientVersion: info(VERSIONS.kubectl, false),
      kustomizeVersion: VERSIONS.kustomize,
      ...(client ? {} : { serverVersion: info(VERSIONS.kubernetes, true) }),
    };
    if (out === 'yaml') k.out(toYaml(v));
    else if (out === 'json') k.out(toJson(v, { indent: '  ', sortKeys: false }));
    else {
      k.out(`Client Version: ${VERSIONS.kubectl}\nKustomize Version: ${VERSIONS.kustomize}\n`);
      if (!client) k.out(`Server Version: ${VERSIONS.kubernetes}\n`);
    }
    return 0;
  },
};
