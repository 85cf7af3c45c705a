import { useId } from 'preact/hooks';
import type { MineralEntry } from '@/lib/dataset/types';
import type { BodyProps } from './body-props';
import { ControlItem } from './control-item';

/**
 * Export restrictions on a mineral by countries other than China (DR Congo's cobalt quota): they
 * matter as much to supply, but must not sit under the card's "China" heading.
 */
export function OtherControls({ entry, details, t, onOpenEntry }: BodyProps & { entry: MineralEntry }) {
  const headingId = useId();
  const controls = entry.exportControlIds.flatMap((id) => {
    const control = details.linked[id];
    return control && !control.jurisdiction?.includes('CN') ? [control] : [];
  });
  if (controls.length === 0) return null;
  return (
    <section class="section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('card.exportControls.other')}</h3>
      <ul class="controls">
        {controls.map((control) => (
          <ControlItem key={control.id} control={control} t={t} onOpenEntry={onOpenEntry} />
        ))}
      </ul>
    </section>
  );
}
