import { describe, expect, it } from 'vitest';
import { compileMatcher, createPageContext, findInWindows, type Mention } from '@/lib/recognize';
import { applyJudgement, judgeBlock, type BlockJudgement } from '@/lib/recognize/block-judgement';
import { rescoreMentions } from '@/lib/recognize/find-mentions';
import { loadCorpusIndex } from '../../corpus/evaluate-corpus';
import { readCorpus } from '../../corpus/parse-corpus';

// The background judges a block's text and the page decides under its own evidence
// (block-judgement.ts): the page must end up with exactly the mentions, confidences and reasons it
// would have had judging the block itself, block after block, and again once the page is known.
const index = loadCorpusIndex();

const summary = (mentions: readonly Mention[]) =>
  mentions.map((m) => `${m.start}-${m.end} ${m.termId} ${m.text} ${m.confidence} ${JSON.stringify(m.why)}`);

const run = <T>(steps: Generator<unknown, T, undefined>): T => {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
};

/** Through JSON, as Chrome carries a message: nothing may ride on a Map, a Set or a prototype. */
const carried = (judgement: BlockJudgement): BlockJudgement => JSON.parse(JSON.stringify(judgement));

describe.skipIf(!index)('judged in the background, decided on the page', () => {
  const matcher = index && compileMatcher(index);
  const pages = readCorpus().map((page) => page.blocks.map((b) => b.text));

  it('gives each page of the corpus the mentions it gives judging on the page, before and after rescoring', () => {
    let mentions = 0;
    for (const blocks of [...pages, pages.flat()]) {
      const local = createPageContext();
      const remote = createPageContext();
      const keys = blocks.map(() => ({}));
      const here = blocks.map((text, i) =>
        [...findInWindows(matcher!, text, { threshold: 0, page: local, blockKey: keys[i] })].flat(),
      );
      const there = blocks.map((text, i) =>
        applyJudgement(text, carried(run(judgeBlock(matcher!, text))), remote, keys[i]),
      );
      expect(there.map(summary)).toEqual(here.map(summary));
      expect(remote.revision).toBe(local.revision);
      // What the engine does once the page's evidence has moved: decide every block again.
      const again = (ms: Mention[][], page: typeof local) =>
        ms.map((m, i) => summary(rescoreMentions(m, { threshold: 0, page, blockKey: keys[i] })));
      expect(again(there, remote)).toEqual(again(here, local));
      mentions += here.flat().length;
    }
    expect(mentions).toBeGreaterThan(1000);
  });

  it('judges a block of many windows as the page would, and in steps', () => {
    const text = pages.flat().join(' ').repeat(3);
    expect(text.length).toBeGreaterThan(20_000);
    const local = createPageContext();
    const here = [...findInWindows(matcher!, text, { threshold: 0, page: local, blockKey: 'b' })].flat();
    const steps = judgeBlock(matcher!, text, ['en', 'es']);
    let count = 0;
    for (let step = steps.next(); ; step = steps.next(), count++) {
      if (!step.done) continue;
      const remote = createPageContext();
      expect(summary(applyJudgement(text, carried(step.value), remote, 'b'))).toEqual(summary(here));
      break;
    }
    expect(count).toBeGreaterThan(5);
  });

  it('maps a block it judges in one window back to the page text, as the page would', () => {
    // Soft hyphens, zero-width spaces and decomposed accents are read canonically (canonical-text.ts):
    // the background's judgement must point at the same characters of the page's own text.
    const blocks = [
      'Lith\u00ADium and co\u0301balt prices rose; lead\u200B singer Tin Lead said.',
      'LEAD AND ZINC OUTPUT FALLS',
      'El li\u0301tio y el plomo: the lead-acid battery, silver\u00AD medal',
    ];
    const local = createPageContext();
    const remote = createPageContext();
    for (const [i, text] of blocks.entries()) {
      const here = [...findInWindows(matcher!, text, { threshold: 0, page: local, blockKey: i })].flat();
      const there = applyJudgement(text, carried(run(judgeBlock(matcher!, text))), remote, i);
      expect(summary(there)).toEqual(summary(here));
      expect(here.length).toBeGreaterThan(0);
    }
  });

  it('keeps to the languages asked for', () => {
    const text = 'El litio y el cobre suben; lithium and copper rise.';
    const page = createPageContext();
    const terms = (langs: ('en' | 'es')[]) =>
      applyJudgement(text, run(judgeBlock(matcher!, text, langs)), page, 'x').map((m) => m.text);
    expect(terms(['en'])).toEqual(['lithium', 'copper']);
    expect(terms(['es', 'en'])).toEqual(['litio', 'cobre', 'lithium', 'copper']);
  });
});
