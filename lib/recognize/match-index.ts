/**
 * The compact match index: everything the content script knows about the dataset.
 * Generated from data/ by `npm run data:check` (lib/dataset builds it); consumed by the recognizer.
 * Full entries (descriptions, figures, sources) never travel in it.
 */
export type EntryKind = 'mineral' | 'group' | 'policy';
export type Lang = 'en' | 'es' | 'fr';

export interface MatchAlias {
  /** The string as written in text: "tierras raras", "T-MEC", "REE", "lithium-ion". */
  text: string;
  lang: Lang;
  /** Acronyms and proper names that only count in their own case (REE, IRA, DPA, FEOC). */
  caseSensitive: boolean;
  /** A word with everyday meanings (lead, tin, silver, IRA): needs context evidence to be kept. */
  ambiguous: boolean;
  /** Set when the same string is deliberately claimed by more than one entry. */
  shared?: boolean;
}

export interface MatchTerm {
  /** Dataset id, a lowercase slug: "lithium", "rare-earth-elements", "usmca". */
  id: string;
  kind: EntryKind;
  /** Highlight category slug: a mineral group ("battery-metal") or a policy kind ("law"). */
  category: string;
  /** Display name in English, for the live region and the panel list. */
  label: string;
  aliases: MatchAlias[];
  /** Known non-mineral phrases containing an alias: "Silicon Valley", "silver medal", "lead singer". */
  negatives: string[];
}

export interface MatchIndex {
  /** Dataset version, e.g. "2026.11.0"; part of every citation. */
  version: string;
  terms: MatchTerm[];
}
