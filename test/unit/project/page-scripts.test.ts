import { describe, expect, it } from 'vitest';
import { MATCH_INDEX } from '@/lib/dataset/match-index-data';
import { loadMatchIndex } from '@/lib/dataset/matcher-data';
import { asciiOnly } from '../../../scripts/compact-page-scripts';

// What the build does to the scripts that run in pages (scripts/compact-page-scripts.ts) must not
// change what they do: every value an escaped script computes is the one the original computed.
describe('page scripts', () => {
  const original = [
    "const s = 'Étain, T‑MEC — “rare earths” ’ 稀土 😀';",
    'const r = /[-\\s‐-–]+|étain/giu;',
    'const t = `señal ${s.length} ‐`;',
    'const café = 2;',
    'return [s, r.test("x – y"), r.test("Étain"), t, café, "😀".codePointAt(0)];',
  ].join('\n');

  it('are ASCII-only after escaping, and compute the same values', () => {
    const escaped = asciiOnly(original);
    expect(escaped).toMatch(/^[\x20-\x7e\n]*$/);
    const run = (code: string) => new Function(code)() as unknown[];
    expect(run(escaped)).toEqual(run(original));
  });

  it('ship the same match index the recognizer is tested with', () => {
    expect(loadMatchIndex()).toEqual(MATCH_INDEX);
  });
});
