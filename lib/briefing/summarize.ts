import { CATEGORIES } from '@/lib/dataset/categories';
import type { EntryLookup } from '@/lib/dataset/lookups';
import type { Entry } from '@/lib/dataset/types';
import type { PageMention } from '@/lib/messaging';
import { isOnList } from '@/lib/search/filters';
import { topProducer } from './headline-figures';

/** The lists the briefing line counts: the current U.S. list and the EU's critical list (Annex II). */
export const US_LIST = 'usgs-2025';
export const EU_LIST = 'eu-crma-critical';

export interface BriefingTerm {
  termId: string;
  /** The dataset entry; undefined only if the page's index knows a term the dataset does not. */
  entry: Entry | undefined;
  kind: PageMention['kind'];
  category: string;
  mentions: PageMention[];
}

export interface BriefingGroup {
  category: string;
  applies: 'mineral' | 'policy';
  terms: BriefingTerm[];
}

export interface Briefing {
  /** Categories in the settings' order, minerals first; terms by mention count, then first seen. */
  groups: BriefingGroup[];
  terms: BriefingTerm[];
  mentionCount: number;
  /** Minerals and groups (rare earths count once, as a group). */
  minerals: number;
  policyTerms: number;
  onUsAndEu: number;
  chinaTop: number;
  /** Minerals and groups USGS lists Mexico as producing in 2025 (any production table). */
  mexicoProduces: number;
  /** The data year of those USGS tables, for the line's attribution. */
  mexicoYear: number | null;
}

/** Mexico has a positive amount in one of the entry's USGS production tables. */
export function mexicoProduction(entry: Entry): { year: number } | undefined {
  if (entry.kind === 'policy' || !entry.figures) return undefined;
  return entry.figures.story.mexico.tables.find(
    (t) => t.table === 'production' && t.status === 'listed' && (t.amount ?? 0) > 0,
  );
}

const ORDER = new Map(CATEGORIES.map((category, i) => [category.slug, i]));

/** What the "This page" view and the Markdown briefing say about a page's mentions. */
export function summarizeMentions(mentions: readonly PageMention[], lookup: EntryLookup): Briefing {
  const byTerm = new Map<string, BriefingTerm>();
  for (const mention of mentions) {
    let term = byTerm.get(mention.termId);
    if (!term) {
      const entry = lookup.entry(mention.termId);
      // The dataset's category, not the index's: the settings list the dataset's categories.
      const category = entry?.category ?? mention.category;
      term = { termId: mention.termId, entry, kind: entry?.kind ?? mention.kind, category, mentions: [] };
      byTerm.set(mention.termId, term);
    }
    term.mentions.push(mention);
  }
  // Stable sort: equal counts keep first-seen (document) order.
  const terms = [...byTerm.values()].sort((a, b) => b.mentions.length - a.mentions.length);
  const groups = new Map<string, BriefingGroup>();
  for (const term of terms) {
    const applies = term.kind === 'policy' ? 'policy' : 'mineral';
    const group = groups.get(term.category) ?? { category: term.category, applies, terms: [] };
    group.terms.push(term);
    groups.set(term.category, group);
  }
  const rank = (group: BriefingGroup) =>
    ORDER.get(group.category) ?? CATEGORIES.length + (group.applies === 'policy' ? 1 : 0);

  const mineralTerms = terms.filter((term) => term.kind !== 'policy');
  const mineral = lookup.mineral;
  const mexican = mineralTerms.filter((term) => term.entry && mexicoProduction(term.entry));
  const onBoth = (entry: Entry) => isOnList(entry, US_LIST, mineral) && isOnList(entry, EU_LIST, mineral);
  return {
    groups: [...groups.values()].sort((a, b) => rank(a) - rank(b)),
    terms,
    mentionCount: mentions.length,
    minerals: mineralTerms.length,
    policyTerms: terms.length - mineralTerms.length,
    onUsAndEu: mineralTerms.filter((term) => term.entry && onBoth(term.entry)).length,
    chinaTop: mineralTerms.filter((term) => term.entry && topProducer(term.entry, lookup) === 'China').length,
    mexicoProduces: mexican.length,
    mexicoYear: mexican[0] ? mexicoProduction(mexican[0].entry!)!.year : null,
  };
}
