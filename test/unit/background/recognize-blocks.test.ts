import { describe, expect, test, vi } from 'vitest';
import { answerBackgroundMessages } from '@/lib/background/background-messages';
import { createBlockRecognizer } from '@/lib/background/recognize-blocks';
import type { MessageEvents } from '@/lib/messaging/handle-messages';
import { createPageContext } from '@/lib/recognize';
import { applyJudgement, type BlockJudgement } from '@/lib/recognize/block-judgement';
import { GLOBAL_AFTER_CHARS } from '@/lib/recognize/key-matches';

// The background judges frames' text with the shipped matcher, in slices, and only for a frame's
// content script.

const ORIGIN = 'chrome-extension://lens/';
const TEXTS = [
  'Lithium prices fell as Chile raised output; cobalt from Congo held steady.',
  'She won a silver medal and will lead the team.',
  'Las exportaciones de litio y cobre de México crecieron.',
];

const termsOf = (judged: BlockJudgement[]) => {
  const page = createPageContext();
  return judged.map((j, i) =>
    applyJudgement(TEXTS[i]!, j, page, i)
      .filter((m) => m.confidence >= 0.5)
      .map((m) => m.termId),
  );
};

describe('createBlockRecognizer', () => {
  test('judges each block with the shipped matcher, in the languages asked for', async () => {
    const recognize = createBlockRecognizer();
    expect(termsOf(await recognize(TEXTS, ['en', 'es']))).toEqual([
      ['lithium', 'cobalt'],
      [],
      ['lithium', 'copper'],
    ]);
    expect(termsOf(await recognize(TEXTS, ['en']))[2]).toEqual([]);
  });

  test('gives the thread back between slices, with the same result', async () => {
    let clock = 0;
    const slow = createBlockRecognizer(() => (clock += 25)); // Every step overruns its slice.
    const timeout = vi.spyOn(globalThis, 'setTimeout');
    const long = TEXTS.join(' ').repeat(400);
    const [judged] = await slow([long], ['en', 'es']);
    expect(timeout.mock.calls.length).toBeGreaterThan(5);
    timeout.mockRestore();
    const [again] = await createBlockRecognizer()([long], ['en', 'es']);
    expect(judged).toEqual(again);
  });

  test('reads the clock once per thousand characters of short blocks, not once per block', async () => {
    let readings = 0;
    const counted = createBlockRecognizer(() => (readings++, 0));
    const texts = Array.from({ length: 200 }, (_, i) => TEXTS[i % TEXTS.length]!);
    const judged = await counted(texts, ['en', 'es']);
    const chars = texts.reduce((n, t) => n + t.length, 0);
    expect(readings).toBeLessThanOrEqual(1 + Math.ceil(chars / 1000));
    expect(judged).toEqual(await createBlockRecognizer()(texts, ['en', 'es']));
  });

  test("never compiles every key's regex at once, however much text it has judged", async () => {
    // Past GLOBAL_AFTER_CHARS, a frame's key finder compiles some 20 kB regexes: the worker, read by
    // every frame, would pass it within a few long pages, and judged no faster with them.
    const recognize = createBlockRecognizer();
    const text = 'Prices of the metal rose as miners cut output in the north. '.repeat(120);
    const texts = Array.from({ length: 256 }, () => text);
    const Real = RegExp;
    let longest = 0;
    globalThis.RegExp = new Proxy(Real, {
      construct(target, args: [string | RegExp, string?]) {
        const regex = Reflect.construct(target, args) as RegExp;
        longest = Math.max(longest, regex.source.length);
        return regex;
      },
    });
    try {
      for (let read = 0; read <= GLOBAL_AFTER_CHARS; read += text.length * texts.length)
        await recognize(texts, ['en', 'es']);
    } finally {
      globalThis.RegExp = Real;
    }
    expect(longest).toBeLessThan(2_000);
  });
});

describe('recognize/blocks', () => {
  function background() {
    let listener: Parameters<MessageEvents['addListener']>[0] | undefined;
    const events: MessageEvents = {
      addListener: (l) => void (listener = l),
      removeListener: () => undefined,
    };
    const recognize = vi.fn(async () => [] as BlockJudgement[]);
    answerBackgroundMessages({
      writers: {} as never,
      entries: async () => null,
      recognize,
      notebook: async () => undefined,
      runtime: { id: 'lens', getURL: (path: string) => ORIGIN + path.replace(/^\//, '') },
      tabs: {} as never,
      events,
    });
    const deliver = (message: object, sender: object) => listener!(message, { id: 'lens', ...sender });
    return { deliver, recognize };
  }
  const request = { type: 'recognize/blocks', texts: TEXTS, languages: ['en'] };

  test("answers a frame's content script", async () => {
    const { deliver, recognize } = background();
    const frame = {
      url: 'https://news.example/a',
      tab: { id: 4, url: 'https://news.example/a' },
      frameId: 2,
    };
    expect(await deliver(request, frame)).toEqual([]);
    expect(recognize).toHaveBeenCalledWith(TEXTS, ['en']);
  });

  test('refuses other senders and malformed requests', async () => {
    const { deliver, recognize } = background();
    expect(await deliver(request, { url: `${ORIGIN}popup.html` })).toBeUndefined();
    const frame = { url: 'https://news.example/a', tab: { id: 4, url: 'https://news.example/a' } };
    expect(await deliver({ ...request, texts: [1] }, frame)).toBeUndefined();
    expect(await deliver({ ...request, texts: Array(300).fill('x') }, frame)).toBeUndefined();
    expect(await deliver({ ...request, languages: ['de'] }, frame)).toBeUndefined();
    expect(recognize).not.toHaveBeenCalled();
  });
});
