import { MATCHED_HYPHEN_RANGE } from '@/lib/text/punctuation';
import type { Matcher } from './compile-matcher';
import type { CueHit } from './cue-matcher';
import type { Reason } from './reason-codes';
import type { Candidate } from './scan-candidates';
import type { OffTopicCounts } from './page-context';
import { lowerBound, NearbyTerms } from './nearby-terms';
import { sentenceBounds, type LineShapes } from './text-shape';

/**
 * What the rest of the sentence, and of the paragraph, says about an ambiguous candidate: cue
 * words of a topic, and other terms named without ambiguity ("lead and zinc", "the IRA's
 * critical-mineral rules"). Totals are capped so that one talkative sentence cannot decide alone.
 */

/** Cue hits by sentence, keyed by its bounds (start * 2^26 + end). */
export type SentenceCache = Map<number, CueHit[]>;

interface Flags {
  readonly ambiguous: readonly boolean[];
  /** Settled as something else: not evidence for its neighbours. */
  readonly rejected: readonly boolean[];
  readonly lines: LineShapes;
  /** Made on first need: most blocks have no ambiguous word. */
  sentences?: SentenceCache;
  /** The block's unambiguously named candidates, indexed on first need. */
  nearby?: NearbyTerms;
  /** For each candidate, the index of the next one whose term differs (see runEnds). */
  otherTermAfter?: Int32Array;
}

/** For each candidate, the first later index whose term differs from its own (or the length). */
function runEnds(candidates: readonly Candidate[]): Int32Array {
  const ends = new Int32Array(candidates.length);
  for (let j = candidates.length - 1; j >= 0; j--) {
    const next = candidates[j + 1];
    ends[j] = next && next.entry.term === candidates[j]!.entry.term ? ends[j + 1]! : j + 1;
  }
  return ends;
}

const NEAR = 24;
/** "copper, lead and zinc", "lead-zinc", "galio e indio": a list of terms is a list of one kind. */
const LIST_SEPARATOR = /* @__PURE__ */ new RegExp(
  `^\\s*(?:,|;|\\/|&|[-${MATCHED_HYPHEN_RANGE}]|,?\\s*(?:and|or|as well as|y|e|o|u|ni))(?:\\s+(?:the|el|la|los|las))?\\s*$`,
  'i',
);
const LISTED = 2;
const MAX_CUES_FOR = 3;
const MAX_CUES_AGAINST = -4.5;
const MAX_NAMES = 2.5;
const PARAGRAPH_REACH = 400;
const SAME_TERM_REACH = 1500;

function overlapsCandidate(hit: CueHit, candidates: readonly Candidate[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    const c = candidates[j]!;
    if (c.start < hit.end && hit.start < c.end) return true;
  }
  return false;
}

function isListedWith(text: string, c: Candidate, other: Candidate | undefined): boolean {
  if (!other || other.entry.term === c.entry.term) return false;
  const gap = other.end <= c.start ? text.slice(other.end, c.start) : text.slice(c.end, other.start);
  return gap.length <= 16 && LIST_SEPARATOR.test(gap);
}

export interface SentenceWeight {
  readonly weight: number;
  readonly reasons: Reason[];
  readonly offTopic: OffTopicCounts | undefined;
}

export function weighSentence(
  matcher: Matcher,
  text: string,
  candidates: readonly Candidate[],
  i: number,
  flags: Flags,
): SentenceWeight {
  const c = candidates[i]!;
  const kind = c.entry.term.kind;
  const [from, to] = sentenceBounds(text, c.start, c.end);
  // Candidates never overlap, so starts and ends both ascend: binary searches, not walks.
  const startAt = (k: number) => candidates[k]!.start;
  const endAt = (k: number) => candidates[k]!.end;
  const first = Math.min(i, lowerBound(candidates.length, startAt, from));
  const last = Math.max(
    i + 1,
    lowerBound(candidates.length, (k) => (k <= i ? -Infinity : endAt(k)), to + 1),
  );

  // Keyed by both ends: a sentence cut short shares its start with others that end elsewhere.
  const key = from * 2 ** 26 + to;
  const sentences = (flags.sentences ??= new Map<number, CueHit[]>());
  let hits = sentences.get(key);
  if (!hits) sentences.set(key, (hits = matcher.cues.find(text, from, to)));
  const reasons: Reason[] = [];
  let offTopic: { minerals: Map<string, number>; policy: Map<string, number> } | undefined;
  let cuesFor = 0;
  let cuesAgainst = 0;
  for (const hit of hits) {
    if (overlapsCandidate(hit, candidates, first, last)) continue;
    const near = hit.end >= c.start - NEAR && hit.start <= c.end + NEAR;
    for (const cue of hit.cues) {
      if (cue.kinds && !cue.kinds.includes(kind)) continue;
      if (cue.only && !cue.only.has(c.entry.senseKey)) continue;
      const weight = cue.weight * (near ? 1.5 : 1);
      if (weight > 0) cuesFor += weight;
      else {
        cuesAgainst += weight;
        for (const group of cue.groups) {
          offTopic ??= { minerals: new Map(), policy: new Map() };
          offTopic[group].set(cue.topic, (offTopic[group].get(cue.topic) ?? 0) + 1);
        }
      }
      reasons.push({ code: 'topic', detail: cue.topic, quote: text.slice(hit.start, hit.end), weight });
    }
  }
  let weight = Math.min(cuesFor, MAX_CUES_FOR) + Math.max(cuesAgainst, MAX_CUES_AGAINST);

  // The candidates either side.
  for (let j = i > 0 ? i - 1 : i + 1; j <= i + 1; j += 2) {
    if (flags.rejected[j] || !isListedWith(text, c, candidates[j])) continue;
    const other = candidates[j]!;
    weight += LISTED;
    reasons.push({ code: 'listed-with', quote: text.slice(other.start, other.end), weight: LISTED });
  }

  let names = 0;
  // Once the names reach their cap, nothing more is added or said. A run of the word's own term
  // ("lead lead lead…") is stepped over at once.
  const otherTermAfter = (flags.otherTermAfter ??= runEnds(candidates));
  for (let j = first; j < last && names < MAX_NAMES; j++) {
    const other = candidates[j]!;
    if (other.entry.term === c.entry.term) {
      j = otherTermAfter[j]! - 1;
      continue;
    }
    if (j === i || flags.rejected[j]) continue;
    const value = flags.ambiguous[j]
      ? 0.5
      : other.entry.term.kind === 'policy' && kind !== 'policy'
        ? 1
        : 1.5;
    if (names < MAX_NAMES) {
      reasons.push({
        code: 'same-sentence',
        quote: text.slice(other.start, other.end),
        weight: value,
      });
    }
    names += value;
  }
  weight += Math.min(names, MAX_NAMES);

  // Further off, in the same paragraph: a weaker hint, and the strong one of the same term named
  // unambiguously ("the Inflation Reduction Act (IRA)"). Bounded, so long blocks stay linear.
  const [lineStart, lineEnd] = flags.lines.bounds(c.start);
  const low = Math.max(lineStart, c.start - SAME_TERM_REACH);
  const high = Math.min(lineEnd, c.end + SAME_TERM_REACH);
  // A law or a deal nearby says the paragraph is about policy, not which meaning a metal word has.
  const terms = (flags.nearby ??= new NearbyTerms(
    candidates,
    (j) => !flags.ambiguous[j] && !flags.rejected[j],
  ));
  const lo = lowerBound(i, startAt, low);
  const hi = lowerBound(candidates.length, (k) => (k <= i ? -Infinity : endAt(k)), high + 1) - 1;
  const term = c.entry.term;
  const sameTerm = terms.names(term, lo, hi);
  const policyCounts = kind === 'policy';
  const before = terms.otherBefore(term, policyCounts, lo, first);
  const after = terms.otherAfter(term, policyCounts, last, hi);
  const nearby =
    (before !== undefined && c.start - candidates[before]!.start <= PARAGRAPH_REACH) ||
    (after !== undefined && candidates[after]!.start - c.start <= PARAGRAPH_REACH);
  if (sameTerm) {
    weight += 2.5;
    reasons.push({ code: 'named-in-full', quote: c.entry.term.label, weight: 2.5 });
  }
  if (nearby) {
    weight += 0.7;
    reasons.push({ code: 'terms-in-paragraph', weight: 0.7 });
  }
  return { weight, reasons, offTopic };
}
