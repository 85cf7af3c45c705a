import type { ListDef } from './schema-lists';
import type { DatedStatus } from './status-standing';
import type { EntriesFile, Entry } from './schema-output';
import type { Source } from './schema-sources';

/**
 * What a card (or the panel's browse view) needs to show one entry, and nothing more: the entry,
 * the names of the entries it links to, the lists and sources it names, and the dataset version
 * for citations. The content script receives this over a message, so the rest of the 540 kB
 * dataset never reaches a page. Pure: built from the generated entries file.
 */
export interface LinkedEntry {
  id: string;
  kind: Entry['kind'];
  name: string;
  /** The name in Spanish, for a card shown in Spanish (issue 16). */
  nameEs?: string;
  category: string;
  /** Minerals: element symbol, or null for non-elements. */
  symbol?: string | null;
  /** Policy terms: their date and status, so "restricted in 2023" reads without opening them. */
  date?: string | null;
  status?: DatedStatus | null;
  /** Policy terms: whose they are, so China's export controls are told from other countries'. */
  jurisdiction?: string[];
}

/** A list without its items: a badge needs the name, the issuer and how far to trust it. */
export type ListSummary = Omit<ListDef, 'items'>;

export interface EntryDetails {
  entry: Entry;
  linked: Record<string, LinkedEntry>;
  lists: Record<string, ListSummary>;
  sources: Record<string, Source>;
  /** Dataset version and date ("2026.11.0", "2026-11-22"), and the USGS data year (2025). */
  version: string;
  date: string;
  dataYear: number;
  /**
   * Spanish of the generated and derived text this entry shows, by its English: USGS figure text
   * (basis, units, notes, reasons) and list item notes. Written text is in the entries' `es`.
   */
  spanish: Record<string, string>;
}

/** Ids of the entries a card links to from this entry. */
function linkedIds(entry: Entry): string[] {
  switch (entry.kind) {
    case 'mineral': {
      const figures = [...entry.figures.production, ...entry.figures.importReliance];
      const groups = figures.flatMap((f) =>
        f.status === 'not-reported' && f.groupEntryId ? [f.groupEntryId] : [],
      );
      return [...entry.groupIds, ...entry.exportControlIds, ...entry.relatedTermIds, ...groups];
    }
    case 'group':
      return [...entry.memberIds, ...entry.subgroups.flatMap((s) => s.memberIds), ...entry.relatedTermIds];
    case 'policy':
      return [...entry.relatedEntryIds, ...entry.relatedTermIds];
  }
}

function listIds(entry: Entry): string[] {
  if (entry.kind === 'mineral') return entry.memberships.map((m) => m.listId);
  if (entry.kind === 'group') return entry.listMentions.map((m) => m.listId);
  return entry.listIds;
}

/** Every source id a card cites for this entry: its own, its figures', its uses'. */
function sourceIds(entry: Entry): string[] {
  const ids = [...entry.sourceIds];
  const figures = entry.kind === 'policy' ? null : entry.figures;
  for (const block of figures ? [...figures.production, ...figures.importReliance] : []) {
    ids.push(block.status === 'reported' ? block.source.sourceId : block.sourceId);
  }
  if (entry.kind === 'mineral') {
    if (entry.mainUses) ids.push(entry.mainUses.source.sourceId);
    if (entry.chinaRefiningShare) ids.push(entry.chinaRefiningShare.sourceId);
  }
  if (entry.kind === 'group') ids.push(...entry.subgroups.map((s) => s.source.sourceId));
  return ids;
}

/** The entry's own name in Spanish, capitalised as a title ("Litio", "Tierras raras", "T-MEC"). */
export function spanishName(entry: Entry): string | undefined {
  const name = entry.kind === 'policy' ? entry.es?.name : entry.localNames.es;
  return name && name.charAt(0).toUpperCase() + name.slice(1);
}

/** Every string inside a value (figures are plain JSON), for picking their Spanish. */
function stringsIn(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) stringsIn(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) stringsIn(v, out);
  return out;
}

function toLinked(entry: Entry): LinkedEntry {
  const nameEs = spanishName(entry);
  const base = {
    id: entry.id,
    kind: entry.kind,
    name: entry.name,
    ...(nameEs ? { nameEs } : {}),
    category: entry.category,
  };
  if (entry.kind === 'mineral') return { ...base, symbol: entry.symbol };
  if (entry.kind === 'policy')
    return { ...base, date: entry.date, status: entry.status, jurisdiction: entry.jurisdiction };
  return base;
}

/** Indexes the file once; `get(id)` is then a few map lookups. */
export function createEntryDetailsIndex(file: EntriesFile) {
  const entries = new Map(file.entries.map((e) => [e.id, e]));
  const lists = new Map(file.lists.map(({ items: _items, ...list }) => [list.id, list]));
  const sources = new Map(file.sources.map((s) => [s.id, s]));
  // English -> Spanish of generated text: USGS figure text, then list item notes.
  const phrases = new Map(Object.entries(file.usgsEs ?? {}));
  for (const list of file.lists)
    for (const [index, note] of Object.entries(list.es?.items ?? {})) {
      const english = list.items[Number(index)]?.note;
      if (english) phrases.set(english, note);
    }
  const spanishOf = (entry: Entry) => {
    const texts =
      entry.kind === 'policy'
        ? []
        : stringsIn([entry.figures, 'chinaRefiningShare' in entry ? entry.chinaRefiningShare : null]);
    if (entry.kind === 'mineral') texts.push(...entry.memberships.flatMap((m) => m.notes));
    return Object.fromEntries(
      texts.flatMap((text) => (phrases.has(text) ? [[text, phrases.get(text)!]] : [])),
    );
  };
  const pick = <T, U = T>(
    map: Map<string, T>,
    ids: string[],
    convert = (value: T) => value as unknown as U,
  ) =>
    Object.fromEntries(ids.flatMap((id) => (map.has(id) ? [[id, convert(map.get(id)!)]] : []))) as Record<
      string,
      U
    >;

  return {
    get(id: string): EntryDetails | null {
      const entry = entries.get(id);
      if (!entry) return null;
      return {
        entry,
        linked: pick(entries, linkedIds(entry), toLinked),
        lists: pick(lists, listIds(entry)),
        sources: pick(sources, sourceIds(entry)),
        version: file.version,
        date: file.date,
        dataYear: file.dataYear,
        spanish: spanishOf(entry),
      };
    },
  };
}
