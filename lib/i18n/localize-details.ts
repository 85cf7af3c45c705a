import { countryName } from '@/lib/card/format';
import type { EntryDetails, LinkedEntry, ListSummary } from '@/lib/dataset/entry-details';
import type { Entry } from '@/lib/dataset/types';
import type { Locale } from './translator';

/**
 * THE one place that picks an entry's text for a language (issue 16). The card, Browse, the
 * briefing and the Markdown export all show `localizeDetails(details, locale)`: the same shape
 * as the English, every reader-facing text swapped for its Spanish where the dataset has it, so
 * no view needs to know where Spanish lives (entries' `es` blocks, statuses' LocalText, the USGS
 * phrase dictionary, Intl's country names). Jurisdictions stay codes: every view names them with
 * jurisdictionName (./jurisdiction-name.ts). Where a Spanish text is missing the English stays,
 * which is exactly what the Spanish walk test (test/unit/i18n/spanish-walk.test.tsx) detects.
 */

/** A stored `{ en, es }` text in a language: the English when the Spanish is not written yet. */
export function pickText(text: { en: string; es?: string | undefined }, locale: Locale): string {
  return (locale === 'es' && text.es) || text.en;
}

// USGS text fields (lib/dataset/usgs-spanish.ts); `country` is named by Intl from its `code`.
const PROSE = new Set(['basis', 'unit', 'form', 'notes', 'note', 'reason', 'sourcesBasis']);

function translateFigures<T>(value: T, phrase: (s: string) => string, key = ''): T {
  if (typeof value === 'string') return (PROSE.has(key) ? phrase(value) : value) as T;
  if (Array.isArray(value)) return value.map((v) => translateFigures(v, phrase, key)) as T;
  if (!value || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(record)) out[k] = translateFigures(v, phrase, k);
  // Producers and import sources carry an ISO code: Intl names the country in Spanish.
  if (typeof record.code === 'string' && typeof record.country === 'string')
    out.country = countryName(record.code, 'es');
  return out as T;
}

const title = (name: string | undefined) => name && name.charAt(0).toUpperCase() + name.slice(1);

/** One entry with its texts in Spanish; `phrase` gives the Spanish of generated text. */
export function localizeEntry(entry: Entry, phrase: (s: string) => string): Entry {
  const notes = entry.es?.notes ?? entry.notes;
  switch (entry.kind) {
    case 'mineral': {
      const es = entry.es;
      const uses = es?.mainUses;
      return {
        ...entry,
        name: title(entry.localNames.es) ?? entry.name,
        description: es?.description ?? entry.description,
        ...(notes ? { notes } : {}),
        mainUses: entry.mainUses && { ...entry.mainUses, items: uses ?? entry.mainUses.items },
        figures: translateFigures(entry.figures, phrase),
        chinaRefiningShare: translateFigures(entry.chinaRefiningShare, phrase),
        memberships: entry.memberships.map((m) => ({ ...m, notes: m.notes.map(phrase) })),
      };
    }
    case 'group': {
      const es = entry.es;
      return {
        ...entry,
        name: title(entry.localNames.es) ?? entry.name,
        description: es?.description ?? entry.description,
        ...(notes ? { notes } : {}),
        otherMembers: entry.otherMembers.map((o, i) => ({ ...o, note: es?.otherMembers[i] ?? o.note })),
        subgroups: entry.subgroups.map((s, i) => ({ ...s, name: es?.subgroups[i] ?? s.name })),
        figures: translateFigures(entry.figures, phrase),
      };
    }
    case 'policy': {
      const es = entry.es;
      const dateNote = es?.dateNote ?? entry.dateNote;
      return {
        ...entry,
        name: es?.name ?? entry.name,
        definition: es?.definition ?? entry.definition,
        ...(dateNote ? { dateNote } : {}),
        ...(notes ? { notes } : {}),
      };
    }
  }
}

const localizeLinked = (linked: LinkedEntry): LinkedEntry => ({
  ...linked,
  name: linked.nameEs ?? linked.name,
});

/** A list's name and note in Spanish (its items keep their own wording; its jurisdiction is a code). */
export const localizeList = <L extends ListSummary>(list: L): L => {
  const note = list.es?.note ?? list.note;
  return {
    ...list,
    name: list.es?.name ?? list.name,
    ...(note ? { note } : {}),
  };
};

/** An entry's details with every text in `locale` (statuses are picked where shown, by pickText). */
export function localizeDetails(details: EntryDetails, locale: Locale): EntryDetails {
  if (locale === 'en') return details;
  const spanish = details.spanish ?? {};
  const phrase = (text: string) => (Object.hasOwn(spanish, text) ? spanish[text]! : text);
  const map = <T, U>(record: Record<string, T>, f: (v: T) => U) =>
    Object.fromEntries(Object.entries(record).map(([k, v]) => [k, f(v)]));
  return {
    ...details,
    entry: localizeEntry(details.entry, phrase),
    linked: map(details.linked, localizeLinked),
    lists: map(details.lists, localizeList),
  };
}
