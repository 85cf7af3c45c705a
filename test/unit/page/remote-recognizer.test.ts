import { describe, expect, it, vi } from 'vitest';
import { bindRecognizer, type Recognizer } from '@/lib/page/recognizer';
import { bindRemoteRecognizer } from '@/lib/page/remote-recognizer';
import { compileMatcher, createPageContext, findInWindows, type Mention } from '@/lib/recognize';
import { judgeBlock } from '@/lib/recognize/block-judgement';
import { rescoreMentions } from '@/lib/recognize/find-mentions';
import type { Lang } from '@/lib/recognize/match-index';
import { FIXTURE_INDEX } from '../recognize/fixture-index';

// The frame's recognizer when the background judges: the engine sees the same mentions as with
// a recognizer of its own, one message carries a run of blocks, and a lost background costs
// highlights, never an error.

const matcher = compileMatcher(FIXTURE_INDEX);
const TEXTS = [
  'Lithium output rose in Chile.',
  'Lead pipes were replaced; she will lead the team.',
  'Lithium and cobalt prices fell.',
];
const EN: readonly Lang[] = ['en'];

const run = <T>(steps: Generator<unknown, T, undefined>): T => {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
};

/** What the background answers, through JSON as Chrome carries it. */
const background = vi.fn(async (texts: readonly string[], languages: readonly Lang[]) =>
  JSON.parse(JSON.stringify(texts.map((text) => run(judgeBlock(matcher, text, languages))))),
);

async function mentionsOf(recognizer: Recognizer, text: string, key: object): Promise<Mention[]> {
  const found: Mention[] = [];
  for (const step of { [Symbol.iterator]: () => recognizer.find(text, EN, key) }) found.push(...(await step));
  return found;
}

const summary = (ms: readonly Mention[]) => ms.map((m) => `${m.start}-${m.end} ${m.termId} ${m.confidence}`);

describe('bindRemoteRecognizer', () => {
  it('gives the engine what a recognizer of its own gives, block after block and rescored', async () => {
    const local = bindRecognizer({
      compile: () => ({ next: () => ({ done: true, value: matcher }) }),
      findInWindows,
      rescoreMentions,
      createPageContext,
    });
    const remote = bindRemoteRecognizer(background, createPageContext);
    const keys = TEXTS.map(() => ({}));
    const here: Mention[][] = [];
    const there: Mention[][] = [];
    for (const [i, text] of TEXTS.entries()) {
      here.push(await mentionsOf(local, text, keys[i]!));
      there.push(await mentionsOf(remote, text, keys[i]!));
    }
    expect(there.map(summary)).toEqual(here.map(summary));
    expect(here.flat().length).toBeGreaterThan(3);
    expect(remote.revision()).toBe(local.revision());
    expect(summary(remote.rescore(there[1]!, keys[1]!))).toEqual(summary(local.rescore(here[1]!, keys[1]!)));
  });

  it('asks once for a run of blocks told ahead, and again only for a block it was not told of', async () => {
    background.mockClear();
    const remote = bindRemoteRecognizer(background, createPageContext);
    remote.lookAhead!(TEXTS, EN);
    for (const text of TEXTS) await mentionsOf(remote, text, {});
    expect(background).toHaveBeenCalledTimes(1);
    expect(background).toHaveBeenCalledWith(TEXTS, EN);
    await mentionsOf(remote, 'Cobalt, again.', {});
    expect(background).toHaveBeenCalledTimes(2);
    // Told ahead under other languages: judged under these, not taken from the run.
    remote.lookAhead!(TEXTS, ['es']);
    await mentionsOf(remote, TEXTS[0]!, {});
    expect(background).toHaveBeenCalledTimes(4);
    expect(background).toHaveBeenLastCalledWith([TEXTS[0]], EN);
  });

  it('once a run is answered, decides its blocks at once: one wait for the run, not one per block', async () => {
    const remote = bindRemoteRecognizer(background, createPageContext);
    const awaited = bindRemoteRecognizer(background, createPageContext);
    const keys = TEXTS.map(() => ({}));
    remote.lookAhead!(TEXTS, EN);
    awaited.lookAhead!(TEXTS, EN);
    const first = remote.find(TEXTS[0]!, EN, keys[0]!).next().value;
    expect(first).toBeInstanceOf(Promise);
    const found = [await first!];
    for (const [i, text] of TEXTS.entries()) {
      if (i === 0) continue;
      const step = remote.find(text, EN, keys[i]!).next().value;
      expect(step).not.toBeInstanceOf(Promise);
      found.push(step as Mention[]);
    }
    // What awaiting each block gives, under the same page.
    const expected: Mention[][] = [];
    for (const [i, text] of TEXTS.entries()) expected.push(await mentionsOf(awaited, text, keys[i]!));
    expect(found.map(summary)).toEqual(expected.map(summary));
  });

  it('finds nothing, without throwing, when the background does not answer', async () => {
    for (const judge of [
      async () => undefined,
      () => Promise.reject(new Error('Extension context invalidated.')),
    ]) {
      const remote = bindRemoteRecognizer(judge, createPageContext);
      remote.lookAhead!(TEXTS, EN);
      expect(await mentionsOf(remote, TEXTS[0]!, {})).toEqual([]);
      expect(await mentionsOf(remote, 'Lithium.', {})).toEqual([]);
    }
  });

  it('drops an answer that arrives after the page moved on (an SPA route change)', async () => {
    const remote = bindRemoteRecognizer(background, createPageContext);
    const pending = mentionsOf(remote, TEXTS[0]!, {});
    remote.startPage();
    expect(await pending).toEqual([]);
    expect(summary(await mentionsOf(remote, TEXTS[0]!, {}))).toHaveLength(1);
  });
  it('asks the background only for the blocks a probe did not judge, and decides the probed ones as it would', async () => {
    const probedTexts = TEXTS.slice(0, 2);
    const probed = { languages: EN, texts: probedTexts, judged: await background(probedTexts, EN) };
    const fresh = bindRemoteRecognizer(background, createPageContext);
    const seeded = bindRemoteRecognizer(background, createPageContext, probed);
    background.mockClear();
    seeded.lookAhead!(TEXTS, EN);
    const keys = TEXTS.map(() => ({}));
    const found: Mention[][] = [];
    for (const [i, text] of TEXTS.entries()) found.push(await mentionsOf(seeded, text, keys[i]!));
    expect(background.mock.calls).toEqual([[[TEXTS[2]], EN]]);
    const expected: Mention[][] = [];
    for (const [i, text] of TEXTS.entries()) expected.push(await mentionsOf(fresh, text, keys[i]!));
    expect(found.map(summary)).toEqual(expected.map(summary));
    // Under other languages the probe's judgements do not hold: the block is asked for.
    background.mockClear();
    await mentionsOf(seeded, TEXTS[0]!, {});
    expect(background).not.toHaveBeenCalled();
    await seeded.find(TEXTS[0]!, ['en', 'es'], {}).next().value;
    expect(background).toHaveBeenCalledTimes(1);
  });
});
