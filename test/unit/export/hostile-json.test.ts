import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { mentionsToJson } from '@/lib/export/json';
import { LOOKUP, PAGE } from '../panel/mention-fixture';

const exportedAt = new Date('2026-11-22T14:03:09Z');

// JSON is safe by construction (JSON.stringify escapes what it must); these check it stays so.
describe('JSON from a hostile page', () => {
  test('titles, snippets, languages and ids come back exactly, and are only ever values', () => {
    const nasty = '","x":1}\\"\u0000\u001f\u2028\u2029</script><!--\ud800 =1+1;@a';
    const base = PAGE.mentions[0]!;
    const page = {
      ...PAGE,
      title: nasty,
      lang: '__proto__',
      mentions: [
        { ...base, text: nasty, context: nasty },
        { ...base, index: 99, termId: 'constructor', text: 'toString', context: '__proto__' },
      ],
    };
    const text = mentionsToJson({ page, lookup: LOOKUP, exportedAt });
    // No raw control character: the file is one line per value, whatever the page wrote.
    const raw = [...text].filter((c) => c !== '\n' && c.charCodeAt(0) < 0x20);
    expect(raw).toEqual([]);
    const doc = JSON.parse(text);
    expect(doc.page).toEqual({ url: PAGE.url, title: nasty, lang: '__proto__' });
    expect(Object.keys(doc)).toEqual([
      'format',
      'formatVersion',
      'exportedAt',
      'page',
      'dataset',
      'terms',
      'mentions',
    ]);
    expect(doc.mentions.map((m: { text: string; context: string }) => [m.text, m.context])).toEqual([
      [nasty, nasty],
      ['toString', '__proto__'],
    ]);
    expect(
      doc.terms.map((t: { id: string; name: string; mentions: number }) => [t.id, t.name, t.mentions]),
    ).toEqual([
      ['usmca', 'United States-Mexico-Canada Agreement', 1],
      ['constructor', 'constructor', 1],
    ]);
  });

  test('any title and snippet round-trip, lone surrogates and control characters included', () => {
    const anyUnit = fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n));
    fc.assert(
      fc.property(
        fc.string({ unit: anyUnit, maxLength: 40 }),
        fc.string({ unit: anyUnit, maxLength: 40 }),
        (title, context) => {
          const page = { ...PAGE, title, mentions: [{ ...PAGE.mentions[0]!, context }] };
          const doc = JSON.parse(mentionsToJson({ page, lookup: LOOKUP, exportedAt }));
          expect([doc.page.title, doc.mentions[0].context]).toEqual([title, context]);
        },
      ),
    );
  });
});
