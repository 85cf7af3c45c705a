// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { MAX_PROBE_CHARS } from '@/lib/messaging/probe-limits';
import type { ProbeAnswer } from '@/lib/background/probe-frame';
import { probeFrame } from '@/lib/page/probe-frame';
import type { BlockJudgement } from '@/lib/recognize/block-judgement';
import { createProbeLoop } from '@/lib/page/probe-loop';
import { collectBlocks } from '@/lib/page/text-blocks';

// A frame whose only possible names are ambiguous words sends its text to the background before it
// loads the engine (lib/page/probe-frame.ts). The background must judge what the engine would: the
// same blocks, inline markup joined, skipped elements left out, shadow roots read after the page.
// Told no, the frame stays small; no answer, or too much text, and the engine loads and decides.

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const live = () => new AbortController().signal;

test("sends the engine's own blocks: inline markup joined, code and inputs left out, shadow roots last", async () => {
  document.body.innerHTML =
    '<p>The <b>lead</b> miners <a href="#">struck</a>.</p><div>Tin<br>cans</div><pre>lead = 1</pre>' +
    '<input value="lead"><div id="host"></div><p>After.</p>';
  document.getElementById('host')!.attachShadow({ mode: 'open' }).innerHTML = '<p>Silver in a shadow.</p>';
  const ask = vi.fn(async (): Promise<ProbeAnswer> => false);
  expect(await probeFrame(document, ask, live())).toBe(false);
  const shadow = document.getElementById('host')!.shadowRoot!;
  const engine = [...collectBlocks(document.body), ...collectBlocks(shadow)].map((b) => b.text);
  expect(ask.mock.calls).toEqual([[engine]]);
  expect(engine).toEqual(['The lead miners struck.', 'Tin\ncans', 'After.', 'Silver in a shadow.']);
});

const LEAD_JUDGED: BlockJudgement = {
  candidates: [['lead', 'mineral', 'base-metal', 0, 4, { local: 1, pageSensitive: true, reasons: [] }]],
  evidence: null,
};

test("loads the engine when the background says yes, with the background's judgements of the blocks it sent", async () => {
  document.body.innerHTML = '<p>Lead</p>';
  const yes = { languages: ['en' as const], judged: [LEAD_JUDGED] };
  expect(await probeFrame(document, async () => yes, live())).toEqual({ ...yes, texts: ['Lead'] });
  // A yes whose judgements do not match the blocks sent still loads the engine, which asks again.
  expect(await probeFrame(document, async () => ({ languages: ['en'], judged: [] }), live())).toBe(true);
});

test('loads the engine when the background does not answer, or fails', async () => {
  document.body.innerHTML = '<p>Lead</p>';
  expect(await probeFrame(document, async () => undefined, live())).toBe(true);
  expect(await probeFrame(document, () => Promise.reject(new Error('gone')), live())).toBe(true);
});

describe('a megabyte of text', () => {
  const paragraph = `<p>${'The council met on Tuesday to talk about the lead in the polls. '.repeat(4)}</p>`;

  test('is read a slice at a time, and past the limit loads the engine without asking', async () => {
    document.body.innerHTML = paragraph.repeat(Math.ceil(MAX_PROBE_CHARS / 256) + 50);
    // Each look at the clock moves it a millisecond on.
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (clock += 1));
    const timeout = vi.spyOn(globalThis, 'setTimeout');
    const ask = vi.fn(async (): Promise<ProbeAnswer> => false);
    expect(await probeFrame(document, ask, live())).toBe(true);
    expect(ask).not.toHaveBeenCalled();
    expect(timeout.mock.calls.length).toBeGreaterThan(10);
  });

  test('under the limit, is sent whole, after several slices', async () => {
    document.body.innerHTML = paragraph.repeat(2000);
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (clock += 1));
    const timeout = vi.spyOn(globalThis, 'setTimeout');
    const ask = vi.fn(async (texts: string[]): Promise<ProbeAnswer> => texts.length === 2000 && false);
    expect(await probeFrame(document, ask, live())).toBe(false);
    expect(ask).toHaveBeenCalledTimes(1);
    expect(timeout.mock.calls.length).toBeGreaterThan(5);
  });
});

describe('the probe loop', () => {
  test('probes again what the page adds while a probe is out, once, and loads on the first yes', async () => {
    document.body.innerHTML = '<p>Lead</p>';
    const answers: ProbeAnswer[] = [false, { languages: ['en'], judged: [LEAD_JUDGED, LEAD_JUDGED] }];
    const asked: string[][] = [];
    let release!: () => void;
    const ask = vi.fn((texts: string[]) => {
      asked.push(texts);
      const answer = answers.shift()!;
      return new Promise<ProbeAnswer>((resolve) => (release = () => resolve(answer)));
    });
    const load = vi.fn();
    const probe = createProbeLoop(document, ask, load, live(), () => undefined);
    probe();
    await flush();
    document.body.insertAdjacentHTML('beforeend', '<p>Lead ore from the mine.</p>');
    probe();
    probe();
    release();
    await flush();
    expect(load).not.toHaveBeenCalled();
    release();
    await flush();
    expect(asked).toEqual([['Lead'], ['Lead', 'Lead ore from the mine.']]);
    expect(load).toHaveBeenCalledTimes(1);
    expect(load).toHaveBeenCalledWith({
      languages: ['en'],
      texts: ['Lead', 'Lead ore from the mine.'],
      judged: [LEAD_JUDGED, LEAD_JUDGED],
    });
  });

  test('probes again when the settings change, after a no; a frame never probed does not listen', async () => {
    document.body.innerHTML = '<p>Lead</p>';
    const ask = vi.fn(async (): Promise<ProbeAnswer> => false);
    let changed: (() => void) | undefined;
    const watchSettings = vi.fn((callback: () => void) => void (changed = callback));
    const probe = createProbeLoop(document, ask, vi.fn(), live(), watchSettings);
    expect(watchSettings).not.toHaveBeenCalled();
    probe();
    await flush();
    expect(ask).toHaveBeenCalledTimes(1);
    changed!();
    await flush();
    expect(ask).toHaveBeenCalledTimes(2);
    expect(watchSettings).toHaveBeenCalledTimes(1);
  });
});
