import { countryName, formatAmount, formatPercent } from '@/lib/card/format';
import type { Place, Reserves } from '@/lib/dataset/types';
import type { BodyProps } from './body-props';
import { FigureSource } from './figure-source';

interface ReservesTableProps extends Pick<BodyProps, 'details' | 't'> {
  reserves: Reserves;
}

export function placeName(place: Place, t: BodyProps['t']): string {
  return place.kind === 'country' ? countryName(place.code, t.locale) : t('card.story.otherCountries');
}

/**
 * Reserves by country as USGS lists them, largest first, with the world total. Rows USGS prints
 * as "NA" stay in the table as "not reported": a missing number is itself the fact.
 */
export function ReservesTable({ reserves, details, t }: ReservesTableProps) {
  const { locale } = t;
  // Numbers first, largest first; then "Other countries"; then what USGS does not report.
  const order = (r: Reserves['countries'][number]) =>
    r.place.kind === 'other-countries' ? -1 : r.amount === null ? -2 : r.amount;
  const rows = [...reserves.countries].sort((a, b) => order(b) - order(a));
  const world = reserves.worldTotal;
  return (
    <>
      <p class="basis">
        {reserves.basis} ({reserves.unit})
      </p>
      <table class="reserves">
        <thead>
          <tr>
            <th scope="col">{t('card.production.country')}</th>
            <th scope="col">{t('card.production.amount', { unit: reserves.unit })}</th>
            <th scope="col">{t('card.production.share')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.place.kind === 'country' ? r.place.code : 'other'}>
              <th scope="row">{placeName(r.place, t)}</th>
              <td class="amount">
                {r.amount === null && /^(NA|XX)$/.test(r.display)
                  ? `${t('card.story.notReported')} (${r.display})`
                  : formatAmount(r.amount, r.display, locale)}
              </td>
              <td class="amount">{r.sharePct === null ? '' : formatPercent(r.sharePct, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="world">
        {world && world.amount !== null
          ? t('card.story.reservesWorld', {
              amount: /[<>]/.test(world.display)
                ? world.display
                : formatAmount(world.amount, world.display, locale),
              unit: reserves.unit,
            })
          : t('card.story.reservesNoTotal')}
      </p>
      <FigureSource
        source={details.sources[reserves.source.sourceId]}
        year={reserves.year}
        rows={reserves.source}
        t={t}
      />
    </>
  );
}
