import { resolve } from 'node:path';
import { build } from 'esbuild';

const ROOT = resolve(import.meta.dirname, '../..');
let cached: Promise<string> | undefined;

/**
 * engine-entry.ts bundled into one classic script (IIFE) for `addScriptTag`. esbuild is the one
 * tsx and Vite already ship; it resolves the `@/` alias through tsconfig's paths.
 */
export function bundleEngine(): Promise<string> {
  cached ??= build({
    entryPoints: [resolve(ROOT, 'scripts/bench/engine-entry.ts')],
    absWorkingDir: ROOT,
    tsconfig: resolve(ROOT, 'tsconfig.json'),
    bundle: true,
    format: 'iife',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0]!.text);
  return cached;
}
