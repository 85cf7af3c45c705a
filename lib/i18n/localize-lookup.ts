import type { EntryLookup } from '@/lib/dataset/lookups';
import type { EntriesFile, Entry } from '@/lib/dataset/types';
import { localizeEntry, localizeList } from './localize-details';
import type { Locale } from './translator';

/**
 * The panel's entry lookup with every entry in the reader's language, for what the panel builds
 * from the whole dataset rather than from one entry's details: the briefing, the page list and the
 * exports. The same localizeEntry as the card's, over the whole file's Spanish phrases; entries
 * are localized when first asked for and kept.
 */
export function localizeLookup(lookup: EntryLookup, file: EntriesFile, locale: Locale): EntryLookup {
  if (locale === 'en') return lookup;
  const phrases = new Map(Object.entries(file.usgsEs ?? {}));
  for (const list of file.lists)
    for (const [index, note] of Object.entries(list.es?.items ?? {})) {
      const english = list.items[Number(index)]?.note;
      if (english) phrases.set(english, note);
    }
  const phrase = (text: string) => phrases.get(text) ?? text;
  const cache = new Map<string, Entry>();
  const entry = (id: string) => {
    const found = lookup.entry(id);
    if (!found) return undefined;
    let localized = cache.get(id);
    if (!localized) cache.set(id, (localized = localizeEntry(found, phrase)));
    return localized;
  };
  const ofKind =
    <K extends Entry['kind']>(kind: K) =>
    (id: string) => {
      const e = entry(id);
      return e?.kind === kind ? (e as Extract<Entry, { kind: K }>) : undefined;
    };
  const list: EntryLookup['list'] = (id) => {
    const found = lookup.list(id);
    return found && localizeList(found);
  };
  return {
    ...lookup,
    entry,
    mineral: ofKind('mineral'),
    group: ofKind('group'),
    policy: ofKind('policy'),
    list,
    members: (groupId) => lookup.members(groupId).flatMap((m) => ofKind('mineral')(m.id) ?? []),
    listsFor: (mineralId) =>
      lookup.listsFor(mineralId).map(({ list: l, as }) => ({ list: localizeList(l), as })),
  };
}
