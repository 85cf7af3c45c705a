import { fireEvent } from '@testing-library/preact';
import { buildDataset } from '@/lib/dataset/build-dataset';
import type { EntriesFile, Entry } from '@/lib/dataset/types';
import { foldSpanish } from '@/lib/dataset/fold-spanish';
import type { Dataset } from '@/lib/dataset/parse-dataset';
import { usgsTexts } from '@/lib/dataset/usgs-spanish';
import { fakeDrafts } from '../dataset/es-drafts-fixture';

/**
 * For the Spanish walk: the dataset with every entry's Spanish folded in (placeholders from
 * es-drafts-fixture.ts, which share no words with the English), and the English texts of an entry
 * that must never show in a Spanish view. Only texts of 12 characters or more are listed, so a
 * word both languages share ("Total", "China", "COMEX") is not taken for a fallback.
 */
export function foldedEntries(d: Dataset): EntriesFile {
  const { files, errors } = foldSpanish(structuredClone(d), fakeDrafts(d));
  if (errors.length) throw new Error(errors.join('\n'));
  return buildDataset({ ...d, ...files }).entries;
}

export function englishTexts(entry: Entry, file: EntriesFile): string[] {
  const texts: (string | undefined)[] = [entry.notes];
  if (entry.kind === 'mineral') texts.push(entry.description, ...(entry.mainUses?.items ?? []));
  if (entry.kind === 'group')
    texts.push(
      entry.description,
      ...entry.otherMembers.map((o) => o.note),
      ...entry.subgroups.map((s) => s.name),
    );
  if (entry.kind === 'policy')
    texts.push(entry.definition, entry.dateNote, entry.status?.text.en, entry.status?.followUp?.text.en);
  if (entry.kind !== 'policy' && entry.figures) {
    // USGS text whose Spanish differs from it (the figures' own, as the import wrote them).
    const own = usgsTexts({
      sourceId: '',
      dataYear: 0,
      files: [],
      figures: [{ id: entry.id, ...entry.figures }],
    });
    texts.push(...own.filter((text) => file.usgsEs[text] !== undefined && file.usgsEs[text] !== text));
  }
  return texts.filter((t): t is string => typeof t === 'string' && t.length >= 12);
}

/** Names that are the same in both languages on purpose: official names with no Spanish form. */
export const OFFICIAL_NAMES = new Set([
  'dla', // Defense Logistics Agency Strategic Materials
  'jogmec-stockpile', // JOGMEC (Japan Organization for Metals and Energy Security)
  'kabil', // Khanij Bidesh India Ltd
  'litiomx', // LitioMx (Litio para México): already Spanish
  'national-defense-stockpile', // National Defense Stockpile
  'servicio-geologico-mexicano', // already Spanish
]);

/**
 * The walk's English detector: every stored English text of `entry` (englishTexts) that a view's
 * `text` (squashed) shows, each quoted with what surrounds it. A list's own wording stays as the
 * list wrote it (“Rare earth elements for permanent magnets”), so a text it contains is allowed.
 */
export function englishLeaks(view: string, entry: Entry, file: EntriesFile, text: string): string[] {
  const wording = entry.kind === 'mineral' ? entry.memberships.flatMap((m) => m.as).join('\n') : '';
  return englishTexts(entry, file).flatMap((english) => {
    const at = text.indexOf(squash(english));
    if (at < 0 || wording.includes(english)) return [];
    const around = text.slice(Math.max(0, at - 60), at + english.length + 20);
    return [`${view} ${entry.id}: "${english}" in …${around}…`];
  });
}

/** English words that rarely occur in Spanish prose: a second, rougher signal, reported only. */
const STOPWORDS = /\b(the|of the|which|with|from|and the|is a|are)\b/gi;

export function englishStopwords(text: string): number {
  return text.match(STOPWORDS)?.length ?? 0;
}

export const squash = (text: string) => text.replace(/\s+/g, ' ');

/**
 * Everything a reader can see or hear in a rendered view: its text, tooltips and labels. Not the
 * tooltip under a figure that cites the USGS CSV rows it was read from: those are the English
 * file's own column values, a reference like a source title, kept verbatim so the row can be found.
 */
export function seen(container: Element): string {
  for (const summary of container.querySelectorAll('details:not([open]) > summary')) fireEvent.click(summary);
  const attributes = [...container.querySelectorAll('[title],[aria-label]')].flatMap((el) => [
    el.matches('.figure-source') ? '' : (el.getAttribute('title') ?? ''),
    el.getAttribute('aria-label') ?? '',
  ]);
  return squash([container.textContent ?? '', ...attributes].join(' \n '));
}
