import type { KeyFact } from '@/lib/briefing/key-facts';
import type { Translate } from '@/lib/i18n/translate';

interface KeyFactsListProps {
  t: Translate;
  facts: KeyFact[];
}

/** Figures with their data year and source beside each: provenance is never a click away. */
export function KeyFactsList({ t, facts }: KeyFactsListProps) {
  return (
    <dl class="key-facts">
      {facts.map((fact) => (
        <div key={fact.label} class="fact">
          <dt>
            {fact.label}
            {fact.year !== undefined && (
              <span class="muted"> ({t('entry.dataYear', { year: fact.year })})</span>
            )}
          </dt>
          <dd>
            {fact.value}
            {fact.sources.map((source) => (
              <span key={source.text} class="source">
                {t('entry.source')}: {source.text}
              </span>
            ))}
          </dd>
        </div>
      ))}
    </dl>
  );
}
