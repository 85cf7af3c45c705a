import { anchorQuote } from '@/lib/notebook/quote-anchor';
import type { TextQuoteSelector } from '@/lib/notebook/records';
import { createVisibilityMemo } from './visibility';

/**
 * The quote link's fallback in the article's top frame (`page/find-quote`): the notebook opened
 * the article at a text fragment, which no longer matches when the page changed. The kept
 * TextQuoteSelector is anchored in the page's visible text (lib/notebook/quote-anchor.ts) and,
 * unless the browser already brought the quote into view, scrolled to and flashed. The page's DOM
 * is only read: the flash is a CSS highlight.
 */

const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);

interface PageText {
  text: string;
  nodes: Text[];
  /** Where each node's collapsed text begins in `text`. */
  starts: number[];
}

/** The visible text nodes, whitespace runs read as one space across node boundaries too. */
function readPageText(doc: Document): PageText {
  const shown = createVisibilityMemo();
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  const starts: number[] = [];
  const parts: string[] = [];
  let length = 0;
  let afterSpace = true;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (NOT_TEXT.has(node.parentElement?.nodeName ?? '') || !shown(node)) continue;
    let part = node.data.replace(/\s+/g, ' ');
    if (afterSpace && part.startsWith(' ')) part = part.slice(1);
    if (!part) continue;
    nodes.push(node);
    starts.push(length);
    parts.push(part);
    length += part.length;
    afterSpace = part.endsWith(' ');
  }
  return { text: parts.join(''), nodes, starts };
}

/** The node and offset in it of a position in the collapsed text (replaying the collapse). */
function pointAt(page: PageText, at: number, isEnd: boolean): { node: Text; offset: number } {
  let i = page.starts.length - 1;
  while (i > 0 && (page.starts[i]! > at || (isEnd && page.starts[i] === at))) i--;
  const node = page.nodes[i]!;
  const data = node.data;
  const previous = i > 0 ? page.text[page.starts[i]! - 1] : ' ';
  let collapsed = page.starts[i]!;
  let afterSpace = previous === ' ';
  let offset = 0;
  // Leading spaces dropped in collapsing do not count.
  for (; offset < data.length && collapsed < at; offset++) {
    const space = /\s/.test(data[offset]!);
    if (!space || !afterSpace) collapsed++;
    afterSpace = space;
  }
  while (!isEnd && offset < data.length && /\s/.test(data[offset]!) && afterSpace) offset++;
  return { node, offset };
}

function inViewport(range: Range, win: Window): boolean {
  const rect = range.getBoundingClientRect();
  return rect.height > 0 && rect.top >= 0 && rect.bottom <= win.innerHeight;
}

/**
 * Whether the quote is on the page; when it is and is out of view, `reveal` scrolls to it and
 * flashes it (the engine's revealRange).
 */
export function findQuote(
  doc: Document,
  selector: TextQuoteSelector,
  reveal: (range: StaticRange) => boolean,
): { found: boolean } {
  const page = readPageText(doc);
  const span = anchorQuote(page.text, selector);
  if (!span || !doc.defaultView) return { found: false };
  const start = pointAt(page, span.start, false);
  const end = pointAt(page, span.end, true);
  const range = doc.createRange();
  range.setStart(start.node, start.offset);
  range.setEnd(end.node, end.offset);
  if (!inViewport(range, doc.defaultView)) reveal(new StaticRange(range));
  return { found: true };
}
