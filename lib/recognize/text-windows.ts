/**
 * A huge block (a hostile page's one 1 MB text node, a log, a minified dump) is recognised in
 * windows, so the page engine can yield to the page between them: no single call grows with the
 * block. Each window keeps the mentions that start in its own part, [from, to), and reads
 * CONTEXT_MARGIN more either side, further than anything judging a word looks (its sentence,
 * 320 characters; a term named in full within 1,500; a neighbour's own phrase), so a mention is
 * judged as it would be in the whole block. Only a line longer than a window reads differently:
 * whether it is a headline is asked of the part of it the window holds.
 */

export interface TextWindow {
  /** Mentions starting in [from, to) are this window's. */
  readonly from: number;
  readonly to: number;
  /** The text read to judge them: [readFrom, readTo), a margin beyond [from, to). */
  readonly readFrom: number;
  readonly readTo: number;
}

/**
 * Characters a window keeps mentions from; blocks up to this long are one call, as ever. A window
 * judges only its own words (its margins are context), so its cost follows this length: 2,000
 * characters of "lead tin lead…" are a few milliseconds, a step well inside a slice.
 */
export const WINDOW_LENGTH = 2_000;
/** Beyond SAME_TERM_REACH (1,500) plus a multi-word alias and a neighbour's phrase reach. */
export const CONTEXT_MARGIN = 1_800;
/** How far back from a window's nominal end a better place to cut is looked for. */
const CUT_SEARCH = 1_000;
/** How far a margin's edge moves to stand on a space rather than inside a word. */
const EDGE_SEARCH = 64;

const isSpace = (code: number) => code === 0x20 || code === 0x09 || code === 0x0a || code === 0xa0;
const isSentenceEnd = (code: number) => code === 0x2e || code === 0x21 || code === 0x3f;
const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/**
 * Where to end a window that would end at `at`: after a line break if one is near, else after a
 * sentence end, else at a space, else at `at` itself (a run with no space: nothing to keep whole).
 * Looks back CUT_SEARCH characters at most, so planning stays linear.
 */
function cutNear(text: string, at: number, floor: number): number {
  let sentence = -1;
  let space = -1;
  for (let i = at; i > Math.max(floor, at - CUT_SEARCH); i--) {
    const code = text.charCodeAt(i - 1);
    if (code === 0x0a) return i;
    if (sentence === -1 && isSpace(code) && isSentenceEnd(text.charCodeAt(i - 2))) sentence = i;
    else if (space === -1 && isSpace(code)) space = i;
  }
  if (sentence !== -1) return sentence;
  if (space !== -1) return space;
  return isHighSurrogate(text.charCodeAt(at - 1)) ? at - 1 : at;
}

/** Moves a margin edge to just past a space within EDGE_SEARCH, toward the window's own part. */
function edgeAfterSpace(text: string, at: number, limit: number): number {
  for (let i = at; i < Math.min(limit, at + EDGE_SEARCH); i++) if (isSpace(text.charCodeAt(i))) return i + 1;
  return at;
}

function edgeBeforeSpace(text: string, at: number, limit: number): number {
  for (let i = at; i > Math.max(limit, at - EDGE_SEARCH); i--)
    if (isSpace(text.charCodeAt(i - 1))) return i - 1;
  return at;
}

/** The windows of a text, in order; one window (the whole text) for any ordinary block. */
export function planWindows(text: string, length = WINDOW_LENGTH, margin = CONTEXT_MARGIN): TextWindow[] {
  return [...windowsOf(text, length, margin)];
}

/**
 * planWindows one window at a time, each planned when it is wanted: a step of the engine then
 * plans one window, not all five hundred of a 1 MB node.
 */
export function* windowsOf(
  text: string,
  length = WINDOW_LENGTH,
  margin = CONTEXT_MARGIN,
): Generator<TextWindow> {
  const { length: size } = text;
  if (size <= length) {
    yield { from: 0, to: size, readFrom: 0, readTo: size };
    return;
  }
  for (let from = 0; from < size;) {
    const nominal = from + length;
    const to = nominal >= size ? size : cutNear(text, nominal, from + 1);
    const readFrom = from === 0 ? 0 : edgeAfterSpace(text, Math.max(0, from - margin), from);
    const readTo = to === size ? size : edgeBeforeSpace(text, Math.min(size, to + margin), to);
    yield { from, to, readFrom, readTo };
    from = to;
  }
}
