import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

// Entrypoints are wiring only (docs/architecture.md): what they connect lives in lib/ and
// components/, and that is what tests import. A test that needs something from an entrypoint is
// a sign the logic belongs in lib/.
const root = resolve(import.meta.dirname, '../../..');
const entrypoints = join(root, 'entrypoints');

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(path);
    else if (/\.(ts|tsx|js|mjs)$/.test(entry.name)) yield path;
  }
}

/** Static imports, re-exports, dynamic imports and vi.mock targets. */
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\bvi\.mock\(\s*)['"]([^'"]+)['"]/g;

/** Whether an import specifier written in `file` points into entrypoints/. */
function reachesEntrypoints(file: string, specifier: string): boolean {
  let target: string;
  if (specifier.startsWith('@/') || specifier.startsWith('~/')) target = join(root, specifier.slice(2));
  else if (specifier.startsWith('.')) target = resolve(dirname(file), specifier);
  else return false;
  return target === entrypoints || target.startsWith(entrypoints + '/');
}

export function entrypointImports(dir: string): string[] {
  const found: string[] = [];
  for (const file of sourceFiles(dir)) {
    if (file === import.meta.filename) continue; // Its examples below are not imports.
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(SPECIFIER)) {
      if (reachesEntrypoints(file, specifier!)) found.push(`${relative(root, file)}: ${specifier}`);
    }
  }
  return found;
}

describe('tests import lib/ and components/, never entrypoints/', () => {
  test('no test file imports from entrypoints/', () => {
    expect(entrypointImports(join(root, 'test'))).toEqual([]);
  });

  test('the check sees the ways a test could import an entrypoint', () => {
    const file = join(root, 'test/unit/x/y.test.ts');
    expect(reachesEntrypoints(file, '@/entrypoints/content/card')).toBe(true);
    expect(reachesEntrypoints(file, '../../../entrypoints/background')).toBe(true);
    expect(reachesEntrypoints(file, '@/lib/card/card-controller')).toBe(false);
    expect(reachesEntrypoints(file, 'wxt/browser')).toBe(false);
    const text = `import a from '@/entrypoints/a';\nvi.mock('@/entrypoints/b');\nawait import("@/entrypoints/c");`;
    expect([...text.matchAll(SPECIFIER)].map((m) => m[1])).toEqual([
      '@/entrypoints/a',
      '@/entrypoints/b',
      '@/entrypoints/c',
    ]);
  });
});
