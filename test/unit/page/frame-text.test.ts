// @vitest-environment happy-dom
import { afterEach, expect, test, vi } from 'vitest';
import { hasText, whenTextAppears } from '@/lib/page/frame-text';

// A sub-frame loads the content script's bulk only once it has text (entrypoints/content/index.ts):
// an ad frame of boxes and scripts must never load it, a frame whose text arrives later must.

afterEach(() => {
  document.body.innerHTML = '';
});

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

test('an ad frame of boxes, scripts and styles has no text; a word anywhere, a shadow root included, is text', () => {
  document.body.innerHTML =
    '<div style="width:300px;height:250px"><img alt=""></div>\n  <script>var ad = 1;</script><style>p{}</style>';
  expect(hasText(document.documentElement)).toBe(false);
  const host = document.createElement('div');
  host.attachShadow({ mode: 'open' }).innerHTML = '<p>Lithium prices fell.</p>';
  document.body.append(host);
  expect(hasText(document.documentElement)).toBe(true);
});

test('text that arrives later starts the content script once; a frame that stays text-less never does', async () => {
  document.body.innerHTML = '<div id="slot"></div>';
  const onText = vi.fn();
  whenTextAppears(document, new AbortController().signal, onText);
  document.getElementById('slot')!.append(document.createElement('span'));
  const script = document.createElement('script');
  script.textContent = 'track()';
  document.body.append(script);
  await flush();
  expect(onText).not.toHaveBeenCalled();
  document.getElementById('slot')!.innerHTML = '<p>Cobalt output rose.</p>';
  document.body.append('and more');
  await flush();
  expect(onText).toHaveBeenCalledTimes(1);
});

test('a frame with text starts at once; an aborted wait never starts', async () => {
  document.body.innerHTML = '<p>Nickel</p>';
  const now = vi.fn();
  whenTextAppears(document, new AbortController().signal, now);
  expect(now).toHaveBeenCalledTimes(1);

  document.body.innerHTML = '';
  const stop = new AbortController();
  const never = vi.fn();
  whenTextAppears(document, stop.signal, never);
  stop.abort();
  document.body.innerHTML = '<p>Tin</p>';
  await flush();
  expect(never).not.toHaveBeenCalled();
});
