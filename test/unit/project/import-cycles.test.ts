import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

// A cycle between modules, even one made only of `import type`, means two files each need the
// other to be understood: the fix is a shared types file both import. This walks every source
// file's imports (relative and `@/`), type-only included, and reports each cycle by its files.
const root = resolve(import.meta.dirname, '../../..');
const SOURCE_DIRS = ['entrypoints', 'components', 'lib', 'scripts'];
const EXTENSIONS = ['.ts', '.tsx'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return EXTENSIONS.some((ext) => name.endsWith(ext)) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

function resolveImport(from: string, spec: string): string | undefined {
  const base = spec.startsWith('@/')
    ? join(root, spec.slice(2))
    : spec.startsWith('.')
      ? resolve(dirname(from), spec)
      : undefined;
  if (!base) return undefined;
  const candidates = [
    base,
    ...EXTENSIONS.map((ext) => base + ext),
    ...EXTENSIONS.map((ext) => join(base, 'index' + ext)),
  ];
  return candidates.find(
    (path) => existsSync(path) && statSync(path).isFile() && EXTENSIONS.some((e) => path.endsWith(e)),
  );
}

/** Strongly connected components with more than one file (Tarjan), each sorted. */
function cycles(graph: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string) => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1) found.push(component.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

describe('module imports', () => {
  test('no two source files import each other, directly or round a loop', () => {
    const graph = new Map<string, string[]>();
    for (const file of SOURCE_DIRS.flatMap((dir) => sourceFiles(join(root, dir)))) {
      const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
      const targets = importedFiles
        .map((f) => resolveImport(file, f.fileName))
        .filter((f) => f !== undefined);
      graph.set(file, targets);
    }
    expect(graph.size).toBeGreaterThan(100);
    const named = cycles(graph).map((component) =>
      component.map((file) => relative(root, file)).join(' <-> '),
    );
    expect(named).toEqual([]);
  });
});
