import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { afterAll, describe, expect, test } from 'vitest';
import { MATCH_INDEX } from '@/lib/dataset/match-index-data';
import { writeFloorExtension } from '../../../scripts/bench/floor-extension';
import { markJsTerms } from '../../../scripts/bench/start-up-pages';

// The start-up bench's floor stands for the least an extension of this kind can do: a floor that
// found nothing would do less than that, and make every ratio to it look worse than it is.

const dir = mkdtempSync(join(tmpdir(), 'ml-floor-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeFloorExtension(dir, markJsTerms(MATCH_INDEX));

/** The floor's service worker, given `texts` as its content script sends them: what it answers. */
function answer(texts: string[]): string[] {
  let listener: ((texts: string[], sender: unknown, reply: (found: number[]) => void) => void) | undefined;
  const chrome = { runtime: { onMessage: { addListener: (l: typeof listener) => (listener = l) } } };
  runInNewContext(readFileSync(join(dir, 'background.js'), 'utf8'), { chrome });
  let found: number[] = [];
  listener!(texts, {}, (f) => (found = f));
  const spans: string[] = [];
  for (let k = 0; k < found.length; k += 3) spans.push(texts[found[k]!]!.slice(found[k + 1], found[k + 2]));
  return spans;
}

describe('the start-up bench floor', () => {
  test('finds aliases in any case, the longest at a word, in each text it is sent', () => {
    expect(
      answer(['Lithium and rare earth elements, not cobalt-free.', 'Under the USMCA, LEAD prices rose.']),
    ).toEqual(['Lithium', 'rare earth elements', 'USMCA', 'LEAD']);
  });

  test('finds nothing where no alias is', () => {
    expect(answer(['The weather was fine on Tuesday.', ''])).toEqual([]);
  });
});
