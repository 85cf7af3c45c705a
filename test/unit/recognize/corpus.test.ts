import { describe, expect, it } from 'vitest';
import { compileMatcher, type Matcher } from '@/lib/recognize';
import {
  corpusIndexPath,
  type CorpusScore,
  loadCorpusIndex,
  precision,
  recall,
  scoreCorpus,
  tally,
} from '../../corpus/evaluate-corpus';
import { parseBlock, readCorpus } from '../../corpus/parse-corpus';

const MIN_PRECISION = 0.97;
const MIN_RECALL = 0.95;
const index = loadCorpusIndex();

describe('corpus format', () => {
  it('reads labels, explicit term ids and escapes', () => {
    const block = parseBlock('El [[T\\u2011MEC]] y la [[plata|silver]] de\\u00ADl año', 3);
    expect(block.text).toBe('El T\u2011MEC y la plata de\u00ADl año');
    expect(block.gold).toEqual([
      { start: 3, end: 8, surface: 'T\u2011MEC', termId: undefined },
      { start: 14, end: 19, surface: 'plata', termId: 'silver' },
    ]);
  });

  it('holds enough pages in both languages', () => {
    const pages = readCorpus();
    expect(pages.filter((p) => p.lang === 'en').length).toBeGreaterThanOrEqual(10);
    expect(pages.filter((p) => p.lang === 'es').length).toBeGreaterThanOrEqual(10);
  });
});

describe.skipIf(!index)(`corpus score against ${corpusIndexPath()}`, () => {
  // Collected even when skipped: build lazily, only when a test runs.
  let scored: { matcher: Matcher; score: CorpusScore } | undefined;
  const run = () => {
    if (!scored) {
      const matcher = compileMatcher(index!);
      scored = { matcher, score: scoreCorpus(matcher, readCorpus()) };
    }
    return scored;
  };

  it('has at least 150 true mentions and 100 traps', () => {
    const { score } = run();
    expect(score.trueMentions).toBeGreaterThanOrEqual(150);
    expect(score.traps).toBeGreaterThanOrEqual(100);
  });

  for (const lang of ['en', 'es'] as const) {
    for (const group of ['minerals', 'policy'] as const) {
      it(`reaches ${MIN_PRECISION} precision and ${MIN_RECALL} recall on ${lang} ${group}`, () => {
        const { score } = run();
        const t = tally(score.outcomes, (o) => o.lang === lang && o.group === group);
        const wrong = score.outcomes
          .filter((o) => o.lang === lang && o.group === group && o.verdict !== 'hit')
          .map((o) => `${o.verdict}: ${o.file}:${o.line} ${o.context} (${o.reason})`);
        expect(t.hits + t.misses, 'gold mentions').toBeGreaterThanOrEqual(20);
        expect(precision(t), wrong.join('\n')).toBeGreaterThanOrEqual(MIN_PRECISION);
        expect(recall(t), wrong.join('\n')).toBeGreaterThanOrEqual(MIN_RECALL);
      });
    }
  }

  it("keeps each match regex under V8's 20 kB optimisation limit", () => {
    expect(run().matcher.stats.longestRegex).toBeLessThan(20 * 1024);
  });
});
