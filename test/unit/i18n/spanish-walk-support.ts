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

/** English words that rarely occur in Spanish prose: a second, rougher signal, reported only. */
const STOPWORDS = /\b(the|of the|which|with|from|and the|is a|are)\b/gi;

export function englishStopwords(text: string): number {
  return text.match(STOPWORDS)?.length ?? 0;
}

export const squash = (text: string) => text.replace(/\s+/g, ' ');
