/**
 * The links a GFM renderer could make out of plain text, for the tests (no GFM renderer is a
 * dependency). It follows the GFM spec's autolink extension (www., http:// and https://, e-mail,
 * and the mailto: and xmpp: forms) and is looser than it on purpose, so that passing here means
 * passing everywhere:
 * - Backslash escapes are resolved first. cmark-gfm (GitHub) finds e-mail addresses after merging
 *   text nodes, and remark-gfm runs its regular expressions on text with escapes resolved, so
 *   "press\@example.com" and "www\.example.com" are links there.
 * - No left-boundary rule: a www. or scheme anywhere counts; "ftp://" too (older cmark-gfm).
 * - Domains: any run of letters, digits, "_" or "-" after the scheme; for www. and e-mail, one
 *   dot followed by such a character is enough.
 */
// Our own links, CommonMark autolinks in angle brackets (page text has its "<" escaped).
const OWN_LINK = /(?<!\\)<https?:\/\/[^\s<>]*>/g;
const ESCAPE = /\\([!-/:-@[-`{-~])/g;
const LINKS = [
  /www\.[\p{L}\p{N}_-]/giu,
  /(?:https?|ftp):\/\/[\p{L}\p{N}_-]/giu,
  /[A-Za-z0-9.+_-]@[A-Za-z0-9._-]*\.[A-Za-z0-9_-]/g,
];

/** The start of every bare link a GFM renderer could make (our `<https://...>` links aside). */
export function gfmAutolinks(markdown: string): string[] {
  const text = markdown.replace(OWN_LINK, '').replace(ESCAPE, '$1');
  return LINKS.flatMap((pattern) => [...text.matchAll(pattern)].map((m) => m[0]));
}

/** The text a reader sees: escapes resolved, emphasis markers dropped. */
export function renderedText(markdown: string): string {
  return markdown.replace(/\*\*/g, '').replace(ESCAPE, '$1');
}
