// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createNameTester } from '@/lib/background/name-test';
import { MAX_NAME_TEST_CHARS, MAX_PROBE_CHARS, NAME_TEST_CHUNK } from '@/lib/messaging/probe-limits';
import { mayName } from '@/lib/page/frame-text';
import { whenNameMayAppear } from '@/lib/page/name-watch';
import { AMBIGUOUS_NAME, NO_NAME, SURE_NAME, type NameKind } from '@/lib/recognize/name-kind';

// The content script's bulk loads only into a frame whose text may name a term
// (entrypoints/content/index.ts): an ad frame or a page about something else must never load it,
// and a page that names a term anywhere, however its markup splits the words, always must.

afterEach(() => {
  document.body.innerHTML = '';
});

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
// The background's own test (`name/test`), answered as a message is: later, not in the call.
const testNames = createNameTester();
const ask = vi.fn((text: string) => Promise.resolve(testNames(text)));
const pageMayName = async () => (await mayName([document.documentElement], ask)) !== NO_NAME;
// Each test's watches end with it: one left watching would ask about the next test's page.
const watches: AbortController[] = [];
afterEach(() => {
  for (const watch of watches.splice(0)) watch.abort();
  ask.mockClear();
});
const watchNames = (signal: AbortSignal, onName: (kind: NameKind) => void) => {
  const watch = new AbortController();
  watches.push(watch);
  whenNameMayAppear(document, AbortSignal.any([signal, watch.signal]), onName, ask);
};

test('boxes, scripts, styles and prose about something else name nothing; a term anywhere does', async () => {
  document.body.innerHTML =
    '<div style="width:300px;height:250px"><img alt=""></div>\n  <script>var lithium = 1;</script>' +
    '<style>.cobalt{}</style><p>The council met on Tuesday.</p><p>El ayuntamiento se reunió.</p>';
  expect(await pageMayName()).toBe(false);
  document.body.insertAdjacentHTML('beforeend', '<p>Prices of <a href="#">lithium</a> fell.</p>');
  expect(await pageMayName()).toBe(true);
});

test('a term inside an open shadow root, or split by inline markup, is found', async () => {
  const host = document.createElement('div');
  host.attachShadow({ mode: 'open' }).innerHTML = '<p>Lithium prices fell.</p>';
  document.body.append(host);
  expect(await pageMayName()).toBe(true);
  for (const html of [
    '<p>Prices of lith<b>ium</b> fell.</p>',
    '<p>Export of <i>rare</i> earth elements.</p>',
    '<p>La <span>Secretaría</span> de Economía.</p>',
    '<p>Prices of lith&shy;<b>ium</b> fell.</p>',
  ]) {
    document.body.innerHTML = html;
    expect(await pageMayName(), html).toBe(true);
  }
});

test('a long page that names a term only at its end is read to the end', async () => {
  const filler = '<p>The council met on Tuesday to discuss the budget for the year.</p>'.repeat(2000);
  document.body.innerHTML = `${filler}<p>Then gallium.</p>`;
  expect(await pageMayName()).toBe(true);
  document.body.innerHTML = filler;
  expect(await pageMayName()).toBe(false);
});

test('text added later starts the bulk once, only when it may name a term', async () => {
  document.body.innerHTML = '<div id="slot"></div><p id="p">Prices of lith</p>';
  const onName = vi.fn();
  watchNames(new AbortController().signal, onName);
  document.getElementById('slot')!.innerHTML = '<p>The weather was fine.</p>';
  await flush();
  expect(onName).not.toHaveBeenCalled();
  // A word finished by a text node added beside it.
  document.getElementById('p')!.append('ium fell.');
  await flush();
  expect(onName).toHaveBeenCalledTimes(1);
  document.body.append('Cobalt too.');
  await flush();
  expect(onName).toHaveBeenCalledTimes(1);
});

test('text changed in place, or added in a shadow root seen at start, starts the bulk', async () => {
  document.body.innerHTML = '<p id="p">Nothing yet.</p>';
  const changed = vi.fn();
  watchNames(new AbortController().signal, changed);
  (document.getElementById('p')!.firstChild as Text).data = 'Nickel output rose.';
  await flush();
  expect(changed).toHaveBeenCalledTimes(1);

  document.body.innerHTML = '';
  const inShadow = vi.fn();
  const late = document.createElement('div');
  const lateShadow = late.attachShadow({ mode: 'open' });
  document.body.append(late);
  watchNames(new AbortController().signal, inShadow);
  lateShadow.innerHTML = '<p>Tungsten exports.</p>';
  await flush();
  expect(inShadow).toHaveBeenCalledTimes(1);
});

test('a frame that names a term starts once the background answers; an aborted wait never starts', async () => {
  document.body.innerHTML = '<p>Nickel</p>';
  const now = vi.fn();
  watchNames(new AbortController().signal, now);
  expect(now).not.toHaveBeenCalled();
  await flush();
  expect(now).toHaveBeenCalledTimes(1);

  document.body.innerHTML = '';
  const stop = new AbortController();
  const never = vi.fn();
  watchNames(stop.signal, never);
  stop.abort();
  document.body.innerHTML = '<p>Tin</p>';
  await flush();
  expect(never).not.toHaveBeenCalled();
});

test('a frame with a few texts is read without a look at the clock', async () => {
  // Reading the clock first makes the content script's world build its `performance` object: an
  // ad frame's box, read in one go, has no slice to time.
  document.body.innerHTML = '<div style="width:300px;height:250px"><p>Summer sale</p><p>Shop now</p></div>';
  const now = vi.spyOn(performance, 'now');
  const onName = vi.fn();
  watchNames(new AbortController().signal, onName);
  await flush();
  expect(now).not.toHaveBeenCalled();
  expect(ask).toHaveBeenCalledTimes(1);
  expect(onName).not.toHaveBeenCalled();
  now.mockRestore();
});

test('a frame with no text never asks the background', async () => {
  document.body.innerHTML =
    '<div style="width:300px;height:250px"><img alt=""> \n </div><script>var lead;</script>';
  const onName = vi.fn();
  watchNames(new AbortController().signal, onName);
  await flush();
  expect(ask).not.toHaveBeenCalled();
  expect(onName).not.toHaveBeenCalled();
});

test('what a reader types in a form field or an editor is never read nor sent', async () => {
  document.body.innerHTML =
    '<textarea>lithium</textarea><div contenteditable="true"><p id="e">cobalt</p></div><pre>nickel</pre>';
  const onName = vi.fn();
  watchNames(new AbortController().signal, onName);
  await flush();
  const editor = document.getElementById('e')!;
  editor.append(' and gallium');
  (editor.firstChild as Text).data = 'cobalt, tin and lead';
  await flush();
  expect(ask).not.toHaveBeenCalled();
  expect(onName).not.toHaveBeenCalled();
  document.body.append('Gallium.');
  await flush();
  expect(ask.mock.calls).toEqual([['Gallium.']]);
});

test('one long text goes in pieces the background takes, and a term across a cut is found', async () => {
  const words = 'the council met again on tuesday '.repeat(Math.ceil((5 * NAME_TEST_CHUNK) / 33));
  // "gallium" straddles the end of the first piece (a chunk and a seam long): the second has it.
  const cut = NAME_TEST_CHUNK + 128;
  document.body.innerHTML = `<p>${words.slice(0, cut - 4)} gallium ${words}</p>`;
  expect(await pageMayName()).toBe(true);
  expect(ask).toHaveBeenCalledTimes(2);
  ask.mockClear();
  document.body.innerHTML = `<p>${words}</p>`;
  expect(await pageMayName()).toBe(false);
  expect(ask.mock.calls.length).toBeGreaterThan(4);
  for (const [text] of ask.mock.calls) expect(text.length).toBeLessThanOrEqual(MAX_NAME_TEST_CHARS);
});

test('a long text is asked about one chunk at a time, each after the answer before it', async () => {
  document.body.innerHTML = `<p>${'the council met again on tuesday '.repeat(3000)}</p>`;
  const answers: ((kind: NameKind) => void)[] = [];
  const slow = vi.fn((_text: string) => new Promise<NameKind>((resolve) => answers.push(resolve)));
  const onName = vi.fn();
  whenNameMayAppear(document, new AbortController().signal, onName, slow);
  // Each question goes once the one before is answered, never two at once.
  for (let answered = 0; ; answered++) {
    await flush();
    if (slow.mock.calls.length === answered) break;
    expect(slow).toHaveBeenCalledTimes(answered + 1);
    answers[answered]!(answered === 1 ? AMBIGUOUS_NAME : NO_NAME);
  }
  expect(slow.mock.calls.length).toBeGreaterThan(4);
  expect(onName.mock.calls).toEqual([[AMBIGUOUS_NAME]]);
});

test('a page changing its text many times a second has one question out at a time', async () => {
  document.body.innerHTML = '<p id="t"> </p>';
  let answer: (kind: NameKind) => void = () => undefined;
  const slow = vi.fn((_text: string) => new Promise<NameKind>((resolve) => (answer = resolve)));
  const onName = vi.fn();
  whenNameMayAppear(document, new AbortController().signal, onName, slow);
  const ticker = document.getElementById('t')!.firstChild as Text;
  for (let i = 0; i < 50; i++) {
    ticker.data = `10:00:${i}`;
    await Promise.resolve();
  }
  ticker.data = 'Gallium';
  await flush();
  expect(slow).toHaveBeenCalledTimes(1);
  answer(NO_NAME);
  await flush();
  // What came meanwhile, in one question: the ticker's last text among it.
  expect(slow).toHaveBeenCalledTimes(2);
  expect(slow.mock.calls[1]![0]).toContain('Gallium');
  answer(SURE_NAME);
  await flush();
  expect(onName.mock.calls).toEqual([[SURE_NAME]]);
});

test('a frame asks about a megabyte of its text at most: past it, the engine loads and decides', async () => {
  document.body.innerHTML = `<p>${'the council met again '.repeat(Math.ceil(MAX_PROBE_CHARS / 22) + 100)}</p>`;
  expect(await mayName([document.body], ask)).toBe(SURE_NAME);
  const sent = ask.mock.calls.reduce((sum, [text]) => sum + text.length, 0);
  expect(sent).toBeLessThanOrEqual(MAX_PROBE_CHARS);
});

test('a long page naming a term near its top is read no further than its first chunk', async () => {
  const filler = '<p>The council met on Tuesday to discuss the budget for the year.</p>'.repeat(3000);
  document.body.innerHTML = `<p>Lithium prices fell.</p>${filler}`;
  const onName = vi.fn();
  watchNames(new AbortController().signal, onName);
  for (let i = 0; i < 20; i++) await flush();
  expect(onName.mock.calls).toEqual([[SURE_NAME]]);
  expect(ask).toHaveBeenCalledTimes(1);
});

test('a question the background cannot answer loads the engine', async () => {
  document.body.innerHTML = '<p>The council met on Tuesday.</p>';
  const onName = vi.fn();
  whenNameMayAppear(document, new AbortController().signal, onName, () => Promise.reject(new Error('gone')));
  await flush();
  expect(onName.mock.calls).toEqual([[SURE_NAME]]);
  // A background that refuses answers nothing: the same.
  const refused = vi.fn();
  whenNameMayAppear(document, new AbortController().signal, refused, () => Promise.resolve(undefined));
  await flush();
  expect(refused.mock.calls).toEqual([[SURE_NAME]]);
});

describe('the first read, a slice at a time', () => {
  const filler = '<p>The council met on Tuesday to discuss the budget for the year.</p>'.repeat(2000);
  // Each look at the clock moves it a millisecond on: a slice reads a few hundred texts.
  beforeEach(() => {
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (clock += 1));
  });
  afterEach(() => vi.restoreAllMocks());

  const slices = async (onName: () => void) => {
    for (let i = 0; i < 50 && !vi.mocked(onName).mock.calls.length; i++) await flush();
  };

  test('a long page is read in several tasks, and a name at its end is still found', async () => {
    document.body.innerHTML = `${filler}<p>Then gallium.</p>`;
    const onName = vi.fn();
    watchNames(new AbortController().signal, onName);
    expect(onName).not.toHaveBeenCalled();
    await slices(onName);
    expect(onName).toHaveBeenCalledTimes(1);
  });

  test('text the page removes between slices restarts the read, which still finds the rest', async () => {
    document.body.innerHTML = `<div id="a">${filler}</div><p>Then gallium.</p>`;
    const onName = vi.fn();
    watchNames(new AbortController().signal, onName);
    expect(onName).not.toHaveBeenCalled();
    document.getElementById('a')!.remove();
    await slices(onName);
    expect(onName).toHaveBeenCalledTimes(1);
  });
});

test('a frame naming only ambiguous words is told so, and the watch goes on until a sure name', async () => {
  document.body.innerHTML = '<p>The lead singer won silver.</p><div id="slot"></div>';
  const onName = vi.fn();
  watchNames(new AbortController().signal, onName);
  await flush();
  expect(onName.mock.calls).toEqual([[AMBIGUOUS_NAME]]);
  const slot = document.getElementById('slot')!;
  slot.innerHTML = '<p>The weather was fine.</p>';
  await flush();
  expect(onName).toHaveBeenCalledTimes(1);
  // More of the same kind: the caller asks the background again.
  slot.innerHTML = '<p>A tin of beans.</p>';
  await flush();
  expect(onName.mock.calls).toEqual([[AMBIGUOUS_NAME], [AMBIGUOUS_NAME]]);
  slot.append('Then lithium.');
  await flush();
  expect(onName.mock.calls.at(-1)).toEqual([SURE_NAME]);
  slot.append('Tin again.');
  await flush();
  expect(onName).toHaveBeenCalledTimes(3);
});
