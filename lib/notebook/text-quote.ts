import type { TextQuoteSelector } from './records';

/**
 * A mention's W3C TextQuoteSelector, built from what the content script already has (the term as
 * written and its context sentence), so the page does no extra work for the notebook. The prefix
 * and suffix are short, as the Web Annotation model suggests: enough to tell two "lithium"s in one
 * article apart, short enough to survive a small edit around the quote.
 */

const AFFIX = 32;

export function textQuoteSelector(text: string, context: string): TextQuoteSelector {
  const at = context.indexOf(text);
  if (at < 0) return { type: 'TextQuoteSelector', exact: text, prefix: '', suffix: '' };
  return {
    type: 'TextQuoteSelector',
    exact: text,
    prefix: trimToWord(context.slice(Math.max(0, at - AFFIX), at), 'start'),
    suffix: trimToWord(context.slice(at + text.length, at + text.length + AFFIX), 'end'),
  };
}

/** Cuts a partial word off the far end, so a fragment link never starts mid-word. */
function trimToWord(affix: string, end: 'start' | 'end'): string {
  if (affix.length < AFFIX) return affix;
  if (end === 'start') {
    const space = affix.search(/\s/);
    return space < 0 ? affix : affix.slice(space);
  }
  const space = Math.max(affix.lastIndexOf(' '), affix.lastIndexOf('\n'));
  return space < 0 ? affix : affix.slice(0, space + 1);
}
