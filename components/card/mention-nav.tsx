import type { StepDirection } from '@/lib/messaging';
import type { CardTranslate } from '@/lib/i18n/card-strings';

interface MentionNavProps {
  count: number;
  /** Position of the current mention in the list (0-based), or null when none is current. */
  current: number | null;
  t: CardTranslate;
  onStep(direction: StepDirection): void;
}

/** "3 mentions on this page", with previous and next, which scroll to each one and flash it. */
export function MentionNav({ count, current, t, onStep }: MentionNavProps) {
  const label =
    count === 0
      ? t('card.mentions.none')
      : count === 1
        ? t('card.mentions.one')
        : t('card.mentions.many', { count });
  return (
    <nav class="mention-nav" aria-label={t('card.mentions.nav')}>
      <span class="mention-count">
        {label}
        {current !== null && count > 1 && (
          <span class="note"> · {t('card.mentions.position', { position: current + 1, count })}</span>
        )}
      </span>
      {count > 1 && (
        <span class="mention-buttons">
          <button
            type="button"
            class="icon-button"
            onClick={() => onStep('previous')}
            aria-label={t('card.mentions.previous')}
          >
            <span aria-hidden="true">↑</span>
          </button>
          <button
            type="button"
            class="icon-button"
            onClick={() => onStep('next')}
            aria-label={t('card.mentions.next')}
          >
            <span aria-hidden="true">↓</span>
          </button>
        </span>
      )}
    </nav>
  );
}
