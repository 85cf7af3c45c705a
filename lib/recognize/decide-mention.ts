import { SETTINGS_DEFAULTS } from '@/lib/settings/defaults';
import { explainMention } from './explain-mention';
import type { EntryKind, Lang } from './match-index';
import type { PageContext, PageSummary } from './page-context';
import type { TextWindow } from './text-windows';
import { NAME_EXPLANATION, type Explanation, type MentionBasis } from './reason-codes';

/**
 * A candidate's confidence from its local evidence and what the page says: the last, cheap step of
 * recognition, apart from the judging that reads text (find-mentions.ts) so that a page can take
 * it without the judge (block-judgement.ts: the background judges, the page decides).
 */

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

/** What deciding reads of a mention: a Mention, or a candidate judged elsewhere (block-judgement.ts). */
export type Candidate = Pick<Mention, 'termId' | 'kind' | 'category' | 'start' | 'end' | 'text' | 'basis'>;

/** A name's local score: no sentence or page moves it. */
export const UNAMBIGUOUS = 3;
/** The settings' default threshold, for callers that pass none (the page engine passes its own). */
export const DEFAULT_THRESHOLD = SETTINGS_DEFAULTS.threshold;
/** A term named unambiguously elsewhere on the page speaks for its ambiguous aliases. */
const SEEN = 1;

/**
 * Judges mentions again under the page as it stands now: for mentions found before the rest of
 * the page was known. Reads no text. Pass the same options as to findMentions, `blockKey` included.
 */
export function rescoreMentions(mentions: readonly Candidate[], options: FindOptions = {}): Mention[] {
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

export function decide(
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
