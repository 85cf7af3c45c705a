import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { checkSpanish } from '@/lib/dataset/check-spanish';
import { foldSpanish } from '@/lib/dataset/fold-spanish';
import { formatIssue } from '@/lib/dataset/parse-dataset';
import { fakeDrafts, MARK } from './es-drafts-fixture';
import { loadDataset, ROOT } from './load';

// The fold is the lead's one step after es-text's drafts arrive: it must refuse any draft whose
// ids or fields do not match the English, and folding twice must change nothing.
const dataset = loadDataset();
const files = () => structuredClone({ ...dataset });

describe('folding the Spanish drafts', () => {
  it('folds a complete set, after which the required-Spanish check passes', () => {
    const drafts = fakeDrafts(dataset);
    const { files: out, errors, folded } = foldSpanish(files(), drafts);
    expect(errors).toEqual([]);
    expect(folded).toBe(
      dataset.minerals.length + dataset.groups.length + dataset.policyTerms.length + dataset.lists.length,
    );
    expect(checkSpanish({ ...dataset, ...out }, true).map(formatIssue)).toEqual([]);
    const lithium = out.minerals.find((m) => m.id === 'lithium')!;
    const draftOf = (key: 'minerals' | 'policyTerms', id: string) =>
      (drafts[key] as Record<string, Record<string, unknown>>)[id]!;
    expect(lithium.es?.description).toBe(draftOf('minerals', 'lithium').description);
    expect(lithium.es?.description).toMatch(new RegExp(`^${MARK}`));
    const term = out.policyTerms.find((t) => t.status?.followUp)!;
    expect(term.status!.followUp!.text.es).toBe(draftOf('policyTerms', term.id).followUp);
    expect(term.es).not.toHaveProperty('status');
  });

  it('is idempotent: folding the same drafts again changes nothing', () => {
    const drafts = fakeDrafts(dataset);
    const once = foldSpanish(files(), drafts).files;
    const twice = foldSpanish(structuredClone(once), drafts).files;
    expect(JSON.stringify(twice)).toBe(JSON.stringify(once));
  });

  it('writes nothing and names entry and field when a draft does not match the English', () => {
    const drafts = fakeDrafts(dataset);
    const minerals = drafts.minerals as Record<string, { mainUses?: string[]; colour?: string }>;
    minerals.lithium!.mainUses!.pop();
    minerals.cobalt!.colour = 'azul';
    (drafts.groups as Record<string, unknown>)['rare-earth'] = { description: 'x' };
    delete (drafts.policyTerms as Record<string, unknown>).usmca;
    const { files: out, errors } = foldSpanish(files(), drafts);
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /minerals\.json: "lithium", field mainUses: has \d+ items; the English has \d+/,
        ),
        'data/es-drafts/minerals.json: "cobalt", field colour: has no English counterpart (field not expected here)',
        'data/es-drafts/groups.json: "rare-earth" is not an id in data/groups.json',
        'data/es-drafts/policy-terms.json: "usmca" is missing (every entry needs its Spanish)',
      ]),
    );
    // Nothing folded: the files come back exactly as they went in.
    expect(out).toEqual(files());
  });

  it('names the entry and field of a missing Spanish text once Spanish is required', () => {
    const out = foldSpanish(files(), fakeDrafts(dataset)).files;
    delete out.minerals.find((m) => m.id === 'lithium')!.es;
    delete (out.policyTerms.find((t) => t.id === 'usmca')!.es as { definition?: string }).definition;
    const messages = checkSpanish({ ...dataset, ...out }, true).map(formatIssue);
    expect(messages).toEqual([
      expect.stringMatching(/^data\/minerals\.json, entry "lithium", field es: Spanish text missing/),
      expect.stringMatching(
        /^data\/policy-terms\.json, entry "usmca", field es\.definition: Spanish text missing/,
      ),
    ]);
  });

  it('the script folds a partial draft into copies of the files, the same way twice', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fold-es-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    cpSync(join(ROOT, 'data'), join(dir, 'data'), {
      recursive: true,
      filter: (p) => !p.includes('raw') && !p.includes('generated'),
    });
    mkdirSync(join(dir, 'data/es-drafts'), { recursive: true });
    const lithium = (fakeDrafts(dataset).minerals as Record<string, unknown>).lithium;
    writeFileSync(join(dir, 'data/es-drafts/minerals.json'), JSON.stringify({ lithium }));
    const run = () =>
      execFileSync(
        process.execPath,
        ['--import', 'tsx', join(ROOT, 'scripts/fold-es-drafts.ts'), '--partial', dir],
        {
          cwd: ROOT,
          encoding: 'utf8',
        },
      );
    expect(run()).toContain('Folded Spanish into 1 entries');
    const first = readFileSync(join(dir, 'data/minerals.json'), 'utf8');
    expect(JSON.parse(first).find((m: { id: string }) => m.id === 'lithium').es).toEqual(lithium);
    run();
    expect(readFileSync(join(dir, 'data/minerals.json'), 'utf8')).toBe(first);
  });
});
