import type { ProductionFigure } from '@/lib/dataset/types';
import type { BodyProps } from './body-props';

type NotReported = Extract<ProductionFigure, { status: 'not-reported' }>;

interface NotReportedProps extends BodyProps {
  figure: NotReported;
  /** "Production" or "U.S. net import reliance". */
  what: string;
}

/**
 * Where USGS gives no figure the card says so in words, with USGS's reason, instead of an empty
 * chart; when the group reports one (the rare earths), it links there.
 */
export function NotReportedFigure({ figure, what, details, t, onOpenEntry }: NotReportedProps) {
  const group = figure.groupEntryId ? details.linked[figure.groupEntryId] : undefined;
  return (
    <div class="not-reported">
      <p>
        <strong>{what}:</strong> {t('card.notReported')}.
      </p>
      <p class="note">{figure.reason}</p>
      {group && (
        <p>
          <button type="button" class="link" onClick={() => onOpenEntry(group.id)}>
            {t('card.notReported.group', { name: group.name })}
          </button>
        </p>
      )}
    </div>
  );
}
