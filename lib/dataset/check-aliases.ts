import { type Dataset, FILES, type Issue } from './parse-dataset';

/** How the matcher will compare strings: Unicode-normalised, case folded. */
export function matchKey(text: string): string {
  return text.normalize('NFC').toLowerCase();
}

/**
 * A match string claimed by two entries would make the highlight a coin toss, so each string has
 * one owner unless every claimant marks it `shared` (NdPr). Negatives must contain one of the
 * entry's own aliases, or they can never suppress anything.
 */
export function checkAliases(d: Dataset): Issue[] {
  const issues: Issue[] = [];
  const claims = new Map<string, { file: string; id: string; shared: boolean; path: string }[]>();
  const all = [
    ...d.minerals.map((e) => ({ file: FILES.minerals, e })),
    ...d.groups.map((e) => ({ file: FILES.groups, e })),
    ...d.policyTerms.map((e) => ({ file: FILES.policyTerms, e })),
  ];
  for (const { file, e } of all) {
    const seen = new Set<string>();
    e.aliases.forEach((a, i) => {
      const key = matchKey(a.text);
      const path = `aliases[${i}].text`;
      if (seen.has(key))
        issues.push({ file, id: e.id, path, message: `"${a.text}" is listed twice in this entry` });
      seen.add(key);
      claims.set(key, [...(claims.get(key) ?? []), { file, id: e.id, shared: a.shared === true, path }]);
    });
    const keys = e.aliases.map((a) => matchKey(a.text));
    e.negatives.forEach((n, i) => {
      if (!keys.some((k) => matchKey(n).includes(k))) {
        issues.push({
          file,
          id: e.id,
          path: `negatives[${i}]`,
          message: `"${n}" contains none of this entry's aliases`,
        });
      }
    });
  }
  for (const [key, owners] of claims) {
    const ids = [...new Set(owners.map((o) => o.id))];
    if (ids.length < 2) continue;
    for (const o of owners.filter((x) => !x.shared)) {
      const others = ids.filter((id) => id !== o.id).join(', ');
      issues.push({
        file: o.file,
        id: o.id,
        path: o.path,
        message: `"${key}" is also claimed by ${others}; mark it "shared": true on every claimant`,
      });
    }
  }
  return issues;
}
