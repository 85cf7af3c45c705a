import { shortSourceLabel } from '@/lib/card/citation';
import type { Source, UsgsRowRef } from '@/lib/dataset/types';
import type { CardTranslate } from '@/lib/i18n/card-strings';

interface FigureSourceProps {
  source: Source | undefined;
  year: number;
  /** The USGS rows the figure was read from, shown on hover for whoever wants to check. */
  rows?: UsgsRowRef;
  t: CardTranslate;
}

/** "USGS MCS 2026, data year 2025": under every figure, so no number is shown without its source. */
export function FigureSource({ source, year, rows, t }: FigureSourceProps) {
  if (!source) return null;
  const title = rows
    ? `${rows.file}: ${rows.chapter}; ${rows.section}; ${rows.statisticsDetail}`
    : `${source.title} (${source.publisher})`;
  return (
    <p class="figure-source" title={title}>
      {t('card.figureSource', { source: shortSourceLabel(source), year })}
    </p>
  );
}
