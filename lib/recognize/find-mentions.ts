import { canonicalText } from './canonical-text';
import type { Matcher } from './compile-matcher';
import { judgeInSteps, type Judgement } from './disambiguate';
import { decide, type FindOptions, type Mention } from './decide-mention';
import { GROUPS, type PageEvidence } from './page-context';
import type { MentionBasis } from './reason-codes';
import { scanCandidates } from './scan-candidates';
import { lowerBound } from './nearby-terms';

export type { MentionBasis };
export { DEFAULT_THRESHOLD, rescoreMentions } from './decide-mention';
export type { FindOptions, Mention } from './decide-mention';

/**
 * Every mention of a dataset term in one block of text, sorted, never overlapping. Linear in the
 * text: one regex pass, then a look at the sentences around ambiguous words only.
 */
export function findMentions(matcher: Matcher, text: string, options: FindOptions = {}): Mention[] {
  const steps = findMentionsInSteps(matcher, text, options, Infinity);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * findMentions, pausing after every `chunk` candidates judged (judgeInSteps): a block or window
 * dense with ambiguous words is judged across the engine's slices. The page hears of the block,
 * and its mentions are decided, after the last step, as in one call.
 */
export function* findMentionsInSteps(
  matcher: Matcher,
  text: string,
  options: FindOptions,
  chunk: number,
): Generator<void, Mention[], undefined> {
  const { window } = options;
  const offset = window ? window.readFrom : 0;
  const canonical = canonicalText(window ? text.slice(window.readFrom, window.readTo) : text);
  const candidates = scanCandidates(matcher, canonical.text, options.languages);
  if (candidates.length === 0) {
    if (options.page && options.blockKey !== undefined)
      options.page.observe(EMPTY_EVIDENCE, options.blockKey);
    return [];
  }
  // A window judges the candidates starting in its own part, with the margins as context.
  const startOf = (i: number) => offset + canonical.toOriginal(candidates[i]!.start);
  const own = window && {
    from: lowerBound(candidates.length, startOf, window.from),
    to: lowerBound(candidates.length, startOf, window.to),
  };
  const judgements = yield* judgeInSteps(
    matcher,
    canonical.text,
    candidates,
    own ?? { from: 0, to: candidates.length },
    chunk,
  );
  if (options.page) {
    const evidence = pageEvidence(judgements);
    // A block with nothing to say still replaces what it said before under the same key.
    if (evidence || options.blockKey !== undefined)
      options.page.observe(evidence ?? EMPTY_EVIDENCE, options.blockKey);
  }
  const mentions: Mention[] = [];
  for (const { candidate, local, pageSensitive, reasons } of judgements) {
    const { term } = candidate.entry;
    const start = offset + canonical.toOriginal(candidate.start);
    const end = offset + canonical.toOriginalEnd(candidate.end);
    const basis = { local, pageSensitive, reasons };
    const mention = decide(
      term.id,
      term.kind,
      term.category,
      start,
      end,
      text.slice(start, end),
      basis,
      options,
    );
    if (mention) mentions.push(mention);
  }
  return mentions;
}

// One block, however long its list of metals or medals, speaks for a few blocks at most.
export const MAX_PER_BLOCK = 6;
const STRONG_LOCAL = 2;

export function pageEvidence(judgements: readonly Judgement[]): PageEvidence | undefined {
  let mentions = 0;
  let offTopic: { minerals: Map<string, number>; policy: Map<string, number> } | undefined;
  let terms: Set<string> | undefined;
  for (const j of judgements) {
    if ((!j.pageSensitive && !j.rejected) || (j.pageSensitive && j.local >= STRONG_LOCAL)) {
      // A name counts for the page; so does "lead pipes", which settles what "lead" means there.
      if (!j.pageSensitive) mentions++;
      (terms ??= new Set()).add(j.candidate.entry.term.id);
    }
    if (!j.offTopic) continue;
    offTopic ??= { minerals: new Map(), policy: new Map() };
    for (const group of GROUPS) {
      const tally = offTopic[group];
      for (const [topic, n] of j.offTopic[group])
        tally.set(topic, Math.min(MAX_PER_BLOCK, (tally.get(topic) ?? 0) + n));
    }
  }
  if (!terms && !offTopic) return undefined;
  return {
    mentions: Math.min(mentions, MAX_PER_BLOCK),
    offTopic: offTopic ?? NO_TOPICS,
    terms: terms ?? NO_TERMS,
  };
}

const NO_TOPICS = { minerals: new Map<string, number>(), policy: new Map<string, number>() };
const NO_TERMS: ReadonlySet<string> = new Set();
export const EMPTY_EVIDENCE: PageEvidence = { mentions: 0, offTopic: NO_TOPICS, terms: NO_TERMS };
