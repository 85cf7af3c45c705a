// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { loadNameTest, mayName } from '@/lib/page/frame-text';
import { whenNameMayAppear } from '@/lib/page/name-watch';
import { AMBIGUOUS_NAME, NO_NAME, SURE_NAME } from '@/lib/recognize/name-starts';

// The content script's bulk loads only into a frame whose text may name a term
// (entrypoints/content/index.ts): an ad frame or a page about something else must never load it,
// and a page that names a term anywhere, however its markup splits the words, always must.

afterEach(() => {
  document.body.innerHTML = '';
});

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const nameTest = loadNameTest();
const pageMayName = () => mayName([document.documentElement], nameTest) !== NO_NAME;

test('boxes, scripts, styles and prose about something else name nothing; a term anywhere does', () => {
  document.body.innerHTML =
    '<div style="width:300px;height:250px"><img alt=""></div>\n  <script>var lithium = 1;</script>' +
    '<style>.cobalt{}</style><p>The council met on Tuesday.</p><p>El ayuntamiento se reunió.</p>';
  expect(pageMayName()).toBe(false);
  document.body.insertAdjacentHTML('beforeend', '<p>Prices of <a href="#">lithium</a> fell.</p>');
  expect(pageMayName()).toBe(true);
});

test('a term inside an open shadow root, or split by inline markup, is found', () => {
  const host = document.createElement('div');
  host.attachShadow({ mode: 'open' }).innerHTML = '<p>Lithium prices fell.</p>';
  document.body.append(host);
  expect(pageMayName()).toBe(true);
  for (const html of [
    '<p>Prices of lith<b>ium</b> fell.</p>',
    '<p>Export of <i>rare</i> earth elements.</p>',
    '<p>La <span>Secretaría</span> de Economía.</p>',
    '<p>Prices of lith&shy;<b>ium</b> fell.</p>',
  ]) {
    document.body.innerHTML = html;
    expect(pageMayName(), html).toBe(true);
  }
});

test('a long page that names a term only at its end is read to the end', () => {
  const filler = '<p>The council met on Tuesday to discuss the budget for the year.</p>'.repeat(2000);
  document.body.innerHTML = `${filler}<p>Then gallium.</p>`;
  expect(pageMayName()).toBe(true);
  document.body.innerHTML = filler;
  expect(pageMayName()).toBe(false);
});

test('text added later starts the bulk once, only when it may name a term', async () => {
  document.body.innerHTML = '<div id="slot"></div><p id="p">Prices of lith</p>';
  const onName = vi.fn();
  whenNameMayAppear(document, new AbortController().signal, onName);
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
  whenNameMayAppear(document, new AbortController().signal, changed);
  (document.getElementById('p')!.firstChild as Text).data = 'Nickel output rose.';
  await flush();
  expect(changed).toHaveBeenCalledTimes(1);

  document.body.innerHTML = '';
  const inShadow = vi.fn();
  const late = document.createElement('div');
  const lateShadow = late.attachShadow({ mode: 'open' });
  document.body.append(late);
  whenNameMayAppear(document, new AbortController().signal, inShadow);
  lateShadow.innerHTML = '<p>Tungsten exports.</p>';
  await flush();
  expect(inShadow).toHaveBeenCalledTimes(1);
});

test('a frame that names a term starts at once; an aborted wait never starts', async () => {
  document.body.innerHTML = '<p>Nickel</p>';
  const now = vi.fn();
  whenNameMayAppear(document, new AbortController().signal, now);
  expect(now).toHaveBeenCalledTimes(1);

  document.body.innerHTML = '';
  const stop = new AbortController();
  const never = vi.fn();
  whenNameMayAppear(document, stop.signal, never);
  stop.abort();
  document.body.innerHTML = '<p>Tin</p>';
  await flush();
  expect(never).not.toHaveBeenCalled();
});

test('a frame with a few texts is read without a look at the clock', () => {
  // Reading the clock first makes the content script's world build its `performance` object: an
  // ad frame's box, read in one go, has no slice to time.
  document.body.innerHTML = '<div style="width:300px;height:250px"><p>Summer sale</p><p>Shop now</p></div>';
  const now = vi.spyOn(performance, 'now');
  const onName = vi.fn();
  whenNameMayAppear(document, new AbortController().signal, onName);
  expect(now).not.toHaveBeenCalled();
  expect(onName).not.toHaveBeenCalled();
  now.mockRestore();
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
    whenNameMayAppear(document, new AbortController().signal, onName);
    expect(onName).not.toHaveBeenCalled();
    await slices(onName);
    expect(onName).toHaveBeenCalledTimes(1);
  });

  test('text the page removes between slices restarts the read, which still finds the rest', async () => {
    document.body.innerHTML = `<div id="a">${filler}</div><p>Then gallium.</p>`;
    const onName = vi.fn();
    whenNameMayAppear(document, new AbortController().signal, onName);
    expect(onName).not.toHaveBeenCalled();
    document.getElementById('a')!.remove();
    await slices(onName);
    expect(onName).toHaveBeenCalledTimes(1);
  });
});

test('a frame naming only ambiguous words is told so, and the watch goes on until a sure name', async () => {
  document.body.innerHTML = '<p>The lead singer won silver.</p><div id="slot"></div>';
  const onName = vi.fn();
  whenNameMayAppear(document, new AbortController().signal, onName);
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
