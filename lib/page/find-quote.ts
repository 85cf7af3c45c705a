import { anchorQuote } from '@/lib/notebook/quote-anchor';
import type { TextQuoteSelector } from '@/lib/notebook/records';
import { blockRange, collectBlocks, type TextBlock } from './text-blocks';
import { createVisibilityMemo } from './visibility';

/**
 * The quote link's fallback in the article's top frame (`page/find-quote`): the notebook opened
 * the article at a text fragment, which no longer matches when the page changed. The kept
 * TextQuoteSelector is anchored in the page's text (lib/notebook/quote-anchor.ts) and, unless the
 * browser already brought the quote into view, scrolled to and flashed. The page is read as the
 * engine reads it (collectBlocks), which is where the quote's context came from; the DOM is only
 * read: the flash is a CSS highlight.
 */

/** A block's text with each whitespace run read as one space (collapseSpace), and where each kept character was. */
function collapse(text: string): { text: string; at: number[] } {
  const at: number[] = [];
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const space = /\s/.test(text[i]!);
    if (space && out.endsWith(' ')) continue;
    out += space ? ' ' : text[i];
    at.push(i);
  }
  return { text: out, at };
}

function inViewport(range: StaticRange, doc: Document): boolean {
  const live = doc.createRange();
  live.setStart(range.startContainer, range.startOffset);
  live.setEnd(range.endContainer, range.endOffset);
  const rect = live.getBoundingClientRect();
  return rect.height > 0 && rect.top >= 0 && rect.bottom <= doc.defaultView!.innerHeight;
}

/**
 * Whether the quote is on the page; when it is and is out of view, `reveal` scrolls to it and
 * flashes it (the engine's revealText). Blocks the reader cannot see at all are left out.
 */
export function findQuote(
  doc: Document,
  selector: TextQuoteSelector,
  reveal: (range: StaticRange) => boolean,
): { found: boolean } {
  const shown = createVisibilityMemo();
  const blocks: { block: TextBlock; from: number; at: number[] }[] = [];
  const parts: string[] = [];
  let length = 0;
  for (const block of collectBlocks(doc.body ?? doc.documentElement)) {
    if (!block.nodes.some(shown)) continue;
    const { text, at } = collapse(block.text);
    blocks.push({ block, from: length, at });
    parts.push(text);
    length += text.length + 1; // The "\n" between blocks: a collapsed quote never holds one.
  }
  const span = anchorQuote(parts.join('\n'), selector);
  if (!span || !doc.defaultView) return { found: false };
  const { block, from, at } = blocks.findLast((b) => b.from <= span.start)!;
  const range = blockRange(block, at[span.start - from]!, at[span.end - 1 - from]! + 1);
  if (!inViewport(range, doc)) reveal(range);
  return { found: true };
}
