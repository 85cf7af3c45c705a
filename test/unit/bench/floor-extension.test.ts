import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { afterAll, describe, expect, test } from 'vitest';
import { MATCH_INDEX } from '@/lib/dataset/match-index-data';
import { writeFloorExtension, type FloorLookup } from '../../../scripts/bench/floor-extension';
import { markJsTerms } from '../../../scripts/bench/start-up-pages';

// The start-up bench's floor stands for a minimal extension of this kind: a floor that
// found nothing would do less than that, and make every ratio to it look worse than it is.

const dir = mkdtempSync(join(tmpdir(), 'ml-floor-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Find = (texts: string[]) => number[];

/** The floor's lookup where `lookup` puts it: the worker's message listener, or the page's `find`. */
function lookupOf(lookup: FloorLookup): Find {
  const built = writeFloorExtension(join(dir, lookup), markJsTerms(MATCH_INDEX), lookup);
  if (lookup === 'page') {
    // A frame with no body: the script stops before reading anything, leaving its lookup defined.
    const world = { document: { body: null } } as { document: unknown; find?: Find };
    runInNewContext(readFileSync(join(built, 'content.js'), 'utf8'), world);
    return world.find!;
  }
  let listener: ((texts: string[], sender: unknown, reply: (found: number[]) => void) => void) | undefined;
  const chrome = { runtime: { onMessage: { addListener: (l: typeof listener) => (listener = l) } } };
  runInNewContext(readFileSync(join(built, 'background.js'), 'utf8'), { chrome });
  return (texts) => {
    let found: number[] = [];
    listener!(texts, {}, (f) => (found = f));
    return found;
  };
}

describe.each(['worker', 'page'] as const)('the start-up bench floor, looking up in the %s', (lookup) => {
  const find = lookupOf(lookup);
  const spans = (texts: string[]) => {
    const found = find(texts);
    const out: string[] = [];
    for (let k = 0; k < found.length; k += 3) out.push(texts[found[k]!]!.slice(found[k + 1], found[k + 2]));
    return out;
  };

  test('finds aliases in any case, the longest at a word, in each text it is sent', () => {
    expect(
      spans(['Lithium and rare earth elements, not cobalt-free.', 'Under the USMCA, LEAD prices rose.']),
    ).toEqual(['Lithium', 'rare earth elements', 'USMCA', 'LEAD']);
  });

  test('finds nothing where no alias is', () => {
    expect(spans(['The weather was fine on Tuesday.', ''])).toEqual([]);
  });
});
