import { useEffect, useState } from 'preact/hooks';
import type { Translate } from '@/lib/i18n/translate';
import type { HiddenPageAccess } from '@/lib/panel/hidden-page';

interface HiddenSectionProps {
  t: Translate;
  /** The page's address, as the panel's list gives it. */
  url: string;
  hidden: HiddenPageAccess;
}

/**
 * "Not the mineral here" can be undone: where a reader looks for the page's mentions, a count of
 * the occurrences they hid on it and a button that shows them again (the page rescans on its own).
 */
export function HiddenSection({ t, url, hidden }: HiddenSectionProps) {
  const [count, setCount] = useState(0);
  const [shown, setShown] = useState(false);
  useEffect(() => {
    let live = true;
    setShown(false);
    hidden.load(url).then(
      (items) => live && setCount(items.length),
      () => live && setCount(0),
    );
    return () => void (live = false);
  }, [url, hidden]);

  if (count === 0) return shown ? <p class="hint">{t('page.hidden.shown')}</p> : null;
  const showAll = async () => {
    await hidden.showAll(url);
    setCount(0);
    setShown(true);
  };
  return (
    <div class="notice hidden-occurrences">
      <p>{t(count === 1 ? 'page.hidden.one' : 'page.hidden.many', { count })}</p>
      <button type="button" onClick={() => void showAll().catch(() => undefined)}>
        {t('page.hidden.show')}
      </button>
    </div>
  );
}
