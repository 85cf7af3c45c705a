import { describe, expect, it } from 'vitest';
import {
  compileMatcher,
  createPageContext,
  findInWindows,
  findMentions,
  type Mention,
} from '@/lib/recognize';
import { MAX_AMBIGUOUS_PAINTED } from '@/lib/page/mention-store';
import { MAX_AMBIGUOUS_KEPT } from '@/lib/recognize/find-in-windows';
import { planWindows } from '@/lib/recognize/text-windows';
import { loadCorpusIndex } from '../../corpus/evaluate-corpus';
import { readCorpus } from '../../corpus/parse-corpus';
import { FIXTURE_INDEX } from './fixture-index';

// A huge block is recognised a window at a time (text-windows.ts); on ordinary text that must
// change nothing: the same mentions, judged the same, as one call over the whole block.
const index = loadCorpusIndex();

const summary = (mentions: readonly Mention[]) =>
  mentions.map((m) => `${m.start}-${m.end} ${m.termId} ${m.confidence}${m.held ? ' held' : ''}`);

describe('planWindows', () => {
  it('covers the text once, in order, each window reading a margin either side', () => {
    const text = 'Lithium prices rose. '.repeat(2000) + 'x'.repeat(30_000) + '\nCobalt fell.';
    const windows = planWindows(text, 4000, 500);
    expect(windows[0]!.from).toBe(0);
    expect(windows.at(-1)!.to).toBe(text.length);
    for (const [i, w] of windows.entries()) {
      if (i > 0) expect(w.from).toBe(windows[i - 1]!.to);
      expect(w.to - w.from).toBeLessThanOrEqual(4000);
      expect(w.readFrom).toBeLessThanOrEqual(w.from);
      expect(w.readTo).toBeGreaterThanOrEqual(w.to);
      expect(w.readTo - w.readFrom).toBeLessThanOrEqual(5000);
    }
  });

  it('is one window, the whole text, for an ordinary block', () => {
    expect(planWindows('Lithium prices rose.')).toEqual([{ from: 0, to: 20, readFrom: 0, readTo: 20 }]);
  });
});

describe.skipIf(!index)('findInWindows on ordinary text', () => {
  const matcher = index && compileMatcher(index);
  const pages = readCorpus().map((page) => page.blocks.map((b) => b.text).join('\n'));

  it('finds what one findMentions call over the whole block finds, page evidence included', () => {
    for (const text of [...pages, pages.join('\n')]) {
      const whole = findMentions(matcher!, text, { threshold: 0, page: createPageContext(), blockKey: {} });
      const page = createPageContext();
      const parts = [...findInWindows(matcher!, text, { threshold: 0, page, blockKey: {} }, 2000)];
      expect(summary(parts.flat())).toEqual(summary(whole));
    }
    // At the user's threshold too: what falls below it in one call falls below it in windows.
    const text = pages.join('\n');
    const kept = findMentions(matcher!, text, { threshold: 0.5, page: createPageContext(), blockKey: {} });
    const page = createPageContext();
    const parts = [...findInWindows(matcher!, text, { threshold: 0.5, page, blockKey: {} }, 2000)];
    expect(summary(parts.flat())).toEqual(summary(kept));
    expect(kept.length).toBeGreaterThan(100);
  });
});

// A hostile block ("lead tin lead…", 1 MB of it: 185,000 candidates) kept every candidate until
// the engine had stored, rescored and collected them all: the heap it held made the browser's
// garbage collection a 100-700 ms pause in the middle of the scan. Only the first of a block's
// ambiguous words can be painted or listed (MAX_AMBIGUOUS_PAINTED), so only the first
// MAX_AMBIGUOUS_KEPT are kept; every name is, wherever it stands.
describe.skipIf(!index)('one window of a block', () => {
  const matcher = index && compileMatcher(index);

  // A window judges only its own words (its margins are context), so it must still know what a
  // margin settles: "Lead" in "Mary Lead said" is a person, ruled out before its sentence is read,
  // and is then no evidence for the "tin" after it.
  it('judges its own words as the whole block does, whatever the margin settled', () => {
    for (const sentence of [
      'Analyst Mary Lead said tin prices rose.',
      'Analyst Mary Lead told me tin rose.',
    ]) {
      const text = 'Prices rose. '.repeat(20) + sentence;
      const whole = findMentions(matcher!, text, { threshold: 0 });
      for (let from = text.indexOf('Lead') + 1; from <= text.lastIndexOf('tin'); from++) {
        const window = { from, to: text.length, readFrom: 0, readTo: text.length };
        const part = findMentions(matcher!, text, { threshold: 0, window });
        expect(summary(part)).toEqual(summary(whole.filter((m) => m.start >= from)));
      }
    }
  });
});

describe('findInWindows on a hostile block', () => {
  const matcher = compileMatcher(FIXTURE_INDEX);
  const run = 'lead tin Lead the tin lead ';
  const half = run.repeat(Math.ceil(60_000 / run.length));
  const text = 'A sponsored note\n' + half + ' Lithium exports rose. ' + half;

  it('keeps the first MAX_AMBIGUOUS_KEPT ambiguous words, and every name', () => {
    const found = [
      ...findInWindows(matcher, text, { threshold: 0, page: createPageContext(), blockKey: {} }),
    ].flat();
    const words = found.filter((m) => m.termId !== 'lithium');
    expect(words).toHaveLength(MAX_AMBIGUOUS_KEPT);
    expect(words.at(-1)!.start).toBeLessThan(half.length); // the first ones, in text order
    expect(found.filter((m) => m.termId === 'lithium').map((m) => text.slice(m.start, m.end))).toEqual([
      'Lithium',
    ]);
    expect(MAX_AMBIGUOUS_KEPT).toBeGreaterThanOrEqual(MAX_AMBIGUOUS_PAINTED);
  });

  it('judges those it keeps as one call over the whole block would', () => {
    // In lines: a line longer than a window is the one thing windows read differently.
    const lines = text.replaceAll('lead the', 'lead\nthe');
    const options = () => ({ threshold: 0, page: createPageContext(), blockKey: {} });
    const whole = findMentions(matcher, lines, options());
    const found = [...findInWindows(matcher, lines, options())].flat();
    expect(found.length).toBeLessThan(whole.length);
    expect(summary(found)).toEqual(
      summary(whole.filter((m) => m.termId === 'lithium' || m.start <= found.at(-2)!.start)),
    );
  });
});
