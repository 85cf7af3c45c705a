import type { TextQuoteSelector } from './records';

/**
 * A link that opens the article scrolled to a quote: a URL text fragment
 * (`#:~:text=prefix-,exact,-suffix`, WICG Scroll-to-Text). Browsers that do not support it, or a
 * page that changed, just open the article; the selector stays in the notebook as the fallback.
 */

// Text fragments reserve "-", "&" and "," as syntax: encodeURIComponent leaves "-" alone.
const encodePart = (part: string) => encodeURIComponent(part).replace(/-/g, '%2D');

/** The prefix and suffix only need their nearest word to anchor the quote. */
const nearWord = (text: string, end: 'start' | 'end') => {
  const words = text.trim().split(/\s+/).filter(Boolean);
  return (end === 'start' ? words.slice(-3) : words.slice(0, 3)).join(' ');
};

export function fragmentLink(url: string, selector: TextQuoteSelector): string {
  const base = url.split('#')[0] ?? url;
  const prefix = nearWord(selector.prefix, 'start');
  const suffix = nearWord(selector.suffix, 'end');
  const parts = [
    prefix ? `${encodePart(prefix)}-` : '',
    encodePart(selector.exact.trim()),
    suffix ? `-${encodePart(suffix)}` : '',
  ].filter(Boolean);
  return `${base}#:~:text=${parts.join(',')}`;
}
