// Bundles the Node CLI (sandbox + its Node host) into build/cli/ with esbuild, so `knet` starts
// by loading JavaScript instead of compiling TypeScript. Lazy imports (each kubectl verb, each
// tool, explain's field descriptions) become their own chunks, loaded only when used.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'build/cli');
rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: { knet: join(root, 'sandbox/runtime/node/cli.ts') },
  outdir,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  logLevel: 'warning',
  banner: { js: "import { createRequire as __knetRequire } from 'node:module'; const require = __knetRequire(import.meta.url);" },
});
