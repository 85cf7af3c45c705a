import type { EntryDetails } from '@/lib/dataset/entry-details';
import type { Source } from '@/lib/dataset/types';
import type { CardTranslate } from '@/lib/i18n/card-strings';
import { sourceText } from '@/lib/cite/figure-citation';
import { yearOf } from './format';

/**
 * Citations. A researcher pastes the card's citation into notes, so it names every source behind
 * the entry in author-date form, the USGS data year where figures come from, and the dataset
 * version that produced the card. Each source is written as the briefing writes it (lib/cite).
 */

/** "USGS MCS 2026" for the Mineral Commodity Summaries; otherwise "publisher, year". */
export function shortSourceLabel(source: Source): string {
  const mcs = /Mineral Commodity Summaries (\d{4})/.exec(source.title);
  if (mcs && source.publisher === 'U.S. Geological Survey') return `USGS MCS ${mcs[1]}`;
  return `${source.publisher}, ${yearOf(source.date)}`;
}

/** The data year each figure source speaks for (the latest reported year, else the dataset's). */
export function figureSourceYears(details: EntryDetails): Map<string, number> {
  const { entry } = details;
  const years = new Map<string, number>();
  const figures = entry.kind === 'policy' ? null : entry.figures;
  for (const block of figures ? [...figures.production, ...figures.importReliance] : []) {
    const id = block.status === 'reported' ? block.source.sourceId : block.sourceId;
    const year = block.status === 'reported' ? block.year : details.dataYear;
    years.set(id, Math.max(years.get(id) ?? 0, year));
  }
  return years;
}

/** Sources in citation order: figure sources first, then the entry's own, each once. */
export function citedSources(details: EntryDetails): Source[] {
  const ids = new Set([...figureSourceYears(details).keys(), ...details.entry.sourceIds]);
  return [...ids].flatMap((id) => (details.sources[id] ? [details.sources[id]] : []));
}

export function formatCitation(details: EntryDetails, t: CardTranslate): string {
  const years = figureSourceYears(details);
  const parts = citedSources(details).map((source) => {
    const year = years.get(source.id);
    const dataYear = year === undefined ? '' : ` (${t('card.citation.dataYear', { year })})`;
    const url = source.url ? `, ${source.url}` : '';
    return `${sourceText(source)}${dataYear}${url}`;
  });
  parts.push(t('card.citation.via', { version: details.version }));
  return `${details.entry.name}. ${parts.join('; ')}.`;
}
