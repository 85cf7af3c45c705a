import { citedSources, figureSourceYears } from '@/lib/card/citation';
import type { BodyProps } from './body-props';

/**
 * Every source behind the entry, folded at the foot of the card: publisher, date, title, and the
 * data year for figure sources. Links open in a new tab, and only when the reader clicks them.
 */
export function SourcesList({ details, t }: Pick<BodyProps, 'details' | 't'>) {
  const sources = citedSources(details);
  const years = figureSourceYears(details);
  if (sources.length === 0) return null;
  return (
    <details class="sources">
      <summary>{t('card.sources', { count: sources.length })}</summary>
      <ol>
        {sources.map((source) => {
          const year = years.get(source.id);
          return (
            <li key={source.id}>
              {source.publisher} ({source.date}).{' '}
              {source.url ? (
                <a href={source.url} target="_blank" rel="noopener noreferrer">
                  {source.title}
                  <span class="sr-only"> {t('card.newTab')}</span>
                </a>
              ) : (
                <cite>{source.title}</cite>
              )}
              {year !== undefined && <> · {t('card.dataYear', { year })}</>}
            </li>
          );
        })}
      </ol>
    </details>
  );
}
