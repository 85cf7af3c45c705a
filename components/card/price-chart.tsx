import { useId } from 'preact/hooks';
import { formatNumber } from '@/lib/card/format';
import type { PriceSeries } from '@/lib/dataset/types';
import type { BodyProps } from './body-props';

interface PriceChartProps {
  series: PriceSeries;
  t: BodyProps['t'];
}

const W = 160;
const H = 40;
const PAD = 3;

/** The value a point plots at: the number, or a range's midpoint (scandium), or nothing. */
const valueOf = (p: PriceSeries['points'][number]) =>
  p.amount ?? (p.low !== undefined && p.high !== undefined ? (p.low + p.high) / 2 : null);

/**
 * One USGS price series, 2021–2025, as a small line chart and the table it is drawn from. The
 * SVG is an image with a text alternative listing every value; the table below it carries the
 * same numbers for anyone who wants to read or copy them. Years USGS did not price leave a gap.
 */
export function PriceChart({ series, t }: PriceChartProps) {
  const titleId = useId();
  const { locale } = t;
  const values = series.points.map(valueOf);
  const known = values.filter((v): v is number => v !== null);
  const min = Math.min(...known);
  const max = Math.max(...known);
  const x = (i: number) => PAD + (i * (W - 2 * PAD)) / Math.max(series.points.length - 1, 1);
  const y = (v: number) => (max === min ? H / 2 : H - PAD - ((v - min) * (H - 2 * PAD)) / (max - min));
  // Runs of consecutive priced years: a year USGS did not price breaks the line.
  const runs: { x: number; y: number }[][] = [[]];
  values.forEach((v, i) => {
    if (v === null) runs.push([]);
    else runs[runs.length - 1]!.push({ x: Number(x(i).toFixed(1)), y: Number(y(v).toFixed(1)) });
  });
  const label = t('card.story.chartLabel', {
    basis: series.basis,
    unit: series.unit,
    values: series.points
      .map((p) => `${p.year} ${p.amount === null ? p.display : formatNumber(p.amount, locale)}`)
      .join(', '),
  });
  return (
    <figure class="price">
      <figcaption id={titleId}>
        <strong>{t(`card.story.market.${series.market}`)}</strong>: {series.basis} ({series.unit})
      </figcaption>
      {known.length > 1 && (
        <svg class="price-chart" viewBox={`0 0 ${W} ${H}`} width={W} height={H} role="img" aria-label={label}>
          {runs
            .filter((run) => run.length > 0)
            .map((run) =>
              run.length === 1 ? (
                <circle key={`${run[0]!.x}`} cx={run[0]!.x} cy={run[0]!.y} r="1.5" />
              ) : (
                <polyline key={`${run[0]!.x}`} points={run.map((p) => `${p.x},${p.y}`).join(' ')} />
              ),
            )}
        </svg>
      )}
      <table class="price-table" aria-labelledby={titleId}>
        <thead>
          <tr>
            <th scope="row">{t('card.story.year')}</th>
            {series.points.map((p) => (
              <th scope="col" key={p.year}>
                {p.year}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t('card.story.price', { unit: series.unit })}</th>
            {series.points.map((p) => (
              <td key={p.year}>
                {p.amount === null ? p.display : formatNumber(p.amount, locale)}
                {p.estimated && <abbr title={t('card.estimated')}>e</abbr>}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </figure>
  );
}
