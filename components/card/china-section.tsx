import { useId } from 'preact/hooks';
import { formatPercent } from '@/lib/card/format';
import type { MineralEntry } from '@/lib/dataset/types';
import type { BodyProps } from './body-props';
import { FigureSource } from './figure-source';
import { ControlItem } from './control-item';

interface ChinaSectionProps extends BodyProps {
  entry: MineralEntry;
}

/**
 * China's refining share and its export controls, where the data has them: the two facts a
 * reader of supply-chain news most often needs next to the production chart.
 */
export function ChinaSection({ entry, details, t, onOpenEntry }: ChinaSectionProps) {
  const headingId = useId();
  const share = entry.chinaRefiningShare;
  const controls = entry.exportControlIds.flatMap((id) => {
    const control = details.linked[id];
    return control?.jurisdiction?.includes('CN') ? [control] : [];
  });
  if (!share && controls.length === 0) return null;
  return (
    <section class="section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('card.china')}</h3>
      {share && (
        <>
          <p>
            <strong>{formatPercent(share.pct, t.locale)}</strong>{' '}
            {t('card.china.refining', { basis: share.basis, year: share.year })}
          </p>
          {/* A note that qualifies China's share (gallium's 100% is a rounding artefact) belongs
              next to the number, not only under the production chart. */}
          {share.notes
            .filter((note) => note.includes('China'))
            .map((note) => (
              <p key={note} class="note">
                {note}
              </p>
            ))}
          <FigureSource source={details.sources[share.sourceId]} year={share.year} t={t} />
        </>
      )}
      {controls.length > 0 && (
        <>
          <h4>{t('card.exportControls')}</h4>
          <ul class="controls">
            {controls.map((control) => (
              <ControlItem key={control.id} control={control} t={t} onOpenEntry={onOpenEntry} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
