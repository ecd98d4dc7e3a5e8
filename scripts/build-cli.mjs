// Bundles the Node CLI (sandbox + its Node host) into build/cli/knet.mjs with esbuild, so `knet`
// starts by loading one file instead of compiling TypeScript.
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
await build({
  entryPoints: [join(root, 'sandbox/runtime/node/cli.ts')],
  outfile: join(root, 'build/cli/knet.mjs'),
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  logLevel: 'warning',
  banner: { js: "import { createRequire as __knetRequire } from 'node:module'; const require = __knetRequire(import.meta.url);" },
});
