import type { EntryKind } from './match-index';
import type { Reason } from './reason-codes';

/** What the page is about, as a reason; its weight is the prior at the time it is read. */
export type PageSummary = Pick<Reason, 'code' | 'detail'>;
const ABOUT_MINERALS: PageSummary = { code: 'page-about-minerals' };
const ABOUT_OTHER: PageSummary = { code: 'page-about-other' };

/**
 * What a whole page says about its ambiguous words. A page full of unambiguous mineral names
 * ("lithium", "rare earths") makes "lead" and "silver" likelier to be metals; a page whose
 * sentences talk of medals, albums and browsers makes them less likely.
 *
 * How the page engine uses it (lib/page/recognizer.ts, lib/page/engine.ts):
 * - one per page (and per SPA navigation): `const page = createPageContext()`;
 * - every block goes through `findMentions(matcher, block.text, { page, blockKey, threshold: 0 })`,
 *   with the same `page` and the block's first text node as `blockKey` (held weakly), so a block
 *   scanned again replaces its evidence instead of adding to it. Threshold 0 keeps every candidate:
 *   the engine applies the user's threshold itself, and can change it without rescanning;
 * - blocks are scanned in time slices, what is in view first, so an ambiguous word near the top is
 *   judged before the rest of the page is known. After each pass, if `page.revision` moved, every
 *   stored block holding a mention with `basis.pageSensitive` goes through
 *   `rescoreMentions(mentions, { page, blockKey, threshold: 0 })`, and the page is repainted if a
 *   mention crossed the threshold. Rescoring reads no text: it is arithmetic on each mention's
 *   basis, cheap enough to run over every block of a long page.
 */

export type Group = 'minerals' | 'policy';

export const groupOf = (kind: EntryKind): Group => (kind === 'policy' ? 'policy' : 'minerals');

/** Off-topic cue counts by topic, for each group the topic speaks against. */
export type OffTopicCounts = Readonly<Record<Group, ReadonlyMap<string, number>>>;

export interface PageEvidence {
  /** Unambiguous mentions in the block (capped per block, so one list does not outvote a page). */
  readonly mentions: number;
  /**
   * Off-topic cue words (sport, music, tech…) in the sentences around ambiguous words. Kept per
   * group: a page about retirement savings says nothing about "silver", only about "IRA".
   */
  readonly offTopic: OffTopicCounts;
  /** Terms named unambiguously (or, for ambiguous words, with strong local evidence). */
  readonly terms: ReadonlySet<string>;
}

export interface PageContext {
  /** Log-odds the page adds to ambiguous candidates of this kind; moves as blocks are scanned. */
  priorFor(kind: EntryKind): number;
  /** Bumps whenever a prior crosses a step of STEP log-odds, or a term is first named. */
  readonly revision: number;
  /** Whether the page names this term unambiguously in a block other than `blockKey`. */
  hasSeen(termId: string, blockKey?: unknown): boolean;
  /** The prior as a reason ("the page is about minerals"), without its weight; null when it says nothing. */
  summaryFor(kind: EntryKind): PageSummary | null;
  /** Called by findMentions; `blockKey` replaces that block's earlier evidence. */
  observe(evidence: PageEvidence, blockKey?: unknown): void;
}

const STEP = 0.25;
const MAX_PRIOR = 1.5;
const MIN_PRIOR = -2.5;
export const GROUPS: readonly Group[] = ['minerals', 'policy'];

const isEmpty = (e: PageEvidence) =>
  e.mentions === 0 && e.terms.size === 0 && e.offTopic.minerals.size === 0 && e.offTopic.policy.size === 0;

/** One per page, and cheap to make: a page engine may make one for every frame it scans. */
class Page implements PageContext {
  revision = 0;
  // Element keys are held weakly: blocks removed from the page must not be kept alive by it.
  private byElement: WeakMap<object, PageEvidence> | undefined;
  private byName: Map<unknown, PageEvidence> | undefined;
  private mentions = 0;
  private readonly offTopic: Record<Group, Map<string, number>> = { minerals: new Map(), policy: new Map() };
  private readonly against: Record<Group, number> = { minerals: 0, policy: 0 };
  private readonly priors: Record<Group, number> = { minerals: 0, policy: 0 };
  private readonly termCounts = new Map<string, number>();
  /** Bumped by every observe: what a cached summary was made at. */
  private changes = 0;
  private readonly summaries: Record<Group, { at: number; text: PageSummary } | undefined> = {
    minerals: undefined,
    policy: undefined,
  };

  priorFor(kind: EntryKind): number {
    return this.priors[groupOf(kind)];
  }

  summaryFor(kind: EntryKind): PageSummary | null {
    const group = groupOf(kind);
    if (this.priors[group] >= 0.5) return ABOUT_MINERALS;
    if (this.priors[group] > -0.5) return null;
    // Asked for every ambiguous word of an off-topic page: the leading topic is found once per change.
    const cached = this.summaries[group];
    if (cached?.at === this.changes) return cached.text;
    let top: [string, number] | undefined;
    for (const entry of this.offTopic[group]) if (!top || entry[1] > top[1]) top = entry;
    const text: PageSummary = top ? { code: 'page-about-topic', detail: top[0] } : ABOUT_OTHER;
    this.summaries[group] = { at: this.changes, text };
    return text;
  }

  hasSeen(termId: string, blockKey?: unknown): boolean {
    const own = blockKey === undefined ? undefined : this.evidenceOf(blockKey);
    return (this.termCounts.get(termId) ?? 0) - (own?.terms.has(termId) ? 1 : 0) > 0;
  }

  private evidenceOf(blockKey: unknown): PageEvidence | undefined {
    return typeof blockKey === 'object' && blockKey !== null
      ? this.byElement?.get(blockKey)
      : this.byName?.get(blockKey);
  }

  observe(evidence: PageEvidence, blockKey?: unknown): void {
    let previous: PageEvidence | undefined;
    if (blockKey !== undefined) {
      const isObject = typeof blockKey === 'object' && blockKey !== null;
      previous = this.evidenceOf(blockKey);
      if (!previous && isEmpty(evidence)) return;
      if (isObject) (this.byElement ??= new WeakMap()).set(blockKey, evidence);
      else (this.byName ??= new Map()).set(blockKey, evidence);
    }
    // The new evidence first: a block scanned again that still names a term leaves the term named
    // throughout, so the revision does not move (a live ticker would otherwise bump it each time).
    this.apply(evidence, 1);
    if (previous) this.apply(previous, -1);
    this.changes++;
    this.recompute();
  }

  private apply(evidence: PageEvidence, sign: 1 | -1): void {
    this.mentions += sign * evidence.mentions;
    for (const group of GROUPS) {
      const tally = this.offTopic[group];
      for (const [topic, n] of evidence.offTopic[group]) {
        tally.set(topic, (tally.get(topic) ?? 0) + sign * n);
        this.against[group] += sign * n;
      }
    }
    for (const term of evidence.terms) {
      const before = this.termCounts.get(term) ?? 0;
      this.termCounts.set(term, before + sign);
      if (before === 0 && sign === 1) this.revision++;
    }
  }

  private recompute(): void {
    for (const group of GROUPS) {
      const next = 0.45 * Math.log1p(this.mentions) - 0.8 * Math.log1p(this.against[group]);
      const clamped = Math.min(MAX_PRIOR, Math.max(MIN_PRIOR, next));
      if (Math.floor(clamped / STEP) !== Math.floor(this.priors[group] / STEP)) this.revision++;
      this.priors[group] = clamped;
    }
  }
}

export function createPageContext(): PageContext {
  return new Page();
}
