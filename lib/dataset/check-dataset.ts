import { type Dataset, FILES, type Issue } from './parse-dataset';
import { checkAliases } from './check-aliases';
import { checkSpanish } from './check-spanish';
import { checkStatuses } from './check-status';

/**
 * Checks that need more than one entry or more than one file: unique sorted ids, references that
 * resolve, list counts, group consistency. Each problem names the file, entry and field.
 */

function checkSortedUnique(file: string, ids: string[], issues: Issue[]) {
  ids.forEach((id, i) => {
    const prev = ids[i - 1];
    if (prev !== undefined && prev >= id) {
      issues.push({
        file,
        id,
        path: 'id',
        message: prev === id ? 'duplicate id' : `not sorted: comes after "${prev}"`,
      });
    }
  });
}

export function checkDataset(d: Dataset): Issue[] {
  const issues: Issue[] = [];
  const push = (file: string, id: string | null, path: string, message: string) =>
    issues.push({ file, id, path, message });

  checkSortedUnique(
    FILES.minerals,
    d.minerals.map((e) => e.id),
    issues,
  );
  checkSortedUnique(
    FILES.groups,
    d.groups.map((e) => e.id),
    issues,
  );
  checkSortedUnique(
    FILES.policyTerms,
    d.policyTerms.map((e) => e.id),
    issues,
  );
  checkSortedUnique(
    FILES.lists,
    d.lists.map((e) => e.id),
    issues,
  );
  checkSortedUnique(
    FILES.sources,
    d.sources.map((e) => e.id),
    issues,
  );
  checkSortedUnique(
    FILES.figures,
    d.figures.figures.map((e) => e.id),
    issues,
  );

  // The card looks entries up by id alone, so ids must be unique across every kind (and lists
  // and sources must not collide with them either, or a link could resolve to the wrong thing).
  const owner = new Map<string, string>();
  const claim = (file: string, id: string) => {
    const other = owner.get(id);
    if (other && other !== file) push(file, id, 'id', `id also used in ${other}`);
    owner.set(id, file);
  };
  d.minerals.forEach((e) => claim(FILES.minerals, e.id));
  d.groups.forEach((e) => claim(FILES.groups, e.id));
  d.policyTerms.forEach((e) => claim(FILES.policyTerms, e.id));
  d.lists.forEach((e) => claim(FILES.lists, e.id));
  d.sources.forEach((e) => claim(FILES.sources, e.id));

  const minerals = new Set(d.minerals.map((e) => e.id));
  const entries = new Set([...minerals, ...d.groups.map((e) => e.id), ...d.policyTerms.map((e) => e.id)]);
  const groupIds = new Set(d.groups.map((e) => e.id));
  const listIds = new Set(d.lists.map((e) => e.id));
  const sourceIds = new Set(d.sources.map((e) => e.id));
  const needSource = (file: string, id: string, path: string, ref: string) => {
    if (!sourceIds.has(ref)) push(file, id, path, `unknown source id "${ref}" (not in ${FILES.sources})`);
  };
  const needEntry = (file: string, id: string, path: string, ref: string, set = entries, what = 'entry') => {
    if (!set.has(ref)) push(file, id, path, `unknown ${what} id "${ref}"`);
  };

  for (const [file, list] of [
    [FILES.minerals, d.minerals],
    [FILES.groups, d.groups],
    [FILES.policyTerms, d.policyTerms],
  ] as const) {
    for (const e of list) e.sourceIds.forEach((s, i) => needSource(file, e.id, `sourceIds[${i}]`, s));
  }
  for (const m of d.minerals) {
    if (m.mainUses) needSource(FILES.minerals, m.id, 'mainUses.source.sourceId', m.mainUses.source.sourceId);
    if ((m.symbol === null) !== (m.atomicNumber === null))
      push(FILES.minerals, m.id, 'symbol', 'symbol and atomicNumber must both be set or both be null');
    if (m.symbol === null && !m.relatedElement)
      push(FILES.minerals, m.id, 'relatedElement', 'a non-element needs the element it is mined for');
  }
  for (const g of d.groups) {
    g.memberIds.forEach((m, i) => needEntry(FILES.groups, g.id, `memberIds[${i}]`, m, minerals, 'mineral'));
    g.subgroups.forEach((s, i) => {
      needSource(FILES.groups, g.id, `subgroups[${i}].source.sourceId`, s.source.sourceId);
      s.memberIds.forEach((m, j) => {
        if (!g.memberIds.includes(m))
          push(FILES.groups, g.id, `subgroups[${i}].memberIds[${j}]`, `"${m}" is not a member of the group`);
      });
    });
    for (const m of d.minerals.filter((x) => g.memberIds.includes(x.id))) {
      if (m.group !== g.category)
        push(FILES.minerals, m.id, 'group', `member of "${g.id}" but its group is not "${g.category}"`);
    }
  }
  for (const t of d.policyTerms) {
    t.relatedEntryIds.forEach((r, i) => needEntry(FILES.policyTerms, t.id, `relatedEntryIds[${i}]`, r));
    t.listIds.forEach((l, i) => needEntry(FILES.policyTerms, t.id, `listIds[${i}]`, l, listIds, 'list'));
  }
  for (const l of d.lists) {
    needSource(FILES.lists, l.id, 'source.sourceId', l.source.sourceId);
    if (l.items.length !== l.officialCount) {
      push(
        FILES.lists,
        l.id,
        'items',
        `has ${l.items.length} items but the official count is ${l.officialCount}`,
      );
    }
    l.items.forEach((item, i) => {
      item.entryIds.forEach((r, j) =>
        needEntry(FILES.lists, l.id, `items[${i}].entryIds[${j}]`, r, minerals, 'mineral'),
      );
      item.unverifiedEntryIds?.forEach((r, j) =>
        needEntry(FILES.lists, l.id, `items[${i}].unverifiedEntryIds[${j}]`, r, minerals, 'mineral'),
      );
      if (item.groupId) needEntry(FILES.lists, l.id, `items[${i}].groupId`, item.groupId, groupIds, 'group');
    });
  }
  needSource(FILES.figures, d.figures.sourceId, 'sourceId', d.figures.sourceId);
  for (const f of d.figures.figures) {
    needEntry(FILES.figures, f.id, 'id', f.id, new Set([...minerals, ...groupIds]), 'mineral or group');
    [...f.production, ...f.importReliance].forEach((b, i) => {
      const ref = b.status === 'reported' ? b.source.sourceId : b.sourceId;
      needSource(FILES.figures, f.id, `figure[${i}]`, ref);
      if (b.status === 'not-reported' && b.groupEntryId)
        needEntry(FILES.figures, f.id, `figure[${i}].groupEntryId`, b.groupEntryId, groupIds, 'group');
    });
  }
  for (const m of d.minerals) {
    if (!d.figures.figures.some((f) => f.id === m.id))
      push(FILES.figures, m.id, '', 'no figures block; run npm run data:import');
  }
  return [...issues, ...checkAliases(d), ...checkStatuses(d), ...checkSpanish(d)];
}
