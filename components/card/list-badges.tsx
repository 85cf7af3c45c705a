import { useId } from 'preact/hooks';
import type { Membership } from '@/lib/dataset/types';
import type { ListSummary } from '@/lib/dataset/entry-details';
import type { CardStringKey, CardTranslate } from '@/lib/i18n/card-strings';

/** The lists a badge stands for, in the order a reader scans them; other lists use their own name. */
export const BADGE_LABELS: readonly (readonly [listId: string, label: CardStringKey])[] = [
  ['usgs-2025', 'card.list.usgs-2025'],
  ['usgs-2022', 'card.list.usgs-2022'],
  ['eu-crma-critical', 'card.list.eu-crma-critical'],
  ['eu-crma-strategic', 'card.list.eu-crma-strategic'],
  ['canada-2024', 'card.list.canada-2024'],
  ['australia-critical-2024', 'card.list.australia-critical-2024'],
  ['australia-strategic-2024', 'card.list.australia-strategic-2024'],
  ['india-2023', 'card.list.india-2023'],
  ['japan-rare-metals', 'card.list.japan-rare-metals'],
  ['mexico-sought-2026', 'card.list.mexico-sought-2026'],
];
// The 2018 U.S. list is history: the 2022 and 2025 lists say what a reader needs today.
const NOT_BADGED = new Set(['usgs-2018']);

interface ListBadgesProps {
  memberships: readonly Membership[];
  lists: Record<string, ListSummary>;
  newIn2025: boolean;
  t: CardTranslate;
}

/**
 * One badge per list the mineral is on. A membership that is not verified (listed: null) gets a
 * dashed badge that says so: it never reads as "no". Lists it is not on get no badge.
 */
export function ListBadges({ memberships, lists, newIn2025, t }: ListBadgesProps) {
  const headingId = useId();
  const order = new Map(BADGE_LABELS.map(([id], i) => [id, i]));
  const shown = memberships
    .filter((m) => m.listed !== false && lists[m.listId] && !NOT_BADGED.has(m.listId))
    .sort((a, b) => (order.get(a.listId) ?? order.size) - (order.get(b.listId) ?? order.size));
  const labelOf = (listId: string) => {
    const key = BADGE_LABELS.find(([id]) => id === listId)?.[1];
    return key ? t(key) : lists[listId]!.name;
  };
  return (
    <section class="section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('card.lists')}</h3>
      {shown.length === 0 ? (
        <p class="note">{t('card.lists.none')}</p>
      ) : (
        <ul class="badges">
          {shown.map((m) => {
            const list = lists[m.listId]!;
            const details = [list.name, ...m.as.map((as) => `“${as}”`), ...m.notes, list.note ?? ''];
            return (
              <li
                key={m.listId}
                class={m.listed === null ? 'badge unverified' : 'badge'}
                title={details.join('\n').trim()}
              >
                {labelOf(m.listId)}
                {m.listId === 'usgs-2025' && newIn2025 && (
                  <span class="badge-new"> · {t('card.lists.new')}</span>
                )}
                {m.listed === null && <span class="badge-unverified"> ({t('card.lists.unverified')})</span>}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
