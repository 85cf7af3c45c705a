import {
  countryName,
  formatAmount,
  formatInteger,
  formatNumber,
  formatOrdinal,
  formatPercent,
  formatShareOfPositive,
} from '@/lib/card/format';
import type { EntryLookup } from '@/lib/dataset/lookups';
import type { Entry } from '@/lib/dataset/types';
import type { Translate } from '@/lib/i18n/translate';
import { citeUsgsRows, type Citation } from '@/lib/cite/figure-citation';
import type { KeyFact } from './key-fact';

/**
 * The briefing's lines for the figures behind the story: Mexico's place, how concentrated supply
 * is (labelled as computed by Mineral Lens), reserves and the latest price. Each keeps its data
 * year and the USGS rows it comes from, as every key fact does.
 */
const cite = (c: Citation | null): Citation[] => (c ? [c] : []);

export function storyFacts(entry: Entry, lookup: EntryLookup, t: Translate): KeyFact[] {
  if (entry.kind === 'policy' || !entry.figures) return [];
  const { story } = entry.figures;
  const { locale } = t;
  const facts: KeyFact[] = [];

  const production = story.mexico.tables.find((x) => x.table === 'production' && x.rank !== null);
  const imports = story.mexico.imports.filter((i) => i.status === 'listed' && i.pct !== null);
  if (production || imports.length > 0) {
    const parts: string[] = [];
    if (production) {
      parts.push(
        t('facts.mexicoRank', {
          rank: formatOrdinal(production.rank!, locale),
          basis: production.basis,
          pct: production.sharePct === null ? '' : `, ${formatShareOfPositive(production.sharePct, locale)}`,
        }),
      );
    }
    if (imports.length > 0) {
      const forms = imports.map((i) => `${i.form === 'All' ? t('facts.allForms') : i.form} ${i.display}%`);
      parts.push(t('facts.mexicoImports', { years: imports[0]!.years, list: forms.join(', ') }));
    }
    const ref = production?.source ?? imports[0]!.source;
    facts.push({
      label: t('facts.mexico'),
      value: parts.join('; '),
      year: production?.year ?? entry.figures.production.find((p) => p.status === 'reported')?.year,
      sources: cite(citeUsgsRows(lookup, ref)),
    });
  }

  const [c] = story.concentration;
  if (c) {
    const atLeast = (c.otherCountriesPct ?? 0) > 0 ? t('facts.atLeast') : '';
    facts.push({
      label: t('facts.concentration', { basis: c.basis }),
      value: t('facts.concentrationValue', {
        top3: `${atLeast}${formatPercent(c.top3SharePct, locale)}`,
        hhi: `${atLeast}${formatInteger(c.hhi, locale)}`,
      }),
      year: c.year,
      sources: cite(citeUsgsRows(lookup, c.source)),
    });
  }

  const reserves = story.reserves.find((r) => r.status === 'reported' && r.worldTotal?.amount != null);
  if (reserves?.status === 'reported') {
    const top = reserves.countries
      .filter((r) => r.place.kind === 'country' && r.amount !== null)
      .sort((a, b) => b.amount! - a.amount!)
      .slice(0, 3)
      .map((r) => (r.place.kind === 'country' ? countryName(r.place.code, locale) : ''));
    facts.push({
      label: t('facts.reserves', { basis: reserves.basis }),
      value: t('facts.reservesValue', {
        amount: /[<>]/.test(reserves.worldTotal!.display)
          ? reserves.worldTotal!.display
          : formatAmount(reserves.worldTotal!.amount, reserves.worldTotal!.display, locale),
        unit: reserves.unit,
        list: top.join(', '),
      }),
      year: reserves.year,
      sources: cite(citeUsgsRows(lookup, reserves.source)),
    });
  }

  for (const series of story.prices.slice(0, 2)) {
    const points = series.points.filter((p) => p.amount !== null);
    const first = points[0];
    const last = points[points.length - 1];
    if (!first || !last || first === last) continue;
    facts.push({
      label: t('facts.price', { basis: series.basis }),
      value: t('facts.priceValue', {
        from: `${formatNumber(first.amount!, locale)} (${first.year})`,
        to: `${formatNumber(last.amount!, locale)} (${last.year})`,
        unit: series.unit,
      }),
      year: last.year,
      sources: cite(citeUsgsRows(lookup, series.source)),
    });
  }
  return facts;
}
