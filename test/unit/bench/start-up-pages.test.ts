import { describe, expect, test } from 'vitest';
import { loadMatcherData, loadMatchIndex } from '@/lib/dataset/matcher-data';
import { defaultEngineOptions } from '@/lib/page/engine-options';
import { createPageContext, findInWindows, instantiateMatcher, type Mention } from '@/lib/recognize';
import { rescoreMentions } from '@/lib/recognize/find-mentions';
import { SURE_NAME } from '@/lib/recognize/name-kind';
import { createNameTest, type NameStarts } from '@/lib/recognize/name-starts';
import starts from '@/data/generated/name-starts.json';
import { startUpPages, startUpTexts } from '../../../scripts/bench/start-up-pages';

// The start-up bench's pages (scripts/bench/start-up-pages.ts) stand for what readers open: the
// "none" page must really name no term at the default threshold, or its figure is not a no-term
// page's, and it must hold the trap words real news is full of, or it measures nothing the probe does.

const matcher = instantiateMatcher(loadMatchIndex(), loadMatcherData());
const { threshold, languages } = defaultEngineOptions();

/** What the recognizer keeps over a page's blocks, one page context, decided again at the end. */
function kept(blocks: readonly string[]): Mention[] {
  const page = createPageContext();
  const found = blocks.map((text, i) =>
    [...findInWindows(matcher, text, { threshold: 0, languages, page, blockKey: i })].flat(),
  );
  return found
    .flatMap((ms, i) => rescoreMentions(ms, { threshold: 0, page, blockKey: i }))
    .filter((m) => m.confidence >= threshold);
}

describe('the start-up pages', () => {
  const { none, plain, article } = startUpTexts();
  const words = (blocks: string[]) => blocks.join(' ').split(/\s+/).filter(Boolean).length;

  test('"none": some 1,500 words of news with trap words, and not one mention', () => {
    expect(words(none)).toBeGreaterThanOrEqual(1500);
    expect(words(none)).toBeLessThan(1600);
    const candidates = none.flatMap((text) =>
      [...findInWindows(matcher, text, { threshold: 0, languages })].flat(),
    );
    expect(candidates.length).toBeGreaterThan(10);
    expect(kept(none).map((m) => m.text)).toEqual([]);
    // Only ambiguous words may start a name there: the content script probes it rather than load the engine.
    const kindOf = createNameTest(starts as unknown as NameStarts);
    expect(none.some((text) => kindOf(text) === SURE_NAME)).toBe(false);
  });

  test('"plain" names one term ("platinum coins"), and the article many, some of them sure names from its first paragraph', () => {
    expect(kept(plain).map((m) => m.text)).toEqual(['platinum']); // "platinum coins"
    expect(kept(article).length).toBeGreaterThan(30);
    const kindOf = createNameTest(starts as unknown as NameStarts);
    // Its headline is in title case ("Lock In Lithium"), its first paragraph names lithium plainly.
    expect(kindOf(article.slice(0, 2).join('\n'))).toBe(SURE_NAME);
    expect(startUpPages().pages.map((p) => p.name)).toContain('none');
  });
});
