// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { createVisibilityMemo, isRendered, isRenderedByStyle } from '@/lib/page/visibility';

// The rules that keep hidden text out of the panel's list and the exports. Real browsers answer
// through checkVisibility (test/e2e/hostile-frames.test.ts); here the computed-style fallback and
// the rules both paths share.

const CASES: [string, string, boolean][] = [
  ['plain text', '<p id="t">lithium</p>', true],
  ['display: none', '<p id="t" style="display:none">lithium</p>', false],
  ['inside display: none', '<div style="display:none"><p><span id="t">lithium</span></p></div>', false],
  ['visibility: hidden', '<p id="t" style="visibility:hidden">lithium</p>', false],
  ['inherits visibility: hidden', '<div style="visibility:hidden"><p id="t">lithium</p></div>', false],
  [
    'visible again inside a hidden parent',
    '<div style="visibility:hidden"><p id="t" style="visibility:visible">lithium</p></div>',
    true,
  ],
  ['opacity: 0', '<p id="t" style="opacity:0">lithium</p>', false],
  ['inside opacity: 0', '<div style="opacity:0"><p id="t">lithium</p></div>', false],
  ['faint but visible', '<p id="t" style="opacity:0.2">lithium</p>', true],
  ['the hidden attribute', '<p id="t" hidden>lithium</p>', false],
  ['content-visibility: hidden', '<div style="content-visibility:hidden"><p id="t">lithium</p></div>', false],
  ['content-visibility: auto', '<div style="content-visibility:auto"><p id="t">lithium</p></div>', true],
  [
    'screen-reader-only text (kept: assistive technology reads it)',
    '<span id="t" style="position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)">lithium</span>',
    true,
  ],
];

describe('hidden text by computed style', () => {
  test.each(CASES)('%s', (_, html, expected) => {
    document.body.innerHTML = html;
    expect(isRenderedByStyle(document.getElementById('t')!, window)).toBe(expected);
  });
});

describe('the listing memo', () => {
  test('judges the element that styles a text node, once per element', () => {
    document.body.innerHTML = '<p id="a">cobalt <b>nickel</b></p><p id="b" style="display:none">lithium</p>';
    const visible = createVisibilityMemo();
    const [cobalt, nickel] = [
      document.getElementById('a')!.firstChild!,
      document.querySelector('b')!.firstChild!,
    ];
    expect(visible(cobalt)).toBe(true);
    expect(visible(nickel)).toBe(true);
    expect(visible(document.getElementById('b')!.firstChild!)).toBe(false);
  });

  test('text in an open shadow root is judged by its host', () => {
    document.body.innerHTML = '<div id="host" style="display:none"></div>';
    const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = 'graphite';
    expect(createVisibilityMemo()(root.firstChild!)).toBe(false);
  });

  test('a detached node is not visible', () => {
    expect(createVisibilityMemo()(document.createTextNode('lithium'))).toBe(false);
  });
});

test('isRendered agrees with the fallback on what happy-dom computes', () => {
  document.body.innerHTML = '<p id="t" style="display:none">lithium</p><p id="u">cobalt</p>';
  expect(isRendered(document.getElementById('t')!)).toBe(false);
  expect(isRendered(document.getElementById('u')!)).toBe(true);
});
