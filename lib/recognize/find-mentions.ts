import { SETTINGS_DEFAULTS } from '@/lib/settings/defaults';
import { canonicalText } from './canonical-text';
import type { Matcher } from './compile-matcher';
import { explainMention } from './explain-mention';
import { judgeInSteps, UNAMBIGUOUS, type Judgement } from './disambiguate';
import type { EntryKind, Lang } from './match-index';
import { GROUPS, type PageContext, type PageEvidence, type PageSummary } from './page-context';
import { NAME_EXPLANATION, type Explanation, type MentionBasis } from './reason-codes';
import { scanCandidates } from './scan-candidates';
import { lowerBound } from './nearby-terms';
import type { TextWindow } from './text-windows';

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
  /**
   * Only the mentions starting in [from, to), judged on text[readFrom, readTo): one window of a
   * huge block (text-windows.ts). Offsets stay those of the whole text; the page hears only of
   * the window's own mentions, so windows that overlap do not count a word twice.
   */
  readonly window?: TextWindow;
}

export type { MentionBasis };

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
  /**
   * Why it is highlighted (or held back), as codes and quoted evidence: for the card's "why is this
   * highlighted?", put into words in the reader's language by lib/i18n/reason-words.ts.
   */
  readonly why: Explanation;
  /** Only with `includeHeld`: below the threshold for now. */
  readonly held?: boolean;
  readonly basis: MentionBasis;
}

/** The settings' default threshold, for callers that pass none (the page engine passes its own). */
export const DEFAULT_THRESHOLD = SETTINGS_DEFAULTS.threshold;
/** A term named unambiguously elsewhere on the page speaks for its ambiguous aliases. */
const SEEN = 1;

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
  const languages = options.languages ? new Set(options.languages) : undefined;
  const candidates = scanCandidates(matcher, canonical.text, languages);
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

/**
 * Judges mentions again under the page as it stands now: for mentions found before the rest of
 * the page was known. Reads no text. Pass the same options as to findMentions, `blockKey` included.
 */
export function rescoreMentions(mentions: readonly Mention[], options: FindOptions = {}): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    const next = decide(m.termId, m.kind, m.category, m.start, m.end, m.text, m.basis, options);
    if (next) out.push(next);
  }
  return out;
}

const NAME_CONFIDENCE = confidenceOf(UNAMBIGUOUS);

function confidenceOf(score: number): number {
  return Math.round(1000 / (1 + Math.exp(-score))) / 1000;
}

function decide(
  termId: string,
  kind: EntryKind,
  category: string,
  start: number,
  end: number,
  text: string,
  basis: MentionBasis,
  options: FindOptions,
): Mention | undefined {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  let score = basis.local;
  const page = basis.pageSensitive ? options.page : undefined;
  const prior = page ? page.priorFor(kind) : 0;
  // A block's own mentions are no evidence for themselves: only other blocks count.
  const seen = page ? page.hasSeen(termId, options.blockKey) : false;
  score += prior + (seen ? SEEN : 0);
  const confidence = !basis.pageSensitive && score === UNAMBIGUOUS ? NAME_CONFIDENCE : confidenceOf(score);
  const kept = confidence >= threshold;
  if (!kept && !options.includeHeld) return undefined;
  if (!basis.pageSensitive && kept && score === UNAMBIGUOUS) {
    return { termId, kind, category, start, end, text, confidence, why: NAME_EXPLANATION, basis };
  }
  // The card reads the reason when it opens: most mentions never need it written out. What it
  // says of the page is taken now, since the page moves on.
  const why = { kept, summary: page?.summaryFor(kind) ?? null, prior, seen };
  const mention = new JudgedMention(termId, kind, category, start, end, text, confidence, basis, why);
  // Only held mentions have the property, as with the plain objects above.
  return kept ? mention : Object.assign(mention, { held: true as const });
}

/** What a mention's reason says besides its basis: taken when it is judged, written out when read. */
interface Why {
  readonly kept: boolean;
  /** What the page is about, as summaryFor says; null when it says nothing. */
  readonly summary: PageSummary | null;
  readonly prior: number;
  readonly seen: boolean;
}

/** A mention whose reason is put together on first read. A class: cheap to make by the thousand. */
class JudgedMention implements Mention {
  private explained: Explanation | undefined;

  constructor(
    readonly termId: string,
    readonly kind: EntryKind,
    readonly category: string,
    readonly start: number,
    readonly end: number,
    readonly text: string,
    readonly confidence: number,
    readonly basis: MentionBasis,
    private readonly judged: Why,
  ) {}

  get why(): Explanation {
    if (this.explained === undefined) {
      const { kept, summary, prior, seen } = this.judged;
      const reasons = [...this.basis.reasons];
      if (summary) reasons.push({ ...summary, weight: prior });
      if (seen) reasons.push({ code: 'seen-elsewhere', weight: SEEN });
      this.explained = explainMention(this.text, this.basis, reasons, kept);
    }
    return this.explained;
  }
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
