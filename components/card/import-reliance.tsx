import { useId } from 'preact/hooks';
import { formatPercent } from '@/lib/card/format';
import type { ImportRelianceFigure } from '@/lib/dataset/types';
import type { BodyProps } from './body-props';
import { FigureSource } from './figure-source';
import { NotReportedFigure } from './not-reported';

type Reported = Extract<ImportRelianceFigure, { status: 'reported' }>;

interface ImportRelianceProps extends BodyProps {
  figures: readonly ImportRelianceFigure[];
}

/** "100%", "more than 50%", "net exporter": USGS's qualifier, in words. */
function relianceText(figure: Reported, t: BodyProps['t']): string {
  const pct = figure.pct === null ? '' : formatPercent(figure.pct, t.locale);
  switch (figure.qualifier) {
    case 'exact':
      return pct;
    case 'greater-than':
      return t('card.imports.greaterThan', { pct });
    case 'less-than':
      return t('card.imports.lessThan', { pct });
    case 'net-exporter':
      return t('card.imports.netExporter');
    case 'not-available':
      return t('card.imports.notAvailable');
  }
}

/** A source's share as USGS printed it: ">99" stays a bound, never becomes "99%". */
function sourceShare(source: Reported['majorSources'][number], t: BodyProps['t']): string {
  if (source.pct === null) return '';
  if (source.display && /[<>]/.test(source.display)) return ` ${source.display}%`;
  return ` ${formatPercent(source.pct, t.locale)}`;
}

/** U.S. net import reliance, one line per form USGS reports, with the main import sources. */
export function ImportReliance({ figures, ...body }: ImportRelianceProps) {
  const headingId = useId();
  const { t } = body;
  const reported = figures.filter((f): f is Reported => f.status === 'reported');
  const first = figures[0];
  if (!first) return null;
  if (reported.length === 0 && first.status === 'not-reported') {
    return <NotReportedFigure figure={first} what={t('card.imports.what')} {...body} />;
  }
  const year = Math.max(...reported.map((f) => f.year));
  return (
    <section class="section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('card.imports', { year })}</h3>
      {reported.map((figure) => (
        <div class="reliance" key={figure.basis}>
          <p>
            <strong class="reliance-value">{relianceText(figure, t)}</strong>{' '}
            <span class="basis">
              {figure.basis}
              {figure.estimated && `, ${t('card.estimated')}`}
            </span>
          </p>
          {figure.majorSources.length > 0 && (
            <p class="import-sources">
              {t('card.imports.sources', { years: figure.sourcesYears ?? String(figure.year) })}{' '}
              {figure.majorSources.map((s) => `${s.country}${sourceShare(s, t)}`).join(', ')}
            </p>
          )}
        </div>
      ))}
      <FigureSource
        source={body.details.sources[reported[0]!.source.sourceId]}
        year={year}
        rows={reported[0]!.source}
        t={t}
      />
    </section>
  );
}
