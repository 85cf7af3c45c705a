/**
 * Page text inside Markdown, for inline use (always after a prefix such as "1. " or "# "). Titles
 * and snippets are the page's, not ours: every character that CommonMark or GitHub's Markdown
 * gives a meaning inline is backslash-escaped (emphasis, code, links and images, inline HTML,
 * entities, tables, strikethrough, math), and line breaks become spaces, so no text can start a
 * block of its own. Each is ASCII punctuation, which CommonMark prints literally after a
 * backslash. Characters that only matter at the start of a line (- + . =) are left readable.
 */
const SPECIAL = /[\\`*_[\]()#|<>!~&$]/g;

export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(SPECIAL, (char) => `\\${char}`);
}

/**
 * A URL as an autolink (`<https://...>`), when it is a plain http(s) URL; anything else is shown
 * as escaped text and never becomes a link, so a `javascript:` URL stays inert.
 */
export function markdownLink(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'http:' || parsed.protocol === 'https:') {
      // An autolink ends at the first space, "<" or ">": percent-encode them.
      return `<${parsed.href.replace(/[\s<>]/g, (c) => encodeURIComponent(c))}>`;
    }
  } catch {
    // Not a URL: fall through to text.
  }
  return escapeMarkdown(url);
}
