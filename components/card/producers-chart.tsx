import { useId } from 'preact/hooks';
import { formatAmount, formatChinaShare, formatPercent } from '@/lib/card/format';
import type { ProductionFigure } from '@/lib/dataset/types';
import type { BodyProps } from './body-props';
import { FigureSource } from './figure-source';

type Reported = Extract<ProductionFigure, { status: 'reported' }>;

interface ProducersChartProps extends Pick<BodyProps, 'details' | 't'> {
  figure: Reported;
}

/**
 * Top producers of the latest year as a table whose share column carries a bar: screen readers
 * read the table, the bars are decoration. Bars scale to the share of the world total; without a
 * total (boron) there are no shares, only amounts.
 */
export function ProducersChart({ figure, details, t }: ProducersChartProps) {
  const headingId = useId();
  const { locale } = t;
  const world = figure.worldTotal;
  const chinaListed = figure.countries.some((c) => c.usgsName === 'China');
  return (
    <section class="section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('card.production', { year: figure.year })}</h3>
      <p class="basis">
        {figure.basis} ({figure.unit})
      </p>
      <table class="producers">
        <thead class="sr-only">
          <tr>
            <th scope="col">{t('card.production.country')}</th>
            <th scope="col">{t('card.production.share')}</th>
            <th scope="col">{t('card.production.amount', { unit: figure.unit })}</th>
          </tr>
        </thead>
        <tbody>
          {figure.countries.map((c) => (
            <tr key={c.usgsName}>
              <th scope="row" title={c.note}>
                {c.country}
              </th>
              <td class="share">
                {c.sharePct !== null && (
                  <>
                    <span class="bar" aria-hidden="true">
                      <span class="bar-fill" style={{ width: `${Math.min(c.sharePct, 100)}%` }} />
                    </span>
                    <span class="share-value">{formatPercent(c.sharePct, locale)}</span>
                  </>
                )}
              </td>
              <td class="amount">
                {formatAmount(c.amount, c.display, locale)}
                {c.form && <span class="note"> ({c.form})</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="world">
        {world
          ? t(world.estimated ? 'card.production.worldEstimated' : 'card.production.world', {
              amount: formatAmount(world.amount, world.display, locale),
              unit: figure.unit,
            })
          : t('card.production.noTotal')}
        {!chinaListed && figure.chinaSharePct !== null && (
          <> {t('card.production.china', { pct: formatChinaShare(figure, locale)! })}</>
        )}
      </p>
      {figure.notes.length > 0 && (
        <details class="more">
          <summary>{t('card.production.notes', { count: figure.notes.length })}</summary>
          <ul class="notes">
            {figure.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </details>
      )}
      <FigureSource
        source={details.sources[figure.source.sourceId]}
        year={figure.year}
        rows={figure.source}
        t={t}
      />
    </section>
  );
}
