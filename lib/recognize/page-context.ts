/**
 * What a whole page says about its ambiguous words. A page full of unambiguous mineral names
 * ("lithium", "rare earths") makes "lead" and "silver" likelier to be metals; a page whose
 * sentences talk of medals, albums and browsers makes them less likely.
 *
 * How the page engine uses it:
 * - create one per page (and per SPA navigation): `const page = createPageContext()`;
 * - pass it to every `findMentions(matcher, block.text, { page, blockKey: block, includeHeld: true })`.
 *   findMentions records each block's evidence by itself; `blockKey` (any object or string, e.g.
 *   the block element) makes a re-scan of a changed block replace its evidence instead of adding;
 * - blocks are scanned in DOM order, so an ambiguous word near the top is judged before the rest
 *   of the page is known. After each time slice, when `page.revision` differs from the revision a
 *   block was judged at, call `rescoreMentions(block.mentions, { page })` for blocks that hold
 *   page-sensitive mentions (`mention.basis.pageSensitive`) and repaint those whose kept set
 *   changed. Rescoring reads no text: it is arithmetic on each mention's basis, cheap enough to
 *   run over every block of a long page.
 */

export interface PageEvidence {
  /** Unambiguous mentions in the block (capped per block, so one list does not outvote a page). */
  readonly mentions: number;
  /** Off-topic cue words (sport, music, tech…) in the sentences around ambiguous words. */
  readonly offTopic: ReadonlyMap<string, number>;
  /** Terms named unambiguously in the block. */
  readonly terms: ReadonlySet<string>;
}

export interface PageContext {
  /** Log-odds the page adds to every ambiguous candidate; moves as blocks are scanned. */
  readonly prior: number;
  /** Bumps whenever `prior` crosses a step of STEP log-odds, or a term is first named. */
  readonly revision: number;
  /** Whether the page names this term unambiguously somewhere. */
  hasSeen(termId: string): boolean;
  /** A short account of the prior for reasons: "page is about minerals". */
  readonly summary: string;
  /** Called by findMentions; `blockKey` replaces that block's earlier evidence. */
  observe(evidence: PageEvidence, blockKey?: unknown): void;
}

const STEP = 0.25;
const MAX_PRIOR = 1.5;
const MIN_PRIOR = -2.5;

export function createPageContext(): PageContext {
  // Element keys are held weakly: blocks removed from the page must not be kept alive by it.
  const byElement = new WeakMap<object, PageEvidence>();
  const byName = new Map<unknown, PageEvidence>();
  let mentions = 0;
  const offTopic = new Map<string, number>();
  const termCounts = new Map<string, number>();
  let prior = 0;
  let revision = 0;

  function apply(evidence: PageEvidence, sign: 1 | -1) {
    mentions += sign * evidence.mentions;
    for (const [topic, n] of evidence.offTopic) offTopic.set(topic, (offTopic.get(topic) ?? 0) + sign * n);
    for (const term of evidence.terms) {
      const before = termCounts.get(term) ?? 0;
      termCounts.set(term, before + sign);
      if (before === 0 && sign === 1) revision++;
    }
  }

  function recompute() {
    const offTotal = [...offTopic.values()].reduce((a, b) => a + b, 0);
    const next = Math.min(
      MAX_PRIOR,
      Math.max(MIN_PRIOR, 0.45 * Math.log1p(mentions) - 0.8 * Math.log1p(offTotal)),
    );
    if (Math.floor(next / STEP) !== Math.floor(prior / STEP)) revision++;
    prior = next;
  }

  return {
    get prior() {
      return prior;
    },
    get revision() {
      return revision;
    },
    get summary() {
      if (prior >= 0.5) return 'the page is about minerals';
      if (prior <= -0.5) {
        const top = [...offTopic].sort((a, b) => b[1] - a[1])[0];
        return top ? `the page is about ${top[0]}` : 'the page is about something else';
      }
      return '';
    },
    hasSeen: (termId) => (termCounts.get(termId) ?? 0) > 0,
    observe(evidence, blockKey) {
      if (blockKey !== undefined) {
        const isObject = typeof blockKey === 'object' && blockKey !== null;
        const previous = isObject ? byElement.get(blockKey) : byName.get(blockKey);
        if (previous) apply(previous, -1);
        if (isObject) byElement.set(blockKey, evidence);
        else byName.set(blockKey, evidence);
      }
      apply(evidence, 1);
      recompute();
    },
  };
}
