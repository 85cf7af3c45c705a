/**
 * The recognizer's public face: what the page engine and the tests use. Pure code: no DOM, no
 * extension APIs.
 *
 *   const matcher = compileMatcher(index);            // or instantiateMatcher(index, built data)
 *   const page = createPageContext();                  // once per page
 *   const mentions = findMentions(matcher, block.text, { page, blockKey: element, threshold });
 *
 * Block text: the block's text nodes joined as they are, inline elements included (so "Inflation
 * <a>Reduction Act</a>" is one name), with "\n" at <br> and nested blocks. Offsets in the mentions
 * are UTF-16 offsets into that string. See page-context.ts for rescoring mentions once the rest
 * of the page is known.
 */
export { compileMatcher, compileMatcherInSteps, type Matcher, type MatcherStats } from './compile-matcher';
export { instantiateMatcher, type MatcherData } from './instantiate-matcher';
export {
  DEFAULT_THRESHOLD,
  findMentions,
  rescoreMentions,
  type FindOptions,
  type Mention,
  type MentionBasis,
} from './find-mentions';
export { findInWindows } from './find-in-windows';
export { createPageContext, type PageContext } from './page-context';
export type { EntryKind, Lang, MatchAlias, MatchIndex, MatchTerm } from './match-index';
export type { Explanation, Reason, ReasonCode } from './reason-codes';
