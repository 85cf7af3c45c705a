import { formatPartialDate } from '@/lib/card/format';
import type { LinkedEntry } from '@/lib/dataset/entry-details';
import type { CardTranslate } from '@/lib/i18n/card-strings';
import { StatusFact } from './status-fact';

interface ControlItemProps {
  control: LinkedEntry;
  t: CardTranslate;
  onOpenEntry(id: string): void;
}

/** One export control on a mineral's card: its name (a link to its card), date and dated status. */
export function ControlItem({ control, t, onOpenEntry }: ControlItemProps) {
  return (
    <li>
      <button type="button" class="link" onClick={() => onOpenEntry(control.id)}>
        {control.name}
      </button>
      <p class="note">
        {control.date && `${formatPartialDate(control.date, t.locale)} · `}
        {control.status && <StatusFact status={control.status} t={t} />}
      </p>
    </li>
  );
}
