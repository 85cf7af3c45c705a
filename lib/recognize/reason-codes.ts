/**
 * Why the recognizer kept or held back a mention, as codes with their quoted evidence and weights:
 * the recognizer says what it saw, the card and the exports put it into words in the reader's
 * language (lib/i18n/reason-words.ts). No English reaches a Spanish card this way.
 */

export type ReasonCode =
  /** A rule of the sense lexicon held here; `detail` is the rule's label ("reads as a verb"). */
  | 'rule'
  | 'capitalised'
  /** Capitalised and followed by a speech verb: "Lead said". */
  | 'person'
  /** An acronym followed by a reporting verb, which this kind of term cannot be. */
  | 'speaker'
  /** Part of a fixed phrase that means something else (`quote`: the phrase). */
  | 'part-of'
  /** The lexicon's prior for this sense in the news. */
  | 'usual-sense'
  | 'all-caps-headline'
  /** A cue word of a topic nearby; `detail` is the topic ("mining", "sport"). */
  | 'topic'
  | 'listed-with'
  | 'same-sentence'
  | 'named-in-full'
  | 'terms-in-paragraph'
  | 'page-about-minerals'
  /** The page is mostly about another topic (`detail`). */
  | 'page-about-topic'
  | 'page-about-other'
  | 'seen-elsewhere';

export interface Reason {
  readonly code: ReasonCode;
  /** Log-odds it adds (for) or takes away (against). */
  readonly weight: number;
  /** The words of the page that are the evidence, quoted in the card. */
  readonly quote?: string;
  /** The rule's label or the topic, for `rule`, `topic` and `page-about-topic`. */
  readonly detail?: string;
}

/** A mention's reason as the card shows it: the verdict and the strongest evidence on its side. */
export type Explanation =
  | { readonly verdict: 'name' }
  | { readonly verdict: 'below-threshold' }
  /** Settled as something else whatever the page says (a phrase, a person). */
  | { readonly verdict: 'not-counted'; readonly reasons: readonly Reason[] }
  /** An ambiguous word (`text`) kept or held back by its context. */
  | { readonly verdict: 'kept' | 'held'; readonly text: string; readonly reasons: readonly Reason[] };

export const NAME_EXPLANATION: Explanation = { verdict: 'name' };

/** What rescoreMentions needs to judge a mention again without its text. */
export interface MentionBasis {
  /** Log-odds from the text around the mention, the page left out. */
  readonly local: number;
  /** Whether the page's prior enters its confidence (ambiguous words only). */
  readonly pageSensitive: boolean;
  readonly reasons: readonly Reason[];
}
