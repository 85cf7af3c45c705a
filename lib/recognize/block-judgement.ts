import type { Matcher } from './compile-matcher';
import { decide } from './decide-mention';
import { findInWindows } from './find-in-windows';
import { EMPTY_EVIDENCE, type Mention } from './find-mentions';
import type { EntryKind, Lang } from './match-index';
import type { PageContext, PageEvidence } from './page-context';
import type { MentionBasis } from './reason-codes';

/**
 * Recognition split across two contexts. Judging a block's text (finding names, weighing the
 * sentences around ambiguous words) is the costly part, and costs a cold page some 45 ms for an
 * article where a warm one takes 2-3 (regexes compiled, code optimised): the extension's
 * background does it, once per browser (lib/background/recognize-blocks.ts). What the page as a
 * whole says (its prior, the terms it names elsewhere) is arithmetic the page keeps doing itself
 * (lib/page/remote-recognizer.ts), so the background keeps no state per page.
 *
 * `judgeBlock` then `applyJudgement` gives exactly what `findInWindows` gives under the same page:
 * a block's evidence is local (it never depends on the page), and a mention's confidence is decided
 * from its basis and the page after the page has heard the block, as findInWindows decides it.
 */

/** A candidate as judged without the page: what it is, where, and its basis. Tuples: fewer bytes. */
export type JudgedCandidate = readonly [
  termId: string,
  kind: EntryKind,
  category: string,
  start: number,
  end: number,
  basis: MentionBasis,
];

/** PageEvidence as a message carries it (Chrome's messages are JSON: no Map, no Set). */
export interface EvidenceData {
  readonly mentions: number;
  readonly offTopic: { readonly minerals: [string, number][]; readonly policy: [string, number][] };
  readonly terms: string[];
}

export interface BlockJudgement {
  readonly candidates: JudgedCandidate[];
  /** What the block says about the page; null when it says nothing. */
  readonly evidence: EvidenceData | null;
}

/** Judges one block of text; a step per window or chunk of candidates, for a caller that yields. */
export function* judgeBlock(
  matcher: Matcher,
  text: string,
  languages?: readonly Lang[],
): Generator<void, BlockJudgement, undefined> {
  const page = new SilentPage();
  const candidates: JudgedCandidate[] = [];
  for (const found of findInWindows(matcher, text, { threshold: 0, languages, page, blockKey: 0 })) {
    for (const m of found) candidates.push([m.termId, m.kind, m.category, m.start, m.end, m.basis]);
    yield;
  }
  const { evidence } = page;
  return { candidates, evidence: evidence === EMPTY_EVIDENCE ? null : evidenceData(evidence) };
}

/**
 * A page that says nothing, and keeps what the block said of it: confidences under it are thrown
 * away, only the basis travels. A class: a block's page is made without a closure per method.
 */
class SilentPage implements PageContext {
  readonly revision = 0;
  evidence: PageEvidence = EMPTY_EVIDENCE;

  priorFor(): number {
    return 0;
  }

  hasSeen(): boolean {
    return false;
  }

  summaryFor(): null {
    return null;
  }

  observe(said: PageEvidence): void {
    this.evidence = said;
  }
}

/** The block's mentions under `page`, which hears the block's evidence first (under `blockKey`). */
export function applyJudgement(
  text: string,
  { candidates, evidence }: BlockJudgement,
  page: PageContext,
  blockKey: unknown,
): Mention[] {
  page.observe(evidence ? pageEvidenceOf(evidence) : EMPTY_EVIDENCE, blockKey);
  // As rescoreMentions decides, without a candidate object per mention first: a long page's blocks
  // are thousands, their mentions ten thousand.
  const options = { threshold: 0, page, blockKey };
  const mentions: Mention[] = [];
  // Read by index: destructuring a tuple goes through the array iterator, which V8 does not
  // optimise away for the arrays a message arrives as (~2 ms on the 100,000-word page).
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!;
    const start = c[3];
    const end = c[4];
    const mention = decide(c[0], c[1], c[2], start, end, text.slice(start, end), c[5], options);
    if (mention) mentions.push(mention);
  }
  return mentions;
}

function evidenceData({ mentions, offTopic, terms }: PageEvidence): EvidenceData {
  return {
    mentions,
    offTopic: { minerals: [...offTopic.minerals], policy: [...offTopic.policy] },
    terms: [...terms],
  };
}

/** Most blocks name terms and hear no off-topic cue: they share the empty tallies (read-only). */
function pageEvidenceOf({ mentions, offTopic, terms }: EvidenceData): PageEvidence {
  const { minerals, policy } = offTopic;
  return {
    mentions,
    offTopic:
      minerals.length + policy.length === 0
        ? EMPTY_EVIDENCE.offTopic
        : { minerals: new Map(minerals), policy: new Map(policy) },
    terms: terms.length === 0 ? EMPTY_EVIDENCE.terms : new Set(terms),
  };
}
