import { describe, expect, it } from 'vitest';
import { MATCH_INDEX } from '@/lib/dataset/match-index-data';
import { compileMatcherData } from '@/lib/recognize/compile-matcher';
import { instantiateMatcher } from '@/lib/recognize/instantiate-matcher';
import type { MatchIndex } from '@/lib/recognize/match-index';
import { scanCandidates } from '@/lib/recognize/scan-candidates';

// Every page that loads the recognizer instantiates the matcher; a page names a few of its 980
// keys, so the entries of the rest must cost it nothing. Counted as reads of the index's terms,
// which making an alias entry needs and nothing else at instantiation does.

describe('the instantiated matcher', () => {
  const data = compileMatcherData(MATCH_INDEX);

  /** The shipped index, its terms counting the reads of a term. */
  function countingIndex(): { index: MatchIndex; reads: () => number } {
    let reads = 0;
    const terms = new Proxy(MATCH_INDEX.terms, {
      get(target, property, receiver) {
        if (typeof property === 'string' && /^\d+$/.test(property)) reads++;
        return Reflect.get(target, property, receiver) as unknown;
      },
    });
    return { index: { ...MATCH_INDEX, terms }, reads: () => reads };
  }

  it('makes the alias entries of the keys a page names, when the scan finds them, and no others', () => {
    const { index, reads } = countingIndex();
    const matcher = instantiateMatcher(index, data);
    expect(reads()).toBe(0);
    const found = scanCandidates(matcher, 'Lithium and cobalt prices rose.');
    expect(found.map((c) => c.entry.term.id)).toEqual(['lithium', 'cobalt']);
    expect(reads()).toBeLessThan(20);
    const again = scanCandidates(matcher, 'Lithium and cobalt prices rose.');
    expect(again.map((c) => c.entry)).toEqual(found.map((c) => c.entry));
  });

  it('lists every key with its entries, as the build wrote them', () => {
    const matcher = instantiateMatcher(MATCH_INDEX, data);
    expect([...matcher.entries.keys()]).toEqual(data.entries.map(([key]) => key));
    for (const [key, ats] of data.entries)
      expect(matcher.entries.get(key)!.map((e) => [e.term.id, e.alias.text])).toEqual(
        ats.map((at) => {
          const term = MATCH_INDEX.terms[data.aliases[at]![0]]!;
          return [term.id, term.aliases[data.aliases[at]![1]]!.text];
        }),
      );
    expect(matcher.entries.get('not a key')).toBeUndefined();
  });
});
