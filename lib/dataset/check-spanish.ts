import { type Dataset, FILES, type Issue } from './parse-dataset';
import { compareSpanish, expectedOf, type DataKey, type Expected } from './spanish-shape';
import { commodityNames, translateUsgsTexts } from './usgs-spanish';

/**
 * Every entry, list, status and follow-up must have its Spanish: `npm run data:check` fails naming
 * the entry and field of each missing text. Spanish that is present is held to the English shape.
 * (Turned on once the first drafts were folded in; scripts/fold-es-drafts.ts folds new drafts.)
 */
export const SPANISH_REQUIRED = true;

const HOW =
  'Spanish text missing (issue 16): write it, or fold data/es-drafts/ with scripts/fold-es-drafts.ts';

export function checkSpanish(d: Dataset, required = SPANISH_REQUIRED): Issue[] {
  const issues: Issue[] = [];
  const check = (file: string, id: string, expected: Expected, es: unknown) => {
    if (es === undefined) {
      if (required) issues.push({ file, id, path: 'es', message: HOW });
      return;
    }
    for (const [field, message] of compareSpanish(expected, es))
      issues.push({
        file,
        id,
        path: field ? `es.${field}` : 'es',
        message: message === 'Spanish text missing' ? HOW : message,
      });
  };
  for (const key of ['minerals', 'groups', 'lists', 'policyTerms'] as const satisfies DataKey[])
    for (const record of d[key]) check(FILES[key], record.id, expectedOf(key, record, false), record.es);
  for (const t of d.policyTerms) {
    if (!required || !t.status) continue;
    if (!t.status.text.es)
      issues.push({ file: FILES.policyTerms, id: t.id, path: 'status.text.es', message: HOW });
    if (t.status.followUp && !t.status.followUp.text.es)
      issues.push({ file: FILES.policyTerms, id: t.id, path: 'status.followUp.text.es', message: HOW });
  }
  if (required) {
    const { missing } = translateUsgsTexts(
      d.figures,
      d.usgsPhrases,
      commodityNames([...d.minerals, ...d.groups]),
    );
    for (const text of missing)
      issues.push({
        file: FILES.usgsPhrases,
        id: null,
        path: '',
        message: `no Spanish for the USGS text "${text}": add it to texts (or its pieces to segments)`,
      });
  }
  return issues;
}
