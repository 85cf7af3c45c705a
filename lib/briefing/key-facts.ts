import type { EntryLookup } from '@/lib/dataset/lookups';
import type { Entry, ImportRelianceFigure, MineralEntry } from '@/lib/dataset/types';
import { formatChinaShare } from '@/lib/card/format';
import { statusLine, statusParts } from '@/lib/card/status-text';
import { jurisdictionLine } from '@/lib/i18n/jurisdiction-name';
import type { Translate } from '@/lib/i18n/translate';
import { intlLocale } from '@/lib/card/format';
import { entryName } from '@/lib/search/entry-name';
import { citeSource, citeUsgsRows, type Citation } from '@/lib/cite/figure-citation';
import { headlineProduction } from './headline-figures';
import type { KeyFact } from './key-fact';
import { storyFacts } from './story-facts';

/** One key figure or fact about an entry, with its data year and where it comes from. */
export type { KeyFact };

type Reliance = Extract<ImportRelianceFigure, { status: 'reported' }>;

/**
 * The figures a briefing gives for each term: production and top producers, China's shares,
 * U.S. import reliance and list memberships for minerals and groups; jurisdiction, date and status
 * (with its as-of date, and whether it has ended by `today`) for policy terms. Worded in the UI language; numbers as USGS printed them.
 */
export function keyFacts(entry: Entry, lookup: EntryLookup, t: Translate, today: string): KeyFact[] {
  if (entry.kind === 'policy') {
    const facts: KeyFact[] = [
      { label: t('facts.jurisdiction'), value: jurisdictionLine(entry.jurisdiction, t.locale), sources: [] },
    ];
    if (entry.date) {
      const note = entry.dateNote ? ` (${entry.dateNote})` : '';
      facts.push({ label: t('facts.date'), value: entry.date + note, sources: [] });
    }
    if (entry.status) {
      // Compared with the reader's day, so an export made after an end date says it ended.
      const value = statusLine(statusParts(entry.status, today, t));
      facts.push({ label: t('facts.status'), value, sources: [] });
    }
    return facts;
  }
  const facts: KeyFact[] = [];
  // "31.7%" in English and in Mexican Spanish (es-MX), the briefing's readers.
  const percent = new Intl.NumberFormat(intlLocale(t.locale), { style: 'percent', maximumFractionDigits: 1 });
  const pct = (value: number) => percent.format(value / 100);

  const production = headlineProduction(entry, lookup);
  if (production) {
    const { figure, groupId } = production;
    const total = figure.worldTotal
      ? `${figure.worldTotal.display} ${figure.unit}${figure.worldTotal.estimated ? ` ${t('facts.estimated')}` : ''}`
      : t('facts.noWorldTotal');
    const parts = [total];
    const producers = figure.countries
      .slice(0, 3)
      .map((c) => (c.sharePct === null ? c.country : `${c.country} ${pct(c.sharePct)}`));
    if (producers.length > 0) parts.push(t('facts.topProducers', { list: producers.join(', ') }));
    const inTop = figure.countries.slice(0, 3).some((c) => c.country === 'China');
    if (figure.chinaSharePct !== null && !inTop) {
      parts.push(t('facts.chinaShare', { pct: formatChinaShare(figure, t.locale)! }));
    }
    const group = groupId ? lookup.entry(groupId) : undefined;
    const label = group
      ? t('facts.groupFigure', { basis: figure.basis, group: entryName(group, t.locale) })
      : figure.basis;
    facts.push({
      label,
      value: parts.join('; '),
      year: figure.year,
      sources: cite(citeUsgsRows(lookup, figure.source)),
    });
  }
  if (entry.kind === 'mineral' && entry.chinaRefiningShare) {
    const share = entry.chinaRefiningShare;
    facts.push({
      label: t('facts.chinaRefining', { basis: share.basis }),
      value: pct(share.pct),
      year: share.year,
      sources: cite(citeSource(lookup, share.sourceId)),
    });
  }
  const reliance = entry.figures?.importReliance.find((f): f is Reliance => f.status === 'reported');
  if (reliance) facts.push(relianceFact(reliance, lookup, t, pct));
  facts.push(...storyFacts(entry, lookup, t));
  const lists = listNames(entry, lookup);
  if (lists.length > 0) {
    const label = t(entry.kind === 'group' ? 'facts.lists.group' : 'facts.lists');
    facts.push({ label, value: lists.join('; '), sources: [] });
  }
  return facts;
}

function relianceFact(
  figure: Reliance,
  lookup: EntryLookup,
  t: Translate,
  pct: (value: number) => string,
): KeyFact {
  let value =
    figure.qualifier === 'net-exporter'
      ? t('facts.netExporter')
      : figure.qualifier === 'not-available'
        ? t('facts.notAvailable')
        : t('facts.relianceValue', { display: figure.display });
  if (figure.estimated && figure.pct !== null) value += ` ${t('facts.estimated')}`;
  const sources = figure.majorSources
    .slice(0, 4)
    .map((s) =>
      s.pct === null ? s.country : `${s.country} ${s.display === null ? pct(s.pct) : `${s.display}%`}`,
    );
  if (sources.length > 0) {
    value += `; ${t('facts.importSources', { years: figure.sourcesYears ?? '', list: sources.join(', ') })}`;
  }
  return {
    label: t('facts.importReliance'),
    value,
    year: figure.year,
    sources: cite(citeUsgsRows(lookup, figure.source)),
  };
}

/**
 * The official lists a mineral is on; for a group, the lists that name the group or any member
 * (the U.S. list names each rare earth, never "rare earths"), as search's list filter counts them.
 */
function listNames(entry: MineralEntry | Extract<Entry, { kind: 'group' }>, lookup: EntryLookup): string[] {
  const listed = (mineral: MineralEntry) =>
    mineral.memberships.filter((m) => m.listed === true).map((m) => m.listId);
  const ids =
    entry.kind === 'mineral'
      ? listed(entry)
      : [...entry.listMentions.map((m) => m.listId), ...lookup.members(entry.id).flatMap(listed)];
  return [...new Set(ids)].sort().flatMap((id) => {
    const list = lookup.list(id);
    return list ? [list.name] : [];
  });
}

const cite = (citation: Citation | null): Citation[] => (citation ? [citation] : []);

/** Where an entry's identity, description or definition comes from. */
export function entrySources(entry: Entry, lookup: EntryLookup): Citation[] {
  return entry.sourceIds.flatMap((id) => cite(citeSource(lookup, id)));
}
