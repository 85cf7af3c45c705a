import type { Entry, MineralEntry } from '@/lib/dataset/types';
import { entryName } from './entry-name';
import { passesFilters, type SearchFilters } from './filters';
import { compactKey, normalizeForSearch } from './normalize';

/** How a query met a name, best first. `word`: the query starts a later word ("raras"). */
export const RANKS = ['exact', 'prefix', 'word', 'substring'] as const;
export type MatchRank = (typeof RANKS)[number];

/** A name an entry can be found by; `alias` texts are the recognizer's strings, in any language. */
export interface SearchName {
  text: string;
  source: 'name' | 'local' | 'alias' | 'symbol';
}

export interface SearchHit {
  entry: Entry;
  /** The name the query matched, to show when it is not the display name ("T-MEC" for USMCA). */
  matched: SearchName | null;
  rank: MatchRank | null;
}

export interface SearchIndex {
  /** Entries matching the query and filters, best first; every filtered entry, by name, for "". */
  search(query: string, filters?: SearchFilters): SearchHit[];
  entries: readonly Entry[];
}

interface Key extends SearchName {
  norm: string;
  compact: string;
}

// Within a rank, an entry's own name beats an alias that merely contains the query.
const SOURCE_ORDER: Record<SearchName['source'], number> = { name: 0, local: 0, symbol: 1, alias: 2 };

function namesOf(entry: Entry): SearchName[] {
  const names: SearchName[] = [{ text: entry.name, source: 'name' }];
  if (entry.kind !== 'policy') {
    names.push(
      { text: entry.localNames.es, source: 'local' },
      { text: entry.localNames.fr, source: 'local' },
    );
  }
  if (entry.kind === 'mineral' && entry.symbol) names.push({ text: entry.symbol, source: 'symbol' });
  for (const aka of entry.aka) names.push({ text: aka.text, source: 'alias' });
  return names;
}

function rankOf(key: string, query: string): MatchRank | null {
  if (!query) return null;
  if (key === query) return 'exact';
  if (key.startsWith(query)) return 'prefix';
  const at = key.indexOf(query);
  if (at < 0) return null;
  // A word starts after a space or hyphen: "tierras raras", "rare-earth".
  for (let i = at; i >= 0; i = key.indexOf(query, i + 1)) {
    if (i > 0 && (key[i - 1] === ' ' || key[i - 1] === '-')) return 'word';
  }
  return 'substring';
}

function bestKey(keys: readonly Key[], query: string): { key: Key; rank: MatchRank } | null {
  const compactQuery = compactKey(query);
  let best: { key: Key; rank: MatchRank; score: number } | null = null;
  for (const key of keys) {
    const plain = rankOf(key.norm, query);
    // Hyphens left out (or put in) by the reader: "tmec" meets "t-mec" as if typed right, though
    // a name written the way the reader wrote it wins a tie.
    const compact = rankOf(key.compact, compactQuery);
    const rank = better(plain, compact);
    if (!rank) continue;
    const score = RANKS.indexOf(rank) * 10 + (rank === plain ? 0 : 5) + SOURCE_ORDER[key.source];
    if (!best || score < best.score || (score === best.score && key.norm.length < best.key.norm.length)) {
      best = { key, rank, score };
    }
  }
  return best && { key: best.key, rank: best.rank };
}

function better(a: MatchRank | null, b: MatchRank | null): MatchRank | null {
  if (!a || !b) return a ?? b;
  return RANKS.indexOf(a) <= RANKS.indexOf(b) ? a : b;
}

export function createSearchIndex(entries: readonly Entry[], locale = 'en'): SearchIndex {
  const docs = entries.map((entry) => ({
    entry,
    display: entryName(entry, locale),
    keys: namesOf(entry).map((name): Key => {
      const norm = normalizeForSearch(name.text);
      return { ...name, norm, compact: compactKey(norm) };
    }),
  }));
  const minerals = new Map(
    entries.filter((e): e is MineralEntry => e.kind === 'mineral').map((e) => [e.id, e]),
  );
  const mineral = (id: string) => minerals.get(id);
  const byName = (a: { display: string }, b: { display: string }) =>
    a.display.localeCompare(b.display, locale);

  return {
    entries,
    search(query, filters = {}) {
      const q = normalizeForSearch(query);
      const candidates = docs.filter((doc) => passesFilters(doc.entry, filters, mineral));
      if (!q) {
        return candidates.sort(byName).map((doc) => ({ entry: doc.entry, matched: null, rank: null }));
      }
      const hits = candidates.flatMap((doc) => {
        const best = bestKey(doc.keys, q);
        return best ? [{ doc, ...best }] : [];
      });
      hits.sort(
        (a, b) =>
          RANKS.indexOf(a.rank) - RANKS.indexOf(b.rank) ||
          SOURCE_ORDER[a.key.source] - SOURCE_ORDER[b.key.source] ||
          byName(a.doc, b.doc),
      );
      return hits.map(({ doc, key, rank }) => ({
        entry: doc.entry,
        matched: { text: key.text, source: key.source },
        rank,
      }));
    },
  };
}
