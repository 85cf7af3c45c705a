import type { Group, Mineral, PolicyTerm } from './schema-entries';
import type { ListDef } from './schema-lists';

/**
 * What the Spanish of one entry must contain, derived from its English: the same prose fields,
 * arrays of the same length, list item notes under the same indexes. Shared by `data:check`
 * (check-spanish.ts) and scripts/fold-es-drafts.ts, so a draft that folds is one that checks.
 */
export type Expected = Record<string, 'text' | { list: number } | { keys: string[] }>;

function expectedMineralEs(m: Mineral): Expected {
  return {
    description: 'text',
    ...(m.mainUses ? { mainUses: { list: m.mainUses.items.length } } : {}),
    ...(m.notes ? { notes: 'text' } : {}),
  };
}

function expectedGroupEs(g: Group): Expected {
  return {
    description: 'text',
    ...(g.notes ? { notes: 'text' } : {}),
    otherMembers: { list: g.otherMembers.length },
    subgroups: { list: g.subgroups.length },
  };
}

/** `withStatus`: the drafts also carry the status and follow-up texts (data keeps them in place). */
function expectedPolicyEs(t: PolicyTerm, withStatus: boolean): Expected {
  return {
    name: 'text',
    definition: 'text',
    ...(t.dateNote ? { dateNote: 'text' } : {}),
    ...(t.notes ? { notes: 'text' } : {}),
    ...(withStatus && t.status ? { status: 'text' } : {}),
    ...(withStatus && t.status?.followUp ? { followUp: 'text' } : {}),
  };
}

function expectedListEs(l: ListDef): Expected {
  const keys = l.items.flatMap((item, i) => (item.note ? [String(i)] : []));
  return {
    name: 'text',
    ...(l.note ? { note: 'text' } : {}),
    ...(keys.length ? { items: { keys } } : {}),
  };
}

const isText = (v: unknown) => typeof v === 'string' && v.trim() !== '';

/** Every way `actual` differs from `expected`, as [field, message] pairs; empty when it matches. */
export function compareSpanish(expected: Expected, actual: unknown): [string, string][] {
  if (!actual || typeof actual !== 'object' || Array.isArray(actual))
    return [['', 'must be an object of Spanish texts']];
  const got = actual as Record<string, unknown>;
  const problems: [string, string][] = [];
  for (const field of Object.keys(got))
    if (!Object.hasOwn(expected, field))
      problems.push([field, 'has no English counterpart (field not expected here)']);
  for (const [field, shape] of Object.entries(expected)) {
    const value = got[field];
    if (value === undefined) problems.push([field, 'Spanish text missing']);
    else if (shape === 'text') {
      if (!isText(value)) problems.push([field, 'must be a non-empty string']);
    } else if ('list' in shape) {
      if (!Array.isArray(value)) problems.push([field, `must be an array of ${shape.list} strings`]);
      else if (value.length !== shape.list)
        problems.push([field, `has ${value.length} items; the English has ${shape.list}`]);
      else
        value.forEach(
          (v, i) => !isText(v) && problems.push([`${field}[${i}]`, 'must be a non-empty string']),
        );
    } else {
      const object = value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
      const keys = Object.keys(object);
      for (const key of shape.keys)
        if (!isText(object[key])) problems.push([`${field}.${key}`, 'Spanish note missing for this item']);
      for (const key of keys)
        if (!shape.keys.includes(key)) problems.push([`${field}.${key}`, 'the English item has no note']);
    }
  }
  return problems;
}

/** The records that carry Spanish, by the dataset's key for their file. */
export interface SpanishRecords {
  minerals: Mineral;
  groups: Group;
  policyTerms: PolicyTerm;
  lists: ListDef;
}
export type DataKey = keyof SpanishRecords;

export type SpanishRecord = SpanishRecords[DataKey];

/**
 * What one record must hold in Spanish. `withStatus`: the drafts carry the status and follow-up
 * texts in `es`; the data keeps them in place, where check-spanish.ts reads them.
 */
export function expectedOf(key: DataKey, record: SpanishRecord, withStatus: boolean): Expected {
  if (key === 'minerals') return expectedMineralEs(record as Mineral);
  if (key === 'groups') return expectedGroupEs(record as Group);
  if (key === 'lists') return expectedListEs(record as ListDef);
  return expectedPolicyEs(record as PolicyTerm, withStatus);
}
