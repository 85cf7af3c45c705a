import { describe, expect, test } from 'vitest';
import { statusLine, statusParts } from '@/lib/card/status-text';
import type { DatedStatus } from '@/lib/dataset/status-standing';
import { createTranslator } from '@/lib/i18n/translate';

// What the card, the briefing and the exports say about a dated status, on a given day.
const en = createTranslator('en');
const es = createTranslator('es');
const suspension: DatedStatus = {
  text: { en: 'Suspended until 10 November 2026.', es: 'Suspendido hasta el 10 de noviembre de 2026.' },
  asOf: '2025-11-07',
  endsOn: '2026-11-10',
  followUp: { text: { en: 'No later announcement was found.' }, asOf: '2026-12-06' },
};

describe('statusParts', () => {
  test('before the end date: the status with its as-of date and end date, no warning', () => {
    const parts = statusParts(suspension, '2026-06-01', en);
    expect(parts.warning).toBeNull();
    expect(statusLine(parts)).toBe(
      'Suspended until 10 November 2026. (as of November 7, 2025; until November 10, 2026)',
    );
  });

  test('after the end date: says it ended and to check the source, the old wording as "was"', () => {
    const line = statusLine(statusParts(suspension, '2026-12-06', en));
    expect(line).toBe(
      'Ended on November 10, 2026: check the source for what followed. ' +
        'Was: Suspended until 10 November 2026. (as of November 7, 2025) ' +
        'Since then: No later announcement was found. (as of December 6, 2026)',
    );
  });

  test('a passed due date says it was due, in Spanish too, with the Spanish wording', () => {
    const review: DatedStatus = {
      text: { en: 'Review due.', es: 'Revisión pendiente.' },
      asOf: '2026-01-15',
      dueOn: '2026-07-13',
    };
    expect(statusParts(review, '2026-07-12', en).dates).toBe('as of January 15, 2026; due July 13, 2026');
    const parts = statusParts(review, '2026-07-14', es);
    expect(parts.warning).toBe('Vencía el 13 de julio de 2026: consulte la fuente para saber qué siguió.');
    expect(parts.text).toBe('Antes: Revisión pendiente.');
  });

  test('an undated status only carries its as-of date', () => {
    const parts = statusParts({ text: { en: 'In force.' }, asOf: '2025-11-21' }, '2040-01-01', en);
    expect(statusLine(parts)).toBe('In force. (as of November 21, 2025)');
  });
});
