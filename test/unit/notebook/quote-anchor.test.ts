import { describe, expect, test } from 'vitest';
import { anchorQuote, type AnchorWork } from '@/lib/notebook/quote-anchor';
import type { TextQuoteSelector } from '@/lib/notebook/records';

// The quote link's fallback: a kept quote found again in a page's text when the page changed.

const selector = (prefix: string, exact: string, suffix: string): TextQuoteSelector => ({
  type: 'TextQuoteSelector',
  prefix,
  exact,
  suffix,
});

const QUOTE = selector(' a councillor noted that the ', 'graphite', ' plant on the ring road will');
const found = (text: string, s = QUOTE) => {
  const span = anchorQuote(text, s);
  return span && { text: text.slice(span.start, span.end), start: span.start };
};

describe('anchoring a kept quote in the page’s text', () => {
  test('found with its prefix and suffix', () => {
    const text =
      'Late in the meeting, a councillor noted that the graphite plant on the ring road will hire.';
    expect(found(text)).toEqual({ text: 'graphite', start: text.indexOf('graphite') });
  });

  test('found when its prefix changed, the spaces of the page read as one', () => {
    const page =
      'Some graphite news. At the end, one member said the\n   graphite plant on the   ring road will hire.';
    const text = page.replace(/\s+/g, ' ');
    expect(found(text)).toEqual({ text: 'graphite', start: text.indexOf('graphite plant') });
  });

  test('of several occurrences, the one whose surroundings agree best', () => {
    const text =
      'Graphite prices fell; graphite exports rose. ' +
      'The council says the graphite plant on the ring road will hire. ' +
      'Other graphite news.';
    expect(found(text)!.start).toBe(text.indexOf('graphite plant'));
    // Only a prefix to go by: it still picks the occurrence it agrees with.
    const byPrefix = selector('exports rose. Other ', 'graphite', '');
    expect(found(text, byPrefix)!.start).toBe(text.lastIndexOf('graphite'));
  });

  test('nothing when the exact text is gone', () => {
    expect(anchorQuote('The council discussed buses and bridges.', QUOTE)).toBeNull();
    expect(anchorQuote('Anything at all.', selector('a', ' ', 'b'))).toBeNull();
  });

  test('linear in the text: twice the text, at most twice the characters compared', () => {
    const work = (copies: number): number => {
      const count: AnchorWork = { compared: 0 };
      const text =
        'the graphite stocks rose; '.repeat(copies) + 'noted that the graphite plant on the ring road will';
      expect(anchorQuote(text, QUOTE, count)!.start).toBe(text.lastIndexOf('graphite'));
      return count.compared;
    };
    const small = work(5_000);
    const large = work(10_000);
    expect(small).toBeGreaterThan(5_000);
    expect(large).toBeLessThanOrEqual(2 * small + 200);
  });
});
