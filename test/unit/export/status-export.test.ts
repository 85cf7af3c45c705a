import { describe, expect, test } from 'vitest';
import { mentionsToCsv } from '@/lib/export/csv';
import { mentionsToJson } from '@/lib/export/json';
import { mentionsToMarkdown } from '@/lib/export/markdown';
import { createTranslator } from '@/lib/i18n/translate';
import type { MentionList } from '@/lib/messaging';
import { LOOKUP } from '../panel/mention-fixture';
import { parseCsv } from './parse-csv';

// Exports carry each policy status with its as-of date, judged on the day of the export.
const id = 'china-export-control-rare-earths-october-2025';
const page: MentionList = {
  url: 'https://news.example.com/rare-earths',
  title: 'Rare earths',
  lang: 'en',
  mentions: [
    {
      index: 0,
      frameId: 0,
      frameUrl: 'https://news.example.com/rare-earths',
      termId: id,
      kind: 'policy',
      category: 'export-control',
      text: 'expanded rare earth controls',
      context: 'China’s expanded rare earth controls were paused.',
      confidence: 1,
      why: { verdict: 'name' },
    },
  ],
};
const at = (iso: string) => ({ page, lookup: LOOKUP, exportedAt: new Date(iso) });

describe('exports of a policy term with a dated status', () => {
  test('Markdown: before the end date the status and its dates; after it, that it ended', () => {
    const before = mentionsToMarkdown(at('2026-06-01T12:00:00Z'), createTranslator('en'));
    // Markdown escapes brackets from the dataset: "\(" is a literal "(".
    expect(before).toContain('\\(as of November 7, 2025; until November 10, 2026\\)');
    expect(before).not.toContain('Ended on');
    const after = mentionsToMarkdown(at('2026-12-06T12:00:00Z'), createTranslator('en'));
    expect(after).toContain(
      '**Status**: Ended on November 10, 2026: check the source for what followed. Was:',
    );
    expect(after).toContain('Since then: No later announcement');
  });

  test('JSON: the status with asOf, endsOn, follow-up and its standing on the export day', () => {
    const term = JSON.parse(mentionsToJson(at('2026-12-06T12:00:00Z'))).terms[0];
    expect(term.status).toMatchObject({
      asOf: '2025-11-07',
      endsOn: '2026-11-10',
      followUp: { asOf: '2026-12-06' },
      standing: 'ended',
      checkedOn: '2026-12-06',
    });
    const earlier = JSON.parse(mentionsToJson(at('2026-06-01T12:00:00Z'))).terms[0];
    expect(earlier.status.standing).toBe('current');
  });

  test('CSV: the status line and the day it was verified', () => {
    const [, row] = parseCsv(mentionsToCsv(at('2026-12-06T12:00:00Z')));
    expect(row!.at(-2)).toMatch(/^Ended on November 10, 2026/);
    expect(row!.at(-1)).toBe('2025-11-07');
  });
});
