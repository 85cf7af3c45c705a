import type { Matcher } from './compile-matcher';
import { CONTEXT_REACH, type CompiledSense } from './compile-senses';
import { GENERIC_AFTER, GENERIC_BEFORE } from './lexicon/senses-generic';
import type { ContextPattern } from './lexicon/types';
import type { OffTopicCounts } from './page-context';
import type { Candidate } from './scan-candidates';
import { weighSentence, type SentenceCache } from './sentence-evidence';
import {
  isCapitalised,
  isSentenceStart,
  lineBounds,
  lineCase,
  wordAfter,
  wordBefore,
  type LineCase,
} from './text-shape';

/**
 * Local evidence for each candidate, in log-odds, with the page left out (page-context.ts adds
 * it, and can add it again later without reading the text). An unambiguous name starts high;
 * an ambiguous word starts below the threshold and must be argued up by its context.
 */

export interface Reason {
  readonly label: string;
  readonly weight: number;
}

export interface Judgement {
  readonly candidate: Candidate;
  readonly local: number;
  /** Ambiguous candidates take the page's prior; names and rejected phrases do not. */
  readonly pageSensitive: boolean;
  readonly reasons: readonly Reason[];
  /** Part of a fixed non-mineral phrase ("silver medal"): rejected whatever the page says. */
  readonly rejected: boolean;
  /** Off-topic cue words in its sentence, by topic, for the page's evidence. */
  readonly offTopic: OffTopicCounts;
}

export const UNAMBIGUOUS = 3;
const NONE: OffTopicCounts = { minerals: new Map(), policy: new Map() };
const AMBIGUOUS = -1;
// An ambiguous acronym (MSP, DOE, CRM) has no spelling or grammar to go on, only its context.
const AMBIGUOUS_ACRONYM = -1.3;
const REJECTED = -8;
const SPEECH_VERB =
  /^(?:said|says|told|wrote|added|argued|announced|dijo|afirmó|explicó|señaló|declaró|aseguró)$/i;

function matchesPhrase(sense: CompiledSense | undefined, text: string, c: Candidate): string | undefined {
  if (!sense || sense.phrases.length === 0) return undefined;
  const before = text.slice(Math.max(0, c.start - CONTEXT_REACH), c.start);
  const after = text.slice(c.end, c.end + CONTEXT_REACH);
  const capitalised = /^\p{Lu}/u.test(text.slice(c.start, c.end));
  for (const phrase of sense.phrases) {
    if (phrase.capitalised && !capitalised) continue;
    if ((!phrase.before || phrase.before.test(before)) && (!phrase.after || phrase.after.test(after))) {
      return phrase.label;
    }
  }
  return undefined;
}

function weighPatterns(patterns: readonly ContextPattern[], around: string, reasons: Reason[]): number {
  let sum = 0;
  for (const [pattern, weight, label] of patterns) {
    if (!pattern.test(around)) continue;
    sum += weight;
    if (label) reasons.push({ label, weight });
  }
  return sum;
}

function weighCapitals(text: string, c: Candidate, shape: LineCase, reasons: Reason[]): number {
  if (shape !== 'sentence' || c.entry.alias.caseSensitive) return 0;
  if (!/^\p{Lu}/u.test(text[c.start] ?? '') || isSentenceStart(text, c.start)) return 0;
  const before = wordBefore(text, c.start);
  const after = wordAfter(text, c.end);
  let sum = -1.5;
  reasons.push({ label: 'capitalised like a name', weight: -1.5 });
  if (isCapitalised(before) && !isSentenceStart(text, c.start - before!.length - 1)) sum -= 1;
  if (isCapitalised(after)) sum -= 0.8;
  if (after && SPEECH_VERB.test(after)) {
    sum -= 3;
    reasons.push({ label: `a person ("${text.slice(c.start, c.end)} ${after}")`, weight: -3 });
  }
  return sum;
}

export function judgeCandidates(
  matcher: Matcher,
  text: string,
  candidates: readonly Candidate[],
): Judgement[] {
  const lineShapes = new Map<number, LineCase>();
  const shapeAt = (at: number): LineCase => {
    const [from, to] = lineBounds(text, at);
    let shape = lineShapes.get(from);
    if (!shape) lineShapes.set(from, (shape = lineCase(text.slice(from, to))));
    return shape;
  };
  const rejected = candidates.map((c) => matchesPhrase(c.entry.sense, text, c));
  const ambiguous = candidates.map(
    (c, i) =>
      rejected[i] === undefined &&
      (c.entry.ambiguous || (c.entry.alias.caseSensitive && shapeAt(c.start) === 'upper')),
  );
  const flags = { ambiguous, rejected, sentences: new Map() as SentenceCache };
  return candidates.map((c, i): Judgement => {
    const phrase = rejected[i];
    if (phrase !== undefined) {
      // "silver medal" is not silver, but its sentence still tells the page it is about sport.
      const offTopic = c.entry.ambiguous ? weighSentence(matcher, text, candidates, i, flags).offTopic : NONE;
      const reasons = [{ label: `part of "${phrase}"`, weight: REJECTED }];
      return { candidate: c, local: REJECTED, pageSensitive: false, rejected: true, offTopic, reasons };
    }
    if (!ambiguous[i]) {
      return {
        candidate: c,
        local: UNAMBIGUOUS,
        pageSensitive: false,
        rejected: false,
        offTopic: NONE,
        reasons: [],
      };
    }
    const reasons: Reason[] = [];
    const sense = c.entry.sense;
    let local = (c.entry.alias.caseSensitive ? AMBIGUOUS_ACRONYM : AMBIGUOUS) + (sense?.prior ?? 0);
    const before = text.slice(Math.max(0, c.start - CONTEXT_REACH), c.start);
    const after = text.slice(c.end, c.end + CONTEXT_REACH);
    local += weighPatterns(sense?.before ?? [], before, reasons);
    local += weighPatterns(sense?.after ?? [], after, reasons);
    if (c.entry.term.kind !== 'policy') {
      local += weighPatterns(GENERIC_BEFORE, before, reasons) + weighPatterns(GENERIC_AFTER, after, reasons);
    }
    local += weighCapitals(text, c, shapeAt(c.start), reasons);
    const sentence = weighSentence(matcher, text, candidates, i, flags);
    local += sentence.weight;
    reasons.push(...sentence.reasons);
    return {
      candidate: c,
      local,
      pageSensitive: true,
      rejected: false,
      offTopic: sentence.offTopic,
      reasons,
    };
  });
}
