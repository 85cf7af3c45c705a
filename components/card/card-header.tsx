import type { ComponentChildren } from 'preact';
import type { CardTranslate } from '@/lib/i18n/card-strings';

interface CardHeaderProps {
  titleId: string;
  title: string;
  /** The entry's name in the page's language, when it differs ("galio" on a Spanish page). */
  localName?: { name: string; language: string } | undefined;
  /** The entry the back control returns to, when the reader followed a link. */
  backTo?: string | undefined;
  t: CardTranslate;
  onBack(): void;
  onClose(): void;
  /** A line under the title that stays in view while the body scrolls (the mention navigation). */
  children?: ComponentChildren;
}

/** Title, the back control after a link was followed, and the close button; it stays in view. */
export function CardHeader(props: CardHeaderProps) {
  const { titleId, title, localName, backTo, t, onBack, onClose, children } = props;
  return (
    <header class="header">
      <div class="header-row">
        {backTo !== undefined && (
          <button
            type="button"
            class="icon-button"
            onClick={onBack}
            aria-label={t('card.back', { name: backTo })}
          >
            <span aria-hidden="true">←</span>
          </button>
        )}
        <div class="title-block">
          <h2 id={titleId} class="title">
            {title}
          </h2>
          {localName && (
            <p class="local-name" lang={localName.language}>
              {localName.name}
            </p>
          )}
        </div>
        <button type="button" class="icon-button" onClick={onClose} aria-label={t('card.close')}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      {children}
    </header>
  );
}
