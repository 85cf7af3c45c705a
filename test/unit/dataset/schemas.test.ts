import { describe, expect, it } from 'vitest';
import { checkDataset } from '../../../lib/dataset/check-dataset';
import { formatIssue, parseDataset } from '../../../lib/dataset/parse-dataset';
import { loadDataset, loadFiles } from './load';

// The build must fail with the file, entry id and field named; these tests break copies of the
// real files the way an editor might and read the message a person would get.
const clone = <T>(v: T): T => structuredClone(v);

describe('dataset schemas', () => {
  it('accept every committed file, and the cross-file checks find nothing', () => {
    const { dataset, issues } = parseDataset(loadFiles().files);
    expect(issues.map(formatIssue)).toEqual([]);
    expect(checkDataset(dataset!).map(formatIssue)).toEqual([]);
  });

  it('name the file, entry and field when a match string carries a note in parentheses', () => {
    const files = clone(loadFiles().files);
    const minerals = files.minerals as { id: string; aliases: { text: string }[] }[];
    minerals.find((m) => m.id === 'aluminum')!.aliases[2]!.text = 'bauxite (ore)';
    const [issue] = parseDataset(files).issues;
    expect(issue).toMatchObject({ file: 'data/minerals.json', id: 'aluminum', path: 'aliases[2].text' });
    expect(formatIssue(issue!)).toMatch(
      /^data\/minerals\.json, entry "aluminum", field aliases\[2\]\.text: /,
    );
  });

  it('reject unknown fields, so a misspelt field cannot vanish silently', () => {
    const files = clone(loadFiles().files);
    (files.policyTerms as Record<string, unknown>[])[0]!['defintion'] = 'typo';
    const issues = parseDataset(files).issues;
    expect(issues).toHaveLength(1);
    expect(issues[0]!.file).toBe('data/policy-terms.json');
  });

  it('reject a wrong kind, category or date with the entry named', () => {
    const files = clone(loadFiles().files);
    const terms = files.policyTerms as { id: string; kind: string; date: string }[];
    terms.find((t) => t.id === 'usmca')!.date = '1 July 2020';
    const issue = parseDataset(files).issues[0]!;
    expect([issue.id, issue.path]).toEqual(['usmca', 'date']);
  });

  it('name the figure entry when the generated figures file is edited badly', () => {
    const files = clone(loadFiles().files);
    const figures = files.figures as { figures: { id: string; production: { year?: unknown }[] }[] };
    const cobalt = figures.figures.find((f) => f.id === 'cobalt')!;
    delete cobalt.production[0]!.year;
    const issue = parseDataset(files).issues[0]!;
    expect(issue).toMatchObject({ file: 'data/usgs-figures.json', id: 'cobalt' });
    expect(issue.path).toMatch(/production\[0\]\.year$/);
  });

  it('catch references that do not resolve, with the field path', () => {
    const d = clone(loadDataset());
    d.policyTerms.find((t) => t.id === 'feoc')!.sourceIds.push('no-such-source');
    d.lists.find((l) => l.id === 'india-2023')!.items[0]!.entryIds.push('unobtainium');
    const messages = checkDataset(d).map(formatIssue);
    expect(messages).toContain(
      'data/policy-terms.json, entry "feoc", field sourceIds[2]: unknown source id "no-such-source" (not in data/sources.json)',
    );
    expect(
      messages.some((m) => m.includes('"india-2023"') && m.includes('unknown mineral id "unobtainium"')),
    ).toBe(true);
  });
});
