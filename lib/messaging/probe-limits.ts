/**
 * How much text a frame sends in one `probe/frame` request (lib/page/probe-frame.ts), and the
 * background refuses more (the catalogue): a frame with more text loads the engine instead, which
 * sends its blocks a run at a time. A megabyte of characters is some 150,000 words, far past any
 * article, and a message Chrome and Firefox carry in a few milliseconds.
 */
export const MAX_PROBE_BLOCKS = 8192;
export const MAX_PROBE_CHARS = 1_000_000;

/** Whether `texts` fit one probe: what both the frame and the background check. */
export function fitsProbe(texts: readonly string[]): boolean {
  if (texts.length > MAX_PROBE_BLOCKS) return false;
  let chars = 0;
  for (const text of texts) if ((chars += text.length) > MAX_PROBE_CHARS) return false;
  return true;
}

/**
 * The text a frame sends in one `name/test` request (lib/page/frame-text.ts): about this many
 * characters of its texts, joined. A page naming a term near its top is answered after its first
 * chunk. The background refuses more than MAX_NAME_TEST_CHARS, which a chunk never reaches (one
 * text over the size, cut in pieces, and the short seams joined to it).
 */
export const NAME_TEST_CHUNK = 16_384;
export const MAX_NAME_TEST_CHARS = 4 * NAME_TEST_CHUNK;
