import { useId } from 'preact/hooks';
import { formatInteger, formatPercent } from '@/lib/card/format';
import type { Concentration, StoryFigures } from '@/lib/dataset/types';
import type { BodyProps } from './body-props';
import { Disclosure } from './disclosure';
import { FigureSource } from './figure-source';
import { PriceChart } from './price-chart';
import { ReservesTable } from './reserves-table';

interface StorySectionProps extends BodyProps {
  story: StoryFigures;
}

type T = BodyProps['t'];

/** "at least" whenever USGS's "Other countries" holds output the index could not count. */
const lowerBound = (c: Concentration) => (c.otherCountriesPct ?? 0) > 0;

function concentrationLine(c: Concentration, t: T): string {
  return t('card.story.concentration', {
    atLeast: lowerBound(c) ? t('card.story.atLeast') : '',
    top3: formatPercent(c.top3SharePct, t.locale),
    stage: t(`card.story.stage.${c.stage}`),
    hhi: formatInteger(c.hhi, t.locale),
  });
}

/**
 * The figures behind the story, compact: how concentrated supply is (one line, every stage in a
 * table when USGS reports mine and refinery output), then reserves and prices folded away.
 */
export function StorySection({ story, ...body }: StorySectionProps) {
  const headingId = useId();
  const { t, details } = body;
  const [headline] = story.concentration;
  const reserves = story.reserves;
  const prices = story.prices;
  if (!headline && reserves.length === 0 && prices.length === 0) return null;
  const years = prices.flatMap((p) => p.points.map((x) => x.year));
  return (
    <section class="section story" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('card.story')}</h3>
      {headline && (
        <>
          <p>{concentrationLine(headline, t)}</p>
          <p class="note">
            {lowerBound(headline)
              ? t('card.story.computed', { other: formatPercent(headline.otherCountriesPct!, t.locale) })
              : t('card.story.computedExact')}
          </p>
          <FigureSource
            source={details.sources[headline.source.sourceId]}
            year={headline.year}
            rows={headline.source}
            t={t}
          />
        </>
      )}
      {story.concentration.length > 1 && (
        <Disclosure summary={t('card.story.stages', { count: story.concentration.length })}>
          <table class="stages">
            <thead>
              <tr>
                <th scope="col">{t('card.story.stageCol')}</th>
                <th scope="col">{t('card.story.top3Col')}</th>
                <th scope="col">{t('card.story.hhiCol')}</th>
              </tr>
            </thead>
            <tbody>
              {story.concentration.map((c) => (
                <tr key={c.basis}>
                  <th scope="row">{c.basis}</th>
                  <td class="amount">
                    {lowerBound(c) ? '≥ ' : ''}
                    {formatPercent(c.top3SharePct, t.locale)}
                  </td>
                  <td class="amount">
                    {lowerBound(c) ? '≥ ' : ''}
                    {formatInteger(c.hhi, t.locale)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Disclosure>
      )}
      {reserves.map((r, i) =>
        r.status === 'reported' ? (
          <Disclosure
            key={`r${i}`}
            summary={t('card.story.reserves', { year: r.year, count: r.countries.length })}
          >
            <ReservesTable reserves={r} details={details} t={t} />
          </Disclosure>
        ) : (
          <p class="note" key={`r${i}`}>
            {t('card.story.reservesNone', { reason: r.reason })}
          </p>
        ),
      )}
      {prices.length > 0 && (
        <Disclosure
          summary={t('card.story.prices', {
            first: Math.min(...years),
            last: Math.max(...years),
            count: prices.length,
          })}
        >
          {prices.map((series) => (
            <PriceChart key={`${series.source.chapter}:${series.basis}`} series={series} t={t} />
          ))}
          <FigureSource
            source={details.sources[prices[0]!.source.sourceId]}
            year={Math.max(...years)}
            rows={prices[0]!.source}
            t={t}
          />
        </Disclosure>
      )}
    </section>
  );
}
