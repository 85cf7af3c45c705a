// @vitest-environment happy-dom
import { beforeAll, describe, expect, test } from 'vitest';
import { findQuote } from '@/lib/page/find-quote';
import type { TextQuoteSelector } from '@/lib/notebook/records';
import { stubStaticRange } from './static-range-stub';

beforeAll(stubStaticRange);

const quote = (exact: string, prefix = '', suffix = ''): TextQuoteSelector => ({
  type: 'TextQuoteSelector',
  exact,
  prefix,
  suffix,
});

/** What the reader would see flashed: the text between the revealed range's ends. */
function revealed(html: string, selector: TextQuoteSelector): string | null {
  document.body.innerHTML = html;
  let shown: string | null = null;
  const { found } = findQuote(document, selector, (range) => {
    const live = document.createRange();
    live.setStart(range.startContainer, range.startOffset);
    live.setEnd(range.endContainer, range.endOffset);
    shown = live.toString();
    return true;
  });
  return found ? shown : null;
}

describe('findQuote', () => {
  test('finds a quote across inline markup and the line breaks of the source', () => {
    expect(
      revealed(
        '<p>Mexico\n   produces <b>silver</b>\n and <i>fluorspar</i>.</p>',
        quote('silver and fluorspar'),
      ),
    ).toBe('silver\n and fluorspar');
  });

  test('chooses the occurrence whose surroundings agree, in another paragraph', () => {
    const html = '<p>Lithium prices fell.</p><p>In Sonora, lithium deposits lie in clay.</p>';
    const selector = quote('lithium', 'In Sonora, ', ' deposits');
    document.body.innerHTML = html;
    let node: Node | null = null;
    let offset = -1;
    findQuote(document, selector, (range) => {
      node = range.startContainer;
      offset = range.startOffset;
      return true;
    });
    expect(node).toBe(document.querySelectorAll('p')[1]!.firstChild);
    expect(offset).toBe('In Sonora, '.length);
  });

  test('says when the exact text is gone, and leaves out text the reader cannot see', () => {
    expect(revealed('<p>Cobalt output rose.</p>', quote('cobalt output fell'))).toBeNull();
    // happy-dom's checkVisibility sees everything: judge by computed style, as without it.
    const { checkVisibility } = Element.prototype;
    Object.assign(Element.prototype, { checkVisibility: undefined });
    try {
      expect(revealed('<p hidden>Gallium curbs.</p><p>Other news.</p>', quote('Gallium curbs'))).toBeNull();
      expect(revealed('<p>Gallium curbs.</p>', quote('Gallium curbs'))).toBe('Gallium curbs');
    } finally {
      Object.assign(Element.prototype, { checkVisibility });
    }
  });
});
