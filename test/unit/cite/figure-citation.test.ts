import { describe, expect, test } from 'vitest';
import { keyFacts } from '@/lib/briefing/key-facts';
import { formatCitation } from '@/lib/card/citation';
import { createTranslator } from '@/lib/i18n/translate';
import { LOOKUP } from '../panel/mention-fixture';
import { detailsOf } from '../card/details';

// A reader who copies the card's citation and one who exports a briefing must get the same source
// written the same way, or the two cannot be matched up in their notes.
describe('the card and the briefing cite the same figure the same way', () => {
  const t = createTranslator('en');

  test.each(['gallium', 'lithium', 'cobalt'])('%s: production figure', (id) => {
    const card = formatCitation(detailsOf(id), t);
    const production = keyFacts(LOOKUP.entry(id)!, LOOKUP, t, '2026-11-22').find((f) => f.year !== undefined);
    const [source] = production!.sources;
    // The briefing adds where in the source (file, chapter, section); the source itself reads alike.
    const cited = 'U.S. Geological Survey, 2026, Mineral Commodity Summaries 2026 Data Release';
    expect(card).toContain(`${cited} (data year `);
    expect(source!.text.startsWith(`${cited}, `)).toBe(true);
  });
});
