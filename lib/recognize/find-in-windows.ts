import type { Matcher } from './compile-matcher';
import { UNAMBIGUOUS } from './decide-mention';
import {
  EMPTY_EVIDENCE,
  findMentionsInSteps,
  MAX_PER_BLOCK,
  rescoreMentions,
  type FindOptions,
  type Mention,
} from './find-mentions';
import { GROUPS, type PageContext, type PageEvidence } from './page-context';
import { WINDOW_LENGTH, windowsOf } from './text-windows';

/**
 * findMentions one window at a time (text-windows.ts), for a caller that yields to the page
 * between steps: the page engine, on a block of any length. An ordinary block is one window and
 * one findMentions call, exactly as before. A block of many windows tells the page about itself
 * once, after its last window, under its own key, as one findMentions call over the block would
 * (the windows' evidence is gathered meanwhile), and only then are its mentions decided, in
 * chunks: the same mentions, judged the same, as the whole block in one call. Stopped early (the
 * caller's pass ended), it tells the page nothing. Of the block's ambiguous words it keeps the
 * first MAX_AMBIGUOUS_KEPT (every name is kept, and every word still speaks for the page).
 */
export function* findInWindows(
  matcher: Matcher,
  text: string,
  options: FindOptions = {},
  windowLength = WINDOW_LENGTH,
): Generator<Mention[], void, undefined> {
  if (text.length <= windowLength) {
    // Pausing as `pausing` does, without a generator between: a page has thousands of such blocks.
    const steps = findMentionsInSteps(matcher, text, options, JUDGE_CHUNK);
    let step = steps.next();
    for (; !step.done; step = steps.next()) yield [];
    const found = step.value;
    // A window is rarely long enough for the cap to matter: then nothing is copied.
    yield found.length <= MAX_AMBIGUOUS_KEPT ? found : keepWords(found, { words: 0 });
    return;
  }
  const { page } = options;
  let gathered: PageEvidence | undefined;
  const gathering: PageContext | undefined = page && {
    priorFor: (kind) => page.priorFor(kind),
    get revision() {
      return page.revision;
    },
    hasSeen: (termId, key) => page.hasSeen(termId, key),
    summaryFor: (kind) => page.summaryFor(kind),
    observe(evidence) {
      gathered = gathered ? mergeEvidence(gathered, evidence) : evidence;
    },
  };
  // Judged window by window, then decided as one call over the block decides: after the page has
  // heard what the whole block says. Until then every candidate is kept, held or not (of words, the
  // first MAX_AMBIGUOUS_KEPT).
  const judged: Mention[] = [];
  const kept = { words: 0 };
  for (const window of windowsOf(text, windowLength)) {
    const found = yield* pausing(
      findMentionsInSteps(
        matcher,
        text,
        { ...options, page: gathering, window, includeHeld: true },
        JUDGE_CHUNK,
      ),
    );
    for (const mention of keepWords(found, kept)) judged.push(mention);
    yield [];
  }
  if (page && (gathered || options.blockKey !== undefined))
    page.observe(gathered ?? EMPTY_EVIDENCE, options.blockKey);
  // Arithmetic, but a hostile block has mentions by the hundred thousand: a step per chunk.
  for (let at = 0; at < judged.length; at += DECIDE_CHUNK)
    yield rescoreMentions(judged.slice(at, at + DECIDE_CHUNK), options);
}

const DECIDE_CHUNK = 4096;

/**
 * Candidates looked at per step within a window (judgeInSteps). A window of "lead tin lead…" holds
 * about a thousand, read cold in 20-50 ms at one go; a step of this many is a few milliseconds
 * cold and well under one warm. An ordinary paragraph has a few dozen: it stays one step.
 */
export const JUDGE_CHUNK = 128;

/** A findMentionsInSteps call's pauses as empty steps of ours; returns its mentions. */
function* pausing(steps: Generator<void, Mention[], undefined>): Generator<Mention[], Mention[], undefined> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    yield [];
  }
}

/**
 * Ambiguous words (anything but a name) kept per block, in text order. The engine paints and lists
 * the first 1,000 of a block's (MAX_AMBIGUOUS_PAINTED); twice that leaves room for some to fall
 * under the reader's threshold. A hostile block of "lead tin lead…" has 185,000: kept, they were
 * a heap whose garbage collection paused the page for 100-700 ms.
 */
export const MAX_AMBIGUOUS_KEPT = 2000;

/** An unambiguous name, decided as such: never left out, whatever the block's length. */
const isName = (mention: Mention) => !mention.basis.pageSensitive && mention.basis.local === UNAMBIGUOUS;

/** The names of `found`, and its words while the block's count of them is under the cap. */
function keepWords(found: Mention[], kept: { words: number }): Mention[] {
  if (kept.words + found.length <= MAX_AMBIGUOUS_KEPT) {
    kept.words += found.filter((m) => !isName(m)).length;
    return found;
  }
  return found.filter((m) => isName(m) || ++kept.words <= MAX_AMBIGUOUS_KEPT);
}

/** Two windows' evidence as one block's, capped as one block's is. */
function mergeEvidence(a: PageEvidence, b: PageEvidence): PageEvidence {
  const offTopic = { minerals: new Map<string, number>(), policy: new Map<string, number>() };
  for (const group of GROUPS) {
    for (const source of [a, b]) {
      const tally = offTopic[group];
      for (const [topic, n] of source.offTopic[group])
        tally.set(topic, Math.min(MAX_PER_BLOCK, (tally.get(topic) ?? 0) + n));
    }
  }
  return {
    mentions: Math.min(MAX_PER_BLOCK, a.mentions + b.mentions),
    offTopic,
    terms: b.terms.size === 0 ? a.terms : a.terms.size === 0 ? b.terms : new Set([...a.terms, ...b.terms]),
  };
}
