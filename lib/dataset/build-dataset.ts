import type { MatchIndex, MatchTerm } from '../recognize/match-index';
import { deriveListMentions, deriveMemberships, USGS_2022_LIST_ID, USGS_2025_LIST_ID } from './memberships';
import type { Dataset } from './parse-dataset';
import { commodityNames, translateUsgsTexts } from './usgs-spanish';
import type { Alias } from './schema-common';
import type { MineralFigures } from './schema-figures';
import type { ChinaShare, EntriesFile, Entry, GroupEntry, MineralEntry, PolicyEntry } from './schema-output';

/**
 * The pure generator behind `npm run data:check`: validated source data in, the two artifacts out.
 * The content script gets only the compact index; the card and panel load the full entries.
 */
export interface BuiltDataset {
  index: MatchIndex;
  entries: EntriesFile;
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const aka = (aliases: Alias[]) => aliases.map(({ text, lang }) => ({ text, lang }));
const stripAlias = ({ text, lang, caseSensitive, ambiguous, shared }: Alias) => ({
  text,
  lang,
  caseSensitive,
  ambiguous,
  ...(shared ? { shared } : {}),
});

/** China's share of the first processing-stage table USGS reports for the mineral itself. */
function chinaRefiningShare(figures: MineralFigures | undefined): ChinaShare | null {
  for (const block of figures?.production ?? []) {
    if (
      block.status === 'reported' &&
      block.stage === 'processing' &&
      block.scope === 'mineral' &&
      block.chinaSharePct !== null
    ) {
      return {
        pct: block.chinaSharePct,
        year: block.year,
        basis: block.basis,
        sourceId: block.source.sourceId,
        notes: block.notes,
      };
    }
  }
  return null;
}

export function buildDataset(d: Dataset): BuiltDataset {
  const figuresById = new Map(d.figures.figures.map((f) => [f.id, f]));
  const relatedTerms = (id: string) =>
    d.policyTerms.filter((t) => t.relatedEntryIds.includes(id)).map((t) => t.id);
  const figuresOf = (id: string) => {
    const f = figuresById.get(id);
    return f ? { production: f.production, importReliance: f.importReliance, story: f.story } : null;
  };

  const minerals: MineralEntry[] = d.minerals.map((m) => {
    const memberships = deriveMemberships(m.id, d.lists);
    const listed = (listId: string) => memberships.find((x) => x.listId === listId)?.listed === true;
    return {
      kind: 'mineral',
      id: m.id,
      name: m.name,
      category: m.group,
      usgsName: m.usgsName,
      localNames: m.localNames,
      symbol: m.symbol,
      atomicNumber: m.atomicNumber,
      ...(m.relatedElement ? { relatedElement: m.relatedElement } : {}),
      description: m.description,
      mainUses: m.mainUses,
      onUsgs2025List: listed(USGS_2025_LIST_ID),
      newIn2025: listed(USGS_2025_LIST_ID) && !listed(USGS_2022_LIST_ID),
      groupIds: d.groups.filter((g) => g.memberIds.includes(m.id)).map((g) => g.id),
      memberships,
      figures: figuresOf(m.id)!,
      chinaRefiningShare: chinaRefiningShare(figuresById.get(m.id)),
      exportControlIds: d.policyTerms
        .filter((t) => t.kind === 'export-control' && t.relatedEntryIds.includes(m.id))
        .map((t) => t.id),
      relatedTermIds: relatedTerms(m.id),
      aka: aka(m.aliases),
      ...(m.notes ? { notes: m.notes } : {}),
      sourceIds: m.sourceIds,
      ...(m.es ? { es: m.es } : {}),
    };
  });
  const groups: GroupEntry[] = d.groups.map((g) => ({
    kind: 'group',
    id: g.id,
    name: g.name,
    category: g.category,
    localNames: g.localNames,
    description: g.description,
    memberIds: g.memberIds,
    otherMembers: g.otherMembers,
    subgroups: g.subgroups,
    listMentions: deriveListMentions(g.id, d.lists),
    figures: figuresOf(g.id),
    relatedTermIds: relatedTerms(g.id),
    aka: aka(g.aliases),
    ...(g.notes ? { notes: g.notes } : {}),
    sourceIds: g.sourceIds,
    ...(g.es ? { es: g.es } : {}),
  }));
  const policies: PolicyEntry[] = d.policyTerms.map((t) => ({
    kind: 'policy',
    id: t.id,
    name: t.name,
    category: t.kind,
    jurisdiction: t.jurisdiction,
    date: t.date,
    ...(t.dateNote ? { dateNote: t.dateNote } : {}),
    definition: t.definition,
    status: t.status,
    relatedEntryIds: t.relatedEntryIds,
    listIds: t.listIds,
    relatedTermIds: relatedTerms(t.id),
    aka: aka(t.aliases),
    ...(t.notes ? { notes: t.notes } : {}),
    sourceIds: t.sourceIds,
    ...(t.es ? { es: t.es } : {}),
  }));
  const all: Entry[] = [...minerals, ...groups, ...policies].sort(byId);

  const terms: MatchTerm[] = [
    ...d.minerals.map((m) => ({
      id: m.id,
      kind: 'mineral' as const,
      category: m.group,
      label: m.name,
      aliases: m.aliases,
      negatives: m.negatives,
    })),
    ...d.groups.map((g) => ({
      id: g.id,
      kind: 'group' as const,
      category: g.category,
      label: g.name,
      aliases: g.aliases,
      negatives: g.negatives,
    })),
    ...d.policyTerms.map((t) => ({
      id: t.id,
      kind: 'policy' as const,
      category: t.kind,
      label: t.name,
      aliases: t.aliases,
      negatives: t.negatives,
    })),
  ]
    .map((t) => ({ ...t, aliases: t.aliases.map(stripAlias) }))
    .sort(byId);

  return {
    index: { version: d.meta.version, terms },
    entries: {
      version: d.meta.version,
      date: d.meta.date,
      dataYear: d.figures.dataYear,
      entries: all,
      lists: d.lists,
      sources: d.sources,
      usgsEs: translateUsgsTexts(d.figures, d.usgsPhrases, commodityNames([...d.minerals, ...d.groups]))
        .spanish,
    },
  };
}
