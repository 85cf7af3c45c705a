import { describe, expect, test, vi } from 'vitest';
import { answerBackgroundMessages } from '@/lib/background/background-messages';
import { createNameTester } from '@/lib/background/name-test';
import { createFrameProbe, showsAnyMention, type ProbeAnswer } from '@/lib/background/probe-frame';
import { createBlockRecognizer } from '@/lib/background/recognize-blocks';
import { loadMatcherData, loadMatchIndex } from '@/lib/dataset/matcher-data';
import type { MessageEvents } from '@/lib/messaging/handle-messages';
import { MAX_NAME_TEST_CHARS, MAX_PROBE_BLOCKS, MAX_PROBE_CHARS } from '@/lib/messaging/probe-limits';
import { colourOf, defaultEngineOptions, type EngineOptions } from '@/lib/page/engine-options';
import { createPageContext, findInWindows, instantiateMatcher, type Mention } from '@/lib/recognize';
import { rescoreMentions } from '@/lib/recognize/find-mentions';
import { AMBIGUOUS_NAME, NO_NAME, SURE_NAME } from '@/lib/recognize/name-kind';
import { defaultSettings } from '@/lib/settings/schema';
import { readCorpus } from '../../corpus/parse-corpus';

// A frame whose only possible names are ambiguous words asks the background whether the engine
// would show anything (lib/background/probe-frame.ts) and, told no, never loads it. A wrong "no"
// loses the reader's highlights on that page, so the probe must agree with the recognizer itself,
// run over the same blocks as the page engine runs it (findInWindows under one page context, then
// every block decided again once the page is known), on every page of the corpus and every block
// of it taken as a page of its own, under the defaults, with categories off and a raised threshold.

const matcher = instantiateMatcher(loadMatchIndex(), loadMatcherData());
const recognize = createBlockRecognizer();

/** What the page engine would accept: kept at the threshold, in a category that is on. */
function recognizerKeeps(texts: readonly string[], options: EngineOptions): boolean {
  const accepted = (m: Mention) =>
    m.confidence >= options.threshold && colourOf(options, m.category) !== null;
  const page = createPageContext();
  const { languages } = options;
  const found = texts.map((text, i) =>
    [...findInWindows(matcher, text, { threshold: 0, languages, page, blockKey: i })].flat(),
  );
  // As each block is painted, and as the page stands once every block is heard.
  if (found.some((mentions) => mentions.some(accepted))) return true;
  return found.some((mentions, i) =>
    rescoreMentions(mentions, { threshold: 0, page, blockKey: i }).some(accepted),
  );
}

const corpus = readCorpus();
const pages = [
  ...corpus.map((page) => page.blocks.map((b) => b.text)),
  ...corpus.flatMap((page) => page.blocks.map((b) => [b.text])),
];

const defaults = defaultEngineOptions();
const withOff = (slugs: readonly string[]): EngineOptions => ({
  ...defaults,
  colours: Object.fromEntries(
    Object.entries(defaults.colours).map(([slug, colour]) => [slug, slugs.includes(slug) ? null : colour]),
  ),
});
const CASES: [string, EngineOptions][] = [
  ['the defaults', defaults],
  ['a raised threshold', { ...defaults, threshold: 0.8 }],
  ['the metals off', withOff(['base-metal', 'precious-metal', 'platinum-group-metal', 'battery-metal'])],
  [
    'every policy category off',
    withOff(['law', 'executive-action', 'agreement', 'agency', 'export-control', 'event', 'concept']),
  ],
  ['English only', { ...defaults, languages: ['en'] }],
];

describe('the probe agrees with the recognizer', { timeout: 120_000 }, () => {
  test.each(CASES)('on every corpus page and block, under %s', async (_, options) => {
    const said = { yes: 0, no: 0 };
    for (const texts of pages) {
      const probe = showsAnyMention(texts, await recognize(texts, options.languages), options);
      expect(probe, texts.join('\n').slice(0, 200)).toBe(recognizerKeeps(texts, options));
      said[probe ? 'yes' : 'no']++;
    }
    // Both answers are tested, often.
    expect(said.yes).toBeGreaterThan(50);
    expect(said.no).toBeGreaterThan(50);
  });
});

describe('createFrameProbe', () => {
  const TEXTS = ['Lead mining in the region resumed as smelters took more lead concentrate and ore.'];
  const settingsWith = (change: object) => async () => ({ settings: { ...defaultSettings(), ...change } });

  test("reads the user's settings and the frame's site each time it is asked", async () => {
    // Yes comes with the judgements made to say it, so the frame's engine need not ask for them.
    expect(await createFrameProbe(recognize, settingsWith({}))(TEXTS, 'https://news.test/a')).toEqual({
      languages: defaultSettings().languages,
      judged: await recognize(TEXTS, defaultSettings().languages),
    });
    expect(
      await createFrameProbe(recognize, settingsWith({ enabled: false }))(TEXTS, 'https://news.test/a'),
    ).toBe(false);
    const probeWith = (change: object, url = 'https://news.test/a') =>
      createFrameProbe(recognize, settingsWith(change))(TEXTS, url);
    expect(await probeWith({ sites: ['news.test'] })).toBe(false);
    expect(await probeWith({ sites: ['news.test'] }, 'https://other.test/a')).toBeTruthy();
    expect(await probeWith({ categories: { 'base-metal': { enabled: false } } })).toBe(false);
  });

  test('says no to a sports page full of trap words', async () => {
    const sport = ['She took the lead in the second half and won silver; the tin cup went to China.'];
    expect(await createFrameProbe(recognize, settingsWith({}))(sport, 'https://news.test/a')).toBe(false);
  });
});

function background() {
  let listener: Parameters<MessageEvents['addListener']>[0] | undefined;
  const events: MessageEvents = {
    addListener: (l) => void (listener = l),
    removeListener: () => undefined,
  };
  const probe = vi.fn(async (): Promise<ProbeAnswer> => false);
  answerBackgroundMessages({
    writers: {} as never,
    entries: async () => null,
    recognize: async () => [],
    probe,
    testNames: createNameTester(),
    notebook: async () => undefined,
    runtime: { id: 'lens', getURL: (path: string) => `chrome-extension://lens/${path.replace(/^\//, '')}` },
    tabs: {} as never,
    events,
  });
  const deliver = (message: object, sender: object) => listener!(message, { id: 'lens', ...sender });
  return { deliver, probe };
}
const frame = { url: 'https://news.test/a', tab: { id: 4, url: 'https://news.test/' }, frameId: 2 };

describe('probe/frame', () => {
  test("answers a frame's content script, judged for the frame's own address", async () => {
    const { deliver, probe } = background();
    expect(await deliver({ type: 'probe/frame', texts: ['Lead'] }, frame)).toBe(false);
    expect(probe).toHaveBeenCalledWith(['Lead'], 'https://news.test/a');
  });

  test('refuses the panel, and a frame past the size limit', async () => {
    const { deliver, probe } = background();
    expect(
      await deliver({ type: 'probe/frame', texts: ['Lead'] }, { url: 'chrome-extension://lens/popup.html' }),
    ).toBe(undefined);
    const big = Array(11).fill('x'.repeat(MAX_PROBE_CHARS / 10));
    expect(await deliver({ type: 'probe/frame', texts: big }, frame)).toBeUndefined();
    expect(
      await deliver({ type: 'probe/frame', texts: Array(MAX_PROBE_BLOCKS + 1).fill('x') }, frame),
    ).toBeUndefined();
    expect(probe).not.toHaveBeenCalled();
  });
});

describe('name/test', () => {
  const { deliver } = background();
  test("tells a frame's content script what its text may name", async () => {
    const ask = (text: string) => deliver({ type: 'name/test', text }, frame);
    expect(await ask('Lithium prices fell.')).toBe(SURE_NAME);
    expect(await ask('The lead singer won silver.')).toBe(AMBIGUOUS_NAME);
    expect(await ask('The council met on Tuesday.')).toBe(NO_NAME);
  });

  test('refuses the panel, and a text past the size limit', async () => {
    const panel = { url: 'chrome-extension://lens/popup.html' };
    expect(await deliver({ type: 'name/test', text: 'Lithium' }, panel)).toBeUndefined();
    const long = `Lithium ${'x'.repeat(MAX_NAME_TEST_CHARS)}`;
    expect(await deliver({ type: 'name/test', text: long }, frame)).toBeUndefined();
  });
});
