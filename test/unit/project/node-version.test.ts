import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import pkg from '../../../package.json';

// The recognizer's match regex uses the `(?-i:...)` modifier, which V8 accepts from Node 24 on
// (Node 22 throws "Invalid group"). Every place that names a Node version must agree on 24.
const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');

describe('the Node version the project runs on', () => {
  test('this Node compiles the regex modifier the recognizer uses', () => {
    expect(() => new RegExp('(?-i:a)b', 'i')).not.toThrow();
  });

  test('engines, .nvmrc, .ci/run and the README all say 24', () => {
    expect(pkg.engines.node).toBe('>=24');
    expect(read('.nvmrc').trim()).toBe('24');
    expect(read('.ci/run')).toMatch(/"\$\(node_major\)" -lt 24 \]/);
    const readme = read('README.md');
    expect(readme).toMatch(/Node\.js 24 or newer/);
    expect(readme).not.toMatch(/Node(\.js)? (>= ?)?22\b|\b22 or newer/);
  });
});
