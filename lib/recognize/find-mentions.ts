import { canonicalText } from './canonical-text';
import type { Matcher } from './compile-matcher';
import { describeReason, NAME_REASON } from './describe-reason';
import { judgeCandidates, UNAMBIGUOUS, type Judgement, type Reason } from './disambiguate';
import type { EntryKind, Lang } from './match-index';
import type { PageContext, PageEvidence } from './page-context';
import { scanCandidates } from './scan-candidates';

export interface FindOptions {
  /** Keep mentions whose confidence reaches this (0..1). The user's setting. */
  readonly threshold?: number;
  /** Alias languages to match; all languages of the index by default. */
  readonly languages?: readonly Lang[];
  /** The page this block belongs to: its evidence is recorded, and its prior applied. */
  readonly page?: PageContext;
  /** Identifies the block for `page`, so re-scanning a block replaces its evidence. */
  readonly blockKey?: unknown;
  /** Also return candidates below the threshold, flagged `held`, for rescoreMentions. */
  readonly includeHeld?: boolean;
}

/** What rescoreMentions needs to judge a mention again without its text. */
export interface MentionBasis {
  /** Log-odds from the text around the mention, the page left out. */
  readonly local: number;
  /** Whether the page's prior enters its confidence (ambiguous words only). */
  readonly pageSensitive: boolean;
  readonly reasons: readonly Reason[];
}

export interface Mention {
  readonly termId: string;
  readonly kind: EntryKind;
  readonly category: string;
  /** UTF-16 offsets into the text given to findMentions. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** 0..1 */
  readonly confidence: number;
  /** Why it is highlighted (or held back): for the card's "why is this highlighted?". */
  readonly reason: string;
  /** Only with `includeHeld`: below the threshold for now. */
  readonly held?: boolean;
  readonly basis: MentionBasis;
}

export const DEFAULT_THRESHOLD = 0.5;

/**
 * Every mention of a dataset term in one block of text, sorted, never overlapping. Linear in the
 * text: one regex pass, then a look at the sentences around ambiguous words only.
 */
export function findMentions(matcher: Matcher, text: string, options: FindOptions = {}): Mention[] {
  const canonical = canonicalText(text);
  const languages = options.languages ? new Set(options.languages) : undefined;
  const candidates = scanCandidates(matcher, canonical.text, languages);
  if (candidates.length === 0) return [];
  const judgements = judgeCandidates(matcher, canonical.text, candidates);
  if (options.page) options.page.observe(pageEvidence(judgements), options.blockKey);
  const mentions: Mention[] = [];
  for (const judgement of judgements) {
    const { start, end, entry } = judgement.candidate;
    const original = { start: canonical.toOriginal(start), end: canonical.toOriginalEnd(end) };
    const mention = decide(
      {
        termId: entry.term.id,
        kind: entry.term.kind,
        category: entry.term.category,
        ...original,
        text: text.slice(original.start, original.end),
        basis: { local: judgement.local, pageSensitive: judgement.pageSensitive, reasons: judgement.reasons },
      },
      options,
    );
    if (mention) mentions.push(mention);
  }
  return mentions;
}

/**
 * Judges mentions again under the page as it stands now: for mentions found before the rest of
 * the page was known. Reads no text. Pass the same options as to findMentions.
 */
export function rescoreMentions(mentions: readonly Mention[], options: FindOptions = {}): Mention[] {
  const out: Mention[] = [];
  for (const mention of mentions) {
    const next = decide(mention, options);
    if (next) out.push(next);
  }
  return out;
}

type Undecided = Omit<Mention, 'confidence' | 'reason' | 'held'>;

const NAME_CONFIDENCE = confidenceOf(UNAMBIGUOUS);

function confidenceOf(score: number): number {
  return Math.round(1000 / (1 + Math.exp(-score))) / 1000;
}

function decide(mention: Undecided, options: FindOptions): Mention | undefined {
  const { termId, kind, category, start, end, text, basis } = mention;
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  if (!basis.pageSensitive && basis.local === UNAMBIGUOUS) {
    // The common case, kept cheap: a name with no other meaning.
    if (NAME_CONFIDENCE < threshold && !options.includeHeld) return undefined;
    const base = {
      termId,
      kind,
      category,
      start,
      end,
      text,
      basis,
      confidence: NAME_CONFIDENCE,
      reason: NAME_REASON,
    };
    return NAME_CONFIDENCE >= threshold ? base : { ...base, held: true };
  }
  const page = options.page;
  let score = basis.local;
  const reasons = [...basis.reasons];
  if (basis.pageSensitive && page) {
    const prior = page.priorFor(mention.kind);
    const summary = page.summaryFor(mention.kind);
    score += prior;
    if (summary) reasons.push({ label: summary, weight: prior });
    if (page.hasSeen(termId)) {
      score += 1;
      reasons.push({ label: 'named unambiguously elsewhere on the page', weight: 1 });
    }
  }
  const confidence = confidenceOf(score);
  const kept = confidence >= threshold;
  if (!kept && !options.includeHeld) return undefined;
  const reason = describeReason(text, basis, reasons, kept);
  const base = { termId, kind, category, start, end, text, basis, confidence, reason };
  return kept ? base : { ...base, held: true };
}

// One block, however long its list of metals or medals, speaks for a few blocks at most.
const MAX_PER_BLOCK = 6;
const STRONG_LOCAL = 2;

function pageEvidence(judgements: readonly Judgement[]): PageEvidence {
  let mentions = 0;
  const offTopic = { minerals: new Map<string, number>(), policy: new Map<string, number>() };
  const terms = new Set<string>();
  for (const j of judgements) {
    if (!j.pageSensitive && !j.rejected) {
      mentions++;
      terms.add(j.candidate.entry.term.id);
    } else if (j.pageSensitive && j.local >= STRONG_LOCAL) {
      // "lead pipes" settles what "lead" means on a page about water, as a name would.
      terms.add(j.candidate.entry.term.id);
    }
    for (const group of ['minerals', 'policy'] as const) {
      const tally = offTopic[group];
      for (const [topic, n] of j.offTopic[group])
        tally.set(topic, Math.min(MAX_PER_BLOCK, (tally.get(topic) ?? 0) + n));
    }
  }
  return { mentions: Math.min(mentions, MAX_PER_BLOCK), offTopic, terms };
}
