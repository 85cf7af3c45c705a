import type { Matcher } from './compile-matcher';
import { CONTEXT_REACH, type CompiledSense } from './instantiate-sense';
import { UNAMBIGUOUS } from './decide-mention';
import { groupOf, type OffTopicCounts } from './page-context';
import type { Phrase } from './phrase-index';
import type { Candidate } from './scan-candidates';
import { weighSentence } from './sentence-evidence';
import { isCapitalised, isSentenceStart, LineShapes, wordAfter, wordBefore } from './text-shape';

/**
 * Local evidence for each candidate, in log-odds, with the page left out (page-context.ts adds
 * it, and can add it again later without reading the text). An unambiguous name starts high;
 * an ambiguous word starts below the threshold and must be argued up by its context. Cheap checks
 * come first: a fixed phrase or a decisive pattern ("will lead") ends the matter before the
 * sentence is read.
 */

import type { Reason } from './reason-codes';
export type { Reason };

export interface Judgement {
  readonly candidate: Candidate;
  readonly local: number;
  /** Ambiguous candidates take the page's prior; names and rejected phrases do not. */
  readonly pageSensitive: boolean;
  readonly reasons: readonly Reason[];
  /** Settled as something else (a phrase, a decisive pattern), whatever the page says. */
  readonly rejected: boolean;
  /** Off-topic cue words around it, by group and topic, for the page's evidence. */
  readonly offTopic: OffTopicCounts | undefined;
}

const AMBIGUOUS = -1;
// An ambiguous acronym (MSP, DOE, CRM) has no spelling or grammar to go on, only its context.
const AMBIGUOUS_ACRONYM = -1.3;
const REJECTED = -8;
const ALL_CAPS_SHORT_ACRONYM = -2;
/** Local evidence this low cannot be argued up by any sentence or page. */
const DECISIVE = -5.5;
const NO_REASONS: readonly Reason[] = [];
/** What judging one ambiguous word in its sentence costs, in candidates looked up (see judgeInSteps). */
const SENTENCE_COST = 5;
const SPEECH_VERB =
  /^(?:said|says|told|wrote|added|argued|announced|dijo|afirmó|explicó|señaló|declaró|aseguró)$/i;
/**
 * A law, a deal or a concept does not report or tell: "the DPA reported" is the German press
 * agency. ("The IRA says" is how news quotes a law, so "say" is not among these.)
 */
const REPORTING_VERB = /^(?:reported|reports|told|announced|argued|wrote|informó|dijo|declaró|anunció)$/i;
const SPEAKER = -3;
/** Policy categories whose names can report or announce: agencies, and partnerships of countries. */
const SPEAKING = new Set(['agency', 'agreement']);

function weighCapitals(text: string, c: Candidate, lines: LineShapes, reasons: Reason[]): number {
  if (c.entry.alias.caseSensitive || !isCapitalised(text[c.start])) return 0;
  if (isSentenceStart(text, c.start) || lines.isHeadline(c.start)) return 0;
  const before = wordBefore(text, c.start);
  const after = wordAfter(text, c.end);
  let sum = -1.5;
  reasons.push({ code: 'capitalised', weight: -1.5 });
  if (isCapitalised(before) && !isSentenceStart(text, c.start - before!.length - 1)) sum -= 1;
  if (isCapitalised(after)) sum -= 0.8;
  if (after && SPEECH_VERB.test(after)) {
    sum -= 3;
    reasons.push({ code: 'person', quote: `${text.slice(c.start, c.end)} ${after}`, weight: -3 });
  }
  return sum;
}

/** An acronym followed by a reporting verb names a speaker, which only some policy terms can be. */
function weighSpeaker(text: string, c: Candidate, reasons: Reason[]): number {
  const { term, alias } = c.entry;
  if (!alias.caseSensitive || term.kind !== 'policy' || SPEAKING.has(term.category)) return 0;
  const after = wordAfter(text, c.end);
  if (!after || !REPORTING_VERB.test(after)) return 0;
  reasons.push({ code: 'speaker', quote: `${text.slice(c.start, c.end)} ${after}`, weight: SPEAKER });
  return SPEAKER;
}

function rejection(c: Candidate, phrase: Phrase): Judgement {
  let offTopic: OffTopicCounts | undefined;
  if (phrase.topic) {
    const counts = { minerals: new Map<string, number>(), policy: new Map<string, number>() };
    counts[groupOf(c.entry.term.kind)].set(phrase.topic, 1);
    offTopic = counts;
  }
  const reasons: Reason[] = [{ code: 'part-of', quote: phrase.label, weight: REJECTED }];
  return { candidate: c, local: REJECTED, pageSensitive: false, rejected: true, offTopic, reasons };
}

/**
 * Local evidence from the words either side and the word's own shape: no sentence read yet.
 * `generic`: the patterns around any mineral word (lexicon/senses-generic.ts).
 */
function weighShape(
  text: string,
  c: Candidate,
  generic: CompiledSense,
  lines: LineShapes,
  reasons: Reason[],
): number {
  const sense = c.entry.sense;
  let local = (c.entry.alias.caseSensitive ? AMBIGUOUS_ACRONYM : AMBIGUOUS) + (sense?.prior ?? 0);
  if (sense && sense.prior >= 1) reasons.push({ code: 'usual-sense', weight: sense.prior });
  if (sense) {
    local += sense.before.weigh(text, c.start, reasons);
    local += sense.after.weigh(text, c.end, reasons);
  }
  if (c.entry.term.kind !== 'policy') {
    local += generic.before.weigh(text, c.start, reasons) + generic.after.weigh(text, c.end, reasons);
  }
  local += weighCapitals(text, c, lines, reasons) + weighSpeaker(text, c, reasons);
  if (c.entry.alias.caseSensitive && c.end - c.start <= 2 && lines.isAllCaps(c.start)) {
    // "SE DISPARA EL DÓLAR": in capitals, a two-letter acronym is any short word.
    local += ALL_CAPS_SHORT_ACRONYM;
    reasons.push({ code: 'all-caps-headline', weight: ALL_CAPS_SHORT_ACRONYM });
  }
  return local;
}

/**
 * Judges the candidates `own.from` to `own.to` (indices), the others being their context. A window
 * of a huge block (text-windows.ts) judges only its own part, and reads its margins no further
 * than its own words need: what is settled there (phrases, and words ruled out before their
 * sentence is read) is what a neighbour's judgement looks at.
 *
 * In steps of about `chunk` candidates looked at (Infinity: one step), for a caller that yields
 * to the page between them: 2,000 characters of "lead tin lead…" are a thousand candidates to look
 * up and hundreds to judge, 20-50 ms at one go while the code is still cold (Node, CPU time). The
 * steps do the work of one call in the same order, so the judgements are the same.
 */
export function* judgeInSteps(
  matcher: Matcher,
  text: string,
  candidates: readonly Candidate[],
  own: { from: number; to: number },
  chunk: number,
): Generator<void, Judgement[], undefined> {
  const lines = new LineShapes(text);
  const count = candidates.length;
  const phrases: (Phrase | undefined)[] = new Array<Phrase | undefined>(count);
  const ambiguous: boolean[] = new Array<boolean>(count);
  const rejected: boolean[] = new Array<boolean>(count);
  // Candidates looked at so far, and where the next pause falls.
  let done = 0;
  let next = chunk;
  for (let i = 0; i < count; i++) {
    if (++done >= next) {
      next = done + chunk;
      yield;
    }
    const c = candidates[i]!;
    const sense = c.entry.sense;
    const phrase =
      sense && sense.phrases.size > 0 ? sense.phrases.find(text, c.start, c.end, CONTEXT_REACH) : undefined;
    phrases[i] = phrase;
    rejected[i] = phrase !== undefined;
    ambiguous[i] =
      phrase === undefined &&
      (c.entry.ambiguous || (c.entry.alias.caseSensitive && lines.isAllCaps(c.start)));
  }
  // Earlier words ruled out by their neighbours ("will lead") are no evidence for a later one.
  for (let i = 0; i < own.from; i++) {
    if (!ambiguous[i]) continue;
    if (++done >= next) {
      next = done + chunk;
      yield;
    }
    if (weighShape(text, candidates[i]!, matcher.generic, lines, []) <= DECISIVE) rejected[i] = true;
  }
  const flags = { ambiguous, rejected, lines };
  const judgements: Judgement[] = [];
  for (let i = own.from; i < own.to; i++) {
    const c = candidates[i]!;
    const phrase = phrases[i];
    if (phrase) {
      judgements.push(rejection(c, phrase));
      continue;
    }
    if (!ambiguous[i]) {
      judgements.push({
        candidate: c,
        local: UNAMBIGUOUS,
        pageSensitive: false,
        rejected: false,
        offTopic: undefined,
        reasons: NO_REASONS,
      });
      continue;
    }
    // Reading a word's sentence costs several look-ups (about five, counted by the work meter).
    done += SENTENCE_COST;
    if (done >= next) {
      next = done + chunk;
      yield;
    }
    const reasons: Reason[] = [];
    let local = weighShape(text, c, matcher.generic, lines, reasons);
    if (local <= DECISIVE) {
      // "will lead the talks": no sentence or page could make this the metal.
      rejected[i] = true;
      judgements.push({
        candidate: c,
        local,
        pageSensitive: false,
        rejected: true,
        offTopic: undefined,
        reasons,
      });
      continue;
    }
    const sentence = weighSentence(matcher, text, candidates, i, flags);
    local += sentence.weight;
    reasons.push(...sentence.reasons);
    judgements.push({
      candidate: c,
      local,
      pageSensitive: true,
      rejected: false,
      offTopic: sentence.offTopic,
      reasons,
    });
  }
  return judgements;
}
