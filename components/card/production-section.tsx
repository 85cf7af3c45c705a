import type { ProductionFigure } from '@/lib/dataset/types';
import type { BodyProps } from './body-props';
import { NotReportedFigure } from './not-reported';
import { ProducersChart } from './producers-chart';

interface ProductionSectionProps extends BodyProps {
  figures: readonly ProductionFigure[];
}

/**
 * The headline production figure (the first block), and any further stage or form (bauxite,
 * refinery output) folded away below it, so the card's first screen stays short.
 */
export function ProductionSection({ figures, ...body }: ProductionSectionProps) {
  const [headline, ...more] = figures;
  if (!headline) return null;
  const extra = more.filter((f) => f.status === 'reported');
  return (
    <>
      {headline.status === 'reported' ? (
        <ProducersChart figure={headline} details={body.details} t={body.t} />
      ) : (
        <NotReportedFigure figure={headline} what={body.t('card.production.what')} {...body} />
      )}
      {extra.length > 0 && (
        <details class="more">
          <summary>{body.t('card.production.more', { count: extra.length })}</summary>
          {extra.map((figure) => (
            <ProducersChart key={figure.basis} figure={figure} details={body.details} t={body.t} />
          ))}
        </details>
      )}
    </>
  );
}
