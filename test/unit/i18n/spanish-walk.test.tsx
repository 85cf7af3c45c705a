// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { TermCard, type TermCardActions } from '@/components/card/term-card';
import { EntryDetail } from '@/components/panel/browse/entry-detail';
import { createCardStore } from '@/lib/card/card-store';
import { SPANISH_REQUIRED } from '@/lib/dataset/check-spanish';
import { createEntryDetailsIndex } from '@/lib/dataset/entry-details';
import { createEntryLookup } from '@/lib/dataset/lookups';
import type { EntriesFile } from '@/lib/dataset/types';
import { mentionsToMarkdown } from '@/lib/export/markdown';
import { localizeDetails } from '@/lib/i18n/localize-details';
import { localizeLookup } from '@/lib/i18n/localize-lookup';
import { createTranslator } from '@/lib/i18n/translate';
import type { PageMention } from '@/lib/messaging';
import { entryName } from '@/lib/search/entry-name';
import { loadDataset, readGenerated } from '../dataset/load';
import {
  englishLeaks,
  englishStopwords,
  foldedEntries,
  OFFICIAL_NAMES,
  seen,
  squash,
} from './spanish-walk-support';

// Issue 16's "done when": in Spanish, every view of every entry (card, Browse list and detail, the
// briefing and the Markdown export) shows no English text of the entry. What it catches: any
// written or USGS text of 12+ characters that a view shows in English because it bypassed the
// language helper or has no Spanish. What it cannot catch: English that is not a stored text (a UI
// string missing from the Spanish table is caught by the i18n tests), or a Spanish text that is
// wrong. English stopwords are counted as a rougher second signal and printed, not asserted:
// source titles and publishers keep their English names by design.
afterEach(cleanup);
const t = createTranslator('es-MX');
const actions = Object.fromEntries(
  ['close', 'back', 'openEntry', 'step', 'copyCitation', 'hide', 'siteOff', 'pin'].map((n) => [n, vi.fn()]),
) as unknown as TermCardActions;

function walk(file: EntriesFile, ids: string[]) {
  const index = createEntryDetailsIndex(file);
  const lookup = localizeLookup(createEntryLookup(file), file, 'es');
  const details = (id: string) => {
    const found = index.get(id);
    return found && localizeDetails(found, 'es');
  };
  const leaks: string[] = [];
  let stopwords = 0;
  const check = (view: string, id: string, text: string, count = true) => {
    if (count) stopwords += englishStopwords(text);
    leaks.push(
      ...englishLeaks(
        view,
        file.entries.find((e) => e.id === id)!,
        file,
        text,
      ),
    );
  };
  for (const id of ids) {
    const entry = file.entries.find((e) => e.id === id)!;
    const store = createCardStore({
      open: true,
      trail: [{ id, name: entry.name }],
      details: { status: 'ready', details: index.get(id)! },
    });
    const card = render(<TermCard store={store} t={t} actions={actions} pageLang="es-MX" />);
    check('card', id, seen(card.container));
    card.unmount();
    const browse = render(
      <EntryDetail
        t={t}
        entryId={id}
        previousId={undefined}
        lookup={lookup}
        details={details}
        onBack={vi.fn()}
        onOpenEntry={vi.fn()}
      />,
    );
    check('browse', id, seen(browse.container));
    browse.unmount();
    // The Browse list shows the entry's name: in Spanish, never the English one, unless it is a
    // proper name with no Spanish form (or already Spanish), kept in its official form.
    if (entryName(entry, 'es') === entry.name && entry.name.length >= 12 && !OFFICIAL_NAMES.has(id))
      leaks.push(`browse list ${id}: "${entry.name}"`);
  }
  // The briefing and its Markdown export, with every entry mentioned once on a Spanish page.
  const mentions: PageMention[] = ids.map((termId, i) => {
    const entry = file.entries.find((e) => e.id === termId)!;
    return {
      index: i,
      frameId: 0,
      frameUrl: 'https://ejemplo.mx/nota',
      termId,
      kind: entry.kind,
      category: entry.category,
      text: termId,
      context: `… ${termId} …`,
      confidence: 1,
      why: { verdict: 'name' },
    };
  });
  const markdown = squash(
    mentionsToMarkdown(
      {
        page: { url: 'https://ejemplo.mx/nota', title: 'Nota', lang: 'es-MX', mentions },
        lookup,
        exportedAt: new Date('2026-12-06T12:00:00Z'),
      },
      t,
    ),
  );
  stopwords += englishStopwords(markdown);
  for (const id of ids) check('markdown', id, markdown, false);
  return { leaks, stopwords };
}

describe('Spanish all the way down', () => {
  const d = loadDataset();

  test('with every entry’s Spanish folded in, no view of any entry shows its English', () => {
    const file = foldedEntries(d);
    const { leaks, stopwords } = walk(
      file,
      file.entries.map((e) => e.id),
    );
    console.info(
      `Spanish walk (folded fixture): ${file.entries.length} entries × card, Browse, briefing/Markdown; ${leaks.length} English texts shown; ${stopwords} English stopwords (source titles included)`,
    );
    if (leaks.length) console.info(leaks.join('\n'));
    expect(leaks).toEqual([]);
  }, 120_000);

  test('the committed data: entries with Spanish show no English; coverage reported, all once required', () => {
    const file = JSON.parse(readGenerated('entries')) as EntriesFile;
    const withSpanish = file.entries.filter((e) => e.es !== undefined).map((e) => e.id);
    console.info(
      `Spanish coverage of the committed data: ${withSpanish.length} of ${file.entries.length} entries`,
    );
    if (SPANISH_REQUIRED) expect(withSpanish.length).toBe(file.entries.length);
    expect(walk(file, withSpanish).leaks).toEqual([]);
  }, 120_000);
});
