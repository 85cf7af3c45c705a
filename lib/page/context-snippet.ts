/**
 * About `width` characters of `text` around [start, end) for the panel's list: cut at word
 * boundaries, whitespace (and the "\n" between runs) collapsed, "…" where text was cut.
 */
export function contextSnippet(text: string, start: number, end: number, width = 120): string {
  const room = Math.max(0, width - (end - start));
  let from = Math.max(0, start - Math.ceil(room / 2));
  let to = Math.min(text.length, end + Math.floor(room / 2));
  // Give the room one side could not use to the other side.
  if (from === 0) to = Math.min(text.length, Math.max(to, width));
  if (to === text.length) from = Math.max(0, Math.min(from, text.length - width));
  if (from > 0) from = wordStartAfter(text, from, start);
  if (to < text.length) to = wordEndBefore(text, to, end);
  const body = text.slice(from, to).replace(/\s+/g, ' ').trim();
  return `${from > 0 ? '…' : ''}${body}${to < text.length ? '…' : ''}`;
}

/** The first word start at or after `at`, never past `limit` (the mention itself). */
function wordStartAfter(text: string, at: number, limit: number): number {
  if (/\s/.test(text[at - 1] ?? ' ')) return at;
  const space = text.slice(at, limit).search(/\s/);
  return space < 0 ? at : at + space + 1;
}

/** The last word end at or before `at`, never before `limit`. */
function wordEndBefore(text: string, at: number, limit: number): number {
  if (/\s/.test(text[at] ?? ' ')) return at;
  const head = text.slice(limit, at);
  const space = head.search(/\s\S*$/);
  return space < 0 ? at : limit + space;
}
