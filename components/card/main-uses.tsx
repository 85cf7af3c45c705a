import type { MineralEntry } from '@/lib/dataset/types';
import type { BodyProps } from './body-props';

interface MainUsesProps extends Pick<BodyProps, 'details' | 't'> {
  uses: MineralEntry['mainUses'];
}

/** Primary applications, as USGS's Table 6 groups them, with that table named as the source. */
export function MainUses({ uses, details, t }: MainUsesProps) {
  if (!uses) return null;
  const source = details.sources[uses.source.sourceId];
  return (
    <section class="section">
      <h3>{t('card.uses')}</h3>
      <p>{uses.items.join(', ')}</p>
      {source && (
        <p class="figure-source">
          {source.publisher}
          {uses.source.detail ? `: ${uses.source.detail}` : ''}
        </p>
      )}
    </section>
  );
}
