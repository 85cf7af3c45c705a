import type { EntryDetails } from '@/lib/dataset/entry-details';
import type { Source, UsgsRowRef } from '@/lib/dataset/types';
import { cleanDoi } from './clean-field';
import { cslDate, dayOf, type CslItem, type CslType } from './csl-item';
import { dropUndefined } from './page-item';
import type { StyleLocale } from './style-locale';

/**
 * What a card's figures and facts rest on, as CSL items: one per source, figure sources first.
 * Each names the real source (the USGS MCS 2026 data release with its DOI, the data year and the
 * rows; a law's official citation), and its note says which dataset version gave the figure and
 * on which page, on which day, the reader saw it, so the reference can be checked at the source.
 */

export interface SeenOn {
  url: string;
  title: string;
  accessed: Date;
}

/** The data year and rows each figure source speaks for (the latest year where several). */
function figureRows(details: EntryDetails): Map<string, { year: number; rows?: UsgsRowRef }> {
  const { entry } = details;
  const found = new Map<string, { year: number; rows?: UsgsRowRef }>();
  const figures = entry.kind === 'policy' ? null : entry.figures;
  for (const block of figures ? [...figures.production, ...figures.importReliance] : []) {
    const id = block.status === 'reported' ? block.source.sourceId : block.sourceId;
    const year = block.status === 'reported' ? block.year : details.dataYear;
    const rows = block.status === 'reported' ? block.source : undefined;
    const known = found.get(id);
    if (!known || year > known.year) found.set(id, { year, rows: rows ?? known?.rows });
  }
  return found;
}

const LEGAL =
  /\b(Act|Executive Order|Law|Ley|Decreto|Decree|Regulation|Reglamento|Treaty|Tratado|Proclamation)\b|\d+ FR \d+|Federal Register|Diario Oficial/i;

function sourceType(source: Source): CslType {
  if (/\bdata release\b|\bdata set\b|\bdataset\b/i.test(source.title)) return 'dataset';
  if (LEGAL.test(source.title) || LEGAL.test(source.publisher)) return 'legislation';
  return 'document';
}

export function figureItems(details: EntryDetails, seen: SeenOn, loc: StyleLocale): CslItem[] {
  const rows = figureRows(details);
  const ids = [...new Set([...rows.keys(), ...details.entry.sourceIds])];
  const seenNote = loc.seenOn({
    version: details.version,
    title: seen.title,
    url: seen.url,
    date: loc.longDate(dayOf(seen.accessed)),
  });
  return ids.flatMap((id): CslItem[] => {
    const source = details.sources[id];
    if (!source) return [];
    const figure = rows.get(id);
    const where = figure?.rows ? `; ${figure.rows.file}, ${figure.rows.chapter}, ${figure.rows.section}` : '';
    const what = figure
      ? `${details.entry.name}, ${loc.dataYear(figure.year)}${where}. `
      : `${details.entry.name}. `;
    const doi = cleanDoi(source.url);
    return [
      dropUndefined<CslItem>({
        id: `${source.id}--${details.entry.id}`,
        type: sourceType(source),
        title: source.title,
        author: [{ literal: source.publisher }],
        publisher: source.publisher,
        issued: cslDate(source.date),
        accessed: dayOf(seen.accessed),
        URL: doi ? undefined : source.url,
        DOI: doi ?? undefined,
        number: figure?.rows?.file,
        note: `${what}${seenNote}`,
      }),
    ];
  });
}
