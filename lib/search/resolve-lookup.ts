import type { SearchIndex } from './search-index';

/** What "Look up in Mineral Lens" opens: one entry, or Browse with the text as its query. */
export type LookupTarget = { entryId: string } | { query: string };

export const MAX_LOOKUP_CHARS = 200;
const MAX_PHRASE_WORDS = 6;
const MAX_WORDS = 40;
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/**
 * Resolves selected text to an entry. A selection is rarely exactly a name ("the lithium,",
 * "Beijing's rare earth controls"), so after the whole text, it tries each run of words, longest
 * first, for a name matched exactly, then the same with hyphenated words split ("lithium-ion").
 * Anything else opens Browse with the text, where the reader sees the near matches.
 */
export function resolveLookup(text: string, index: SearchIndex): LookupTarget | null {
  const selection = text.replace(/\s+/g, ' ').trim().slice(0, MAX_LOOKUP_CHARS);
  if (!selection) return null;
  const words = selection.split(' ').map(clean).filter(Boolean).slice(0, MAX_WORDS);
  const split = words.flatMap((word) => word.split('-')).filter(Boolean);
  const whole = (query: string) => exactMatch(index, query, true);
  const part = (query: string) => exactMatch(index, query, false);
  const entryId =
    whole(selection) ?? whole(words.join(' ')) ?? bestPhrase(words, part) ?? bestPhrase(split, part);
  return entryId ? { entryId } : { query: selection };
}

function bestPhrase(words: string[], exact: (query: string) => string | undefined): string | undefined {
  for (let size = Math.min(MAX_PHRASE_WORDS, words.length); size >= 1; size--) {
    for (let start = 0; start + size <= words.length; start++) {
      const found = exact(words.slice(start, start + size).join(' '));
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * The entry whose name is exactly `query`. Inside a longer selection, short names count only as
 * written: "in", "se" and "as" are words before they are indium, the Secretaría de Economía and
 * arsenic, while "IRA" and "REE" in capitals are the names.
 */
function exactMatch(index: SearchIndex, query: string, wholeSelection: boolean): string | undefined {
  const [top] = index.search(query);
  if (top?.rank !== 'exact' || !top.matched) return undefined;
  const { text, source } = top.matched;
  if (wholeSelection || text === query) return top.entry.id;
  return source !== 'symbol' && text.length >= 3 ? top.entry.id : undefined;
}

function clean(word: string): string {
  // "Beijing's" -> "Beijing": an English possessive is not part of a name.
  return word.replace(EDGE_PUNCTUATION, '').replace(/['’]s$/i, '');
}
