/**
 * Blocks a frame sends the background in one `recognize/blocks` request: the page batches what its
 * pass has collected (lib/page/remote-recognizer.ts), the background refuses more (the catalogue).
 */
export const MAX_BLOCKS_PER_REQUEST = 256;
