import { useId, useState } from 'preact/hooks';
import type { CardNotice } from '@/lib/card/card-store';
import { formatPercent } from '@/lib/card/format';
import { CITE_FORMATS } from '@/lib/cite/format-names';
import { explanationInWords } from '@/lib/i18n/reason-words';
import type { CardCiteFormat, PageMention } from '@/lib/messaging';
import type { CardStringKey, CardTranslate } from '@/lib/i18n/card-strings';

interface CardActionsProps {
  t: CardTranslate;
  /** The mention the card was opened on, while its own entry is on screen; else null. */
  mention: PageMention | null;
  notice: CardNotice | null;
  /** The citation, shown for copying by hand when the clipboard refused it. */
  citation: string | null;
  canCite: boolean;
  onCopyCitation(format: CardCiteFormat): void;
  onDownloadCitation?(format: CardCiteFormat): void;
  onHide(): void;
  onSiteOff(): void;
}

const NOTICES: Record<CardNotice, CardStringKey> = {
  copied: 'card.notice.copied',
  'copy-fallback': 'card.notice.copyFallback',
  hidden: 'card.notice.hidden',
  'hide-failed': 'card.notice.hideFailed',
  'site-failed': 'card.notice.siteFailed',
  'site-full': 'card.notice.siteFull',
  'cite-failed': 'card.notice.citeFailed',
  saved: 'card.notice.saved',
};

const FORMATS: CardCiteFormat[] = ['plain', ...CITE_FORMATS];

/** Copy a citation, hide this occurrence, stop highlighting on the site, and why it was highlighted. */
export function CardActions(props: CardActionsProps) {
  const { t, mention, notice, citation } = props;
  const [why, setWhy] = useState(false);
  const [format, setFormat] = useState<CardCiteFormat>('plain');
  const whyId = useId();
  return (
    <footer class="actions">
      <div class="action-row">
        {props.canCite && (
          <>
            <select
              class="action cite-format"
              aria-label={t('card.cite.format')}
              value={format}
              onChange={(event) => setFormat(event.currentTarget.value as CardCiteFormat)}
            >
              {FORMATS.map((f) => (
                <option key={f} value={f}>
                  {t(`card.cite.${f}`)}
                </option>
              ))}
            </select>
            <button type="button" class="action" onClick={() => props.onCopyCitation(format)}>
              {t('card.action.cite')}
            </button>
            {props.onDownloadCitation && (
              <button type="button" class="action" onClick={() => props.onDownloadCitation?.(format)}>
                {t('card.action.download')}
              </button>
            )}
          </>
        )}
        {mention && (
          <button type="button" class="action" onClick={props.onHide}>
            {t(mention.kind === 'policy' ? 'card.action.hideTerm' : 'card.action.hideMineral')}
          </button>
        )}
        <button type="button" class="action" onClick={props.onSiteOff}>
          {t('card.action.siteOff')}
        </button>
        {mention && (
          <button
            type="button"
            class="action"
            aria-expanded={why}
            aria-controls={whyId}
            onClick={() => setWhy(!why)}
          >
            {t('card.action.why')}
          </button>
        )}
      </div>
      {mention && (
        <p id={whyId} class="why" hidden={!why}>
          {t('card.why', {
            text: mention.text,
            reason: explanationInWords(mention.why, t.locale),
            confidence: formatPercent(mention.confidence * 100, t.locale),
          })}
        </p>
      )}
      <p class="notice" role="status">
        {notice && t(NOTICES[notice])}
      </p>
      {citation && (
        <textarea class="citation" readOnly rows={4} aria-label={t('card.citation')} value={citation} />
      )}
    </footer>
  );
}
