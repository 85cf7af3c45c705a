/**
 * Page text inside Markdown, for inline use (always after a prefix such as "1. " or "# "). Titles
 * and snippets are the page's, not ours: every character that CommonMark or GitHub's Markdown
 * gives a meaning inline is backslash-escaped (emphasis, code, links and images, inline HTML,
 * entities, tables, strikethrough, math), and line breaks become spaces, so no text can start a
 * block of its own. Each is ASCII punctuation, which CommonMark prints literally after a
 * backslash. Characters that only matter at the start of a line (- + . =) are left readable.
 * Bare addresses are defanged first (see defangAutolinks), so only our own links are links.
 */
const SPECIAL = /[\\`*_[\]()#|<>!~&$]/g;
// "://" after any scheme, the dot of "www.", and an "@" after a character an address can hold.
const AUTOLINK_PARTS = /:\/\/|(?<=www)\.|(?<=[A-Za-z0-9.+_-])@/gi;

export function escapeMarkdown(text: string): string {
  return defangAutolinks(text.replace(/\s+/g, ' ').trim()).replace(SPECIAL, (char) => `\\${char}`);
}

/**
 * Bare "www.", "scheme://" and e-mail addresses, written the way security advisories write them
 * ("www[.]example.com", "https[:]//example.com", "press[@]example.com"), so GitHub's Markdown does
 * not link them (its autolink extension). Backslash escapes cannot do this: GitHub's cmark-gfm
 * finds e-mail addresses after escapes are resolved (cmark-gfm issue 278), and remark-gfm finds
 * all three in the resolved text (remark-gfm issue 33). The brackets are then escaped as usual.
 * An "@" that no address can hold ("@handle", "5 @ $2") is left as it is; running this twice
 * changes nothing.
 */
export function defangAutolinks(text: string): string {
  return text.replace(AUTOLINK_PARTS, (part) => (part === '://' ? '[:]//' : `[${part}]`));
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
