import type { Mention } from '@/lib/recognize';
import type { Lang } from '@/lib/recognize/match-index';

/**
 * Recognition as the engine sees it: injected, so the engine depends on nothing but this shape and
 * the bench and tests can hand in the same function the content script uses.
 */
export interface Recognizer {
  /** Every candidate in one block of text (offsets into `text`); the engine applies the threshold. */
  find(text: string, languages: readonly Lang[]): Mention[];
  /** A new page began (load or SPA route): page-level evidence starts afresh. */
  startPage(): void;
}

/** The recognizer's public functions (lib/recognize), taken as parameters rather than imported. */
export interface RecognizerParts<M, P> {
  matcher: M;
  findMentions(
    matcher: M,
    text: string,
    options: { threshold?: number; languages?: readonly Lang[]; page?: P },
  ): Mention[];
  createPageContext(): P;
}

/**
 * Binds `findMentions` to a compiled matcher and a page context. Threshold 0: the engine keeps
 * every candidate so a threshold change re-filters what it has instead of rescanning.
 */
export function bindRecognizer<M, P>({
  matcher,
  findMentions,
  createPageContext,
}: RecognizerParts<M, P>): Recognizer {
  let page = createPageContext();
  return {
    find: (text, languages) => findMentions(matcher, text, { threshold: 0, languages, page }),
    startPage: () => {
      page = createPageContext();
    },
  };
}
