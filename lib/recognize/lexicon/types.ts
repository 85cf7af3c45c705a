import type { EntryKind } from '../match-index';

/**
 * The shapes of the recognizer's own language knowledge. The dataset says which aliases are
 * ambiguous; these lexicons say how to tell the senses apart in running news text.
 */

/** A pattern on the text right before (anchored with `$`) or after (anchored with `^`) a word. */
export type ContextPattern = readonly [pattern: RegExp, weight: number, label: string];

export interface SenseRule {
  /** Alias keys, lowercase, as the page spells them: "lead", "plata". */
  readonly words: readonly string[];
  /**
   * Log-odds added when the word is ambiguous: how often news means the mineral by it, before any
   * context ("nickel" mostly does, "lead" mostly does not).
   */
  readonly prior?: number;
  /**
   * Fixed phrases that contain the word and never mean the mineral: "silver medal", "plata o
   * plomo". Any case; `*` ends a word with any letters ("medal*" for medals, medallist).
   */
  readonly phrases?: readonly string[];
  /**
   * Fixed phrases that also say what the page is about ("silver medal": sport), keyed by a
   * topic of CUE_GROUPS: the page hears about it without its sentence being read.
   */
  readonly topical?: Readonly<Record<string, readonly string[]>>;
  /** Weighted patterns; a local score down to DECISIVE (disambiguate.ts) settles the matter. */
  readonly before?: readonly ContextPattern[];
  readonly after?: readonly ContextPattern[];
}

/** Words that, in the same sentence, speak for one reading. `*` ends a word with any letters. */
export interface CueGroup {
  /** Shown in the reason: "mining", "sport". */
  readonly topic: string;
  /** Log-odds per cue: positive for mineral topics, negative for the others. */
  readonly weight: number;
  readonly words: readonly string[];
  /** The kinds of term the cues speak for or against; all kinds when left out. */
  readonly kinds?: readonly EntryKind[];
  /** The words the cues speak about ("coin" says nothing about silver); all when left out. */
  readonly only?: readonly string[];
}
