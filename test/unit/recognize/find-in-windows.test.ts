import { describe, expect, it } from 'vitest';
import {
  compileMatcher,
  createPageContext,
  findInWindows,
  findMentions,
  type Mention,
} from '@/lib/recognize';
import { planWindows } from '@/lib/recognize/text-windows';
import { loadCorpusIndex } from '../../corpus/evaluate-corpus';
import { readCorpus } from '../../corpus/parse-corpus';

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
