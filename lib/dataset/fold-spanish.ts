import { FILES } from './parse-dataset';
import {
  compareSpanish,
  expectedOf,
  type DataKey,
  type SpanishRecord,
  type SpanishRecords,
} from './spanish-shape';

/**
 * The pure half of scripts/fold-es-drafts.ts: Spanish drafts (data/es-drafts/<file>.json, keyed by
 * entry id, mirroring the English prose fields) folded into the hand-edited files. Every id and
 * field must match the English exactly, or nothing is written. Idempotent: folding the same drafts
 * again gives the same files. Policy status and follow-up texts go into their LocalText.es.
 */
export type { DataKey } from './spanish-shape';
type Files = { [K in DataKey]: SpanishRecords[K][] };
export type Drafts = Partial<Record<DataKey, unknown>>;

export const DRAFT_FILES: Record<DataKey, string> = {
  minerals: 'data/es-drafts/minerals.json',
  groups: 'data/es-drafts/groups.json',
  policyTerms: 'data/es-drafts/policy-terms.json',
  lists: 'data/es-drafts/lists.json',
};

export function foldSpanish(
  files: Files,
  drafts: Drafts,
  options: { partial?: boolean } = {},
): { files: Files; errors: string[]; folded: number } {
  const errors: string[] = [];
  const out = structuredClone(files);
  let folded = 0;
  for (const key of Object.keys(drafts) as DataKey[]) {
    const draft = drafts[key];
    const where = DRAFT_FILES[key];
    if (!draft || typeof draft !== 'object' || Array.isArray(draft)) {
      errors.push(`${where}: must be an object keyed by entry id`);
      continue;
    }
    const entries = out[key] as SpanishRecord[];
    const byId = new Map(entries.map((e) => [e.id, e]));
    for (const id of Object.keys(draft))
      if (!byId.has(id)) errors.push(`${where}: "${id}" is not an id in ${FILES[key]}`);
    for (const entry of entries) {
      const es = (draft as Record<string, unknown>)[entry.id];
      if (es === undefined) {
        if (!options.partial)
          errors.push(`${where}: "${entry.id}" is missing (every entry needs its Spanish)`);
        continue;
      }
      const problems = compareSpanish(expectedOf(key, entry, true), es);
      for (const [field, message] of problems)
        errors.push(`${where}: "${entry.id}"${field ? `, field ${field}` : ''}: ${message}`);
      if (problems.length) continue;
      place(key, entry, es as Record<string, unknown>);
      folded++;
    }
  }
  return errors.length ? { files, errors, folded: 0 } : { files: out, errors, folded };
}

/** Writes one entry's Spanish where the schema keeps it. */
function place(key: DataKey, entry: SpanishRecord, es: Record<string, unknown>) {
  if (key !== 'policyTerms') {
    (entry as { es?: unknown }).es = es;
    return;
  }
  const term = entry as SpanishRecords['policyTerms'];
  const { status, followUp, ...rest } = es as Record<string, string>;
  term.es = rest as SpanishRecords['policyTerms']['es'];
  if (term.status && status) term.status.text.es = status;
  if (term.status?.followUp && followUp) term.status.followUp.text.es = followUp;
}
