import { useEffect, useRef, useState } from 'preact/hooks';
import type { Translate } from '@/lib/i18n/translate';

interface ResetSectionProps {
  t: Translate;
  onReset(): Promise<boolean>;
}

/**
 * Reset to defaults, behind an inline confirmation (not window.confirm, which a popup may not
 * show). Focus goes to Cancel, so a stray Enter does not erase the user's site list.
 */
export function ResetSection({ t, onReset }: ResetSectionProps) {
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  // Focus follows the question: to Cancel when it opens, back to the button when it closes.
  useEffect(() => {
    if (confirming) cancelRef.current?.focus();
    else if (wasConfirming.current) startRef.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  const close = () => setConfirming(false);

  return (
    <section class="reset-section">
      {confirming ? (
        <div
          role="group"
          aria-label={t('settings.reset')}
          onKeyDown={(event) => event.key === 'Escape' && close()}
        >
          <p>{t('settings.reset.confirm')}</p>
          <button
            type="button"
            onClick={async () => {
              close();
              setDone(await onReset());
            }}
          >
            {t('settings.reset.yes')}
          </button>
          <button type="button" ref={cancelRef} onClick={close}>
            {t('settings.reset.cancel')}
          </button>
        </div>
      ) : (
        <button
          type="button"
          ref={startRef}
          onClick={() => {
            setDone(false);
            setConfirming(true);
          }}
        >
          {t('settings.reset')}
        </button>
      )}
      {done && <p role="status">{t('settings.reset.done')}</p>}
    </section>
  );
}
