import { useId } from 'preact/hooks';
import {
  countryName,
  formatAmount,
  formatOrdinal,
  formatPercent,
  formatShareOfPositive,
} from '@/lib/card/format';
import type { Membership, MexicoImports, MexicoTable, StoryFigures } from '@/lib/dataset/types';
import type { BodyProps } from './body-props';
import { FigureSource } from './figure-source';

/** The list of 13 minerals Mexico's government said it seeks to develop (lists.json). */
export const MEXICO_LIST_ID = 'mexico-sought-2026';

interface MexicoSectionProps extends BodyProps {
  story: StoryFigures;
  memberships: readonly Membership[] | null;
}

type T = BodyProps['t'];

function rankText(table: Pick<MexicoTable, 'rank' | 'tiedWith'>, t: T): string {
  const rank = formatOrdinal(table.rank!, t.locale);
  if (table.tiedWith.length === 0) return rank;
  const countries = table.tiedWith.map((code) => countryName(code, t.locale)).join(', ');
  return t('card.mexico.tied', { rank, countries });
}

/** One sentence per USGS table: Mexico's rank, share and amount, or why there is none. */
function tableLine(table: MexicoTable, t: T): string {
  const { locale } = t;
  const basis = table.table === 'reserves' ? t('card.mexico.reservesLabel') : table.basis;
  if (table.status === 'not-listed') return t('card.mexico.notListed', { basis });
  if (table.status === 'withheld') return t('card.mexico.withheld', { basis });
  if (table.status === 'not-available')
    return t('card.mexico.notAvailable', { basis, display: table.display ?? '' });
  if (table.rank === null) return t('card.mexico.none', { basis });
  const vars = {
    basis,
    rank: rankText(table, t),
    pct: table.sharePct === null ? '' : formatShareOfPositive(table.sharePct, locale),
    amount: formatAmount(table.amount, table.display ?? '', locale),
    unit: table.unit,
  };
  if (table.table === 'reserves')
    return t(table.sharePct === null ? 'card.mexico.reservesNoShare' : 'card.mexico.reserves', vars);
  return t(table.sharePct === null ? 'card.mexico.productionNoShare' : 'card.mexico.production', vars);
}

function importsLine(imports: readonly MexicoImports[], t: T): string | null {
  const first = imports[0];
  if (!first) return null;
  const listed = imports.filter((i) => i.status === 'listed' && i.pct !== null);
  if (listed.length === 0) return t('card.mexico.importsNone', { years: first.years });
  const forms = listed.map((i) =>
    t('card.mexico.importForm', {
      form: i.form === 'All' ? t('card.form.all') : i.form,
      pct: /[<>]/.test(i.display ?? '') ? `${i.display}%` : formatPercent(i.pct!, t.locale),
      rank: formatOrdinal(i.rank!, t.locale),
    }),
  );
  return `${t('card.mexico.imports', { years: first.years })} ${forms.join('; ')}.`;
}

function listLine(memberships: readonly Membership[] | null, t: T): string | null {
  const m = memberships?.find((x) => x.listId === MEXICO_LIST_ID);
  if (!m) return null;
  if (m.listed === null) return t('card.mexico.maybeOnList');
  return t(m.listed ? 'card.mexico.onList' : 'card.mexico.notOnList');
}

/**
 * "México y EE. UU.": whether Mexico seeks the mineral, where it stands among producers and
 * reserve holders, and how much of what the U.S. imports comes from Mexico, form by form (the
 * chapter's forms, since Figure 2 shows one form only: antimony ore is 86% Mexican).
 */
export function MexicoSection({ story, memberships, ...body }: MexicoSectionProps) {
  const headingId = useId();
  const { t, details } = body;
  const tables = story.mexico.tables;
  // Tables where Mexico is absent say little one by one; the first of each kind is enough.
  const shown = tables.filter(
    (x, i) => x.status !== 'not-listed' || tables.findIndex((y) => y.table === x.table) === i,
  );
  const imports = importsLine(story.mexico.imports, t);
  const first = tables[0] ?? story.mexico.imports[0];
  return (
    <section class="section mexico" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('card.mexico')}</h3>
      <ul class="mexico-facts">
        {listLine(memberships, t) && <li>{listLine(memberships, t)}</li>}
        {shown.map((table) => (
          <li key={`${table.table}:${table.basis}`}>{tableLine(table, t)}</li>
        ))}
        {imports && <li>{imports}</li>}
        {!first && <li>{t('card.mexico.noFigures')}</li>}
      </ul>
      {first && (
        <FigureSource
          source={details.sources[first.source.sourceId]}
          year={details.dataYear}
          rows={first.source}
          t={t}
        />
      )}
    </section>
  );
}
