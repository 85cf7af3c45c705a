// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { TermCard, type TermCardActions } from '@/components/card/term-card';
import { createCardStore } from '@/lib/card/card-store';
import { citeFigure } from '@/lib/cite/cite-figure';
import { CARD_STRINGS } from '@/lib/i18n/card-strings';
import { translatorFor } from '@/lib/i18n/translator';
import { isExtensionMessage, type CiteFigureRequest } from '@/lib/messaging/messages';
import { createPageActions } from '@/lib/card/card-page-actions';
import meta from '@/data/meta.json';
import { detailsOf } from '../card/details';
import { parseCitations } from './parse-citations';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const t = translatorFor(CARD_STRINGS, 'en');
const ready = () =>
  createCardStore({ open: true, details: { status: 'ready', details: detailsOf('lithium') } });
const background = (request: CiteFigureRequest) =>
  citeFigure(request, async (id) => detailsOf(id), new Date(2026, 11, 6));

function pageActions(store = ready(), cite = vi.fn(background)) {
  const actions = createPageActions({
    engine: {} as never,
    store,
    controller: {} as never,
    hidden: {} as never,
    t,
    cite,
  });
  return { actions, store, cite };
}

describe('Cite this figure, in the card', () => {
  test('the card offers the formats next to its copy control and passes the choice on', () => {
    const actions = { copyCitation: vi.fn(), downloadCitation: vi.fn() } as unknown as TermCardActions;
    render(<TermCard store={ready()} t={t} actions={actions} />);
    const select = screen.getByRole('combobox', { name: 'Citation format' }) as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toEqual([
      'Plain text',
      'APA 7',
      'Chicago',
      'BibTeX',
      'RIS',
      'CSL-JSON',
    ]);
    fireEvent.change(select, { target: { value: 'bibtex' } });
    fireEvent.click(screen.getByRole('button', { name: 'Copy citation' }));
    expect(actions.copyCitation).toHaveBeenCalledWith('bibtex');
    fireEvent.change(select, { target: { value: 'ris' } });
    fireEvent.click(screen.getByRole('button', { name: 'Download citation' }));
    expect(actions.downloadCitation).toHaveBeenCalledWith('ris');
  });

  test('BibTeX comes from the background and is copied: the USGS release by DOI, the page and the dataset in the note', async () => {
    const written: string[] = [];
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text: string) => void written.push(text) },
    });
    const { actions, store, cite } = pageActions();
    await actions.copyCitation('bibtex');
    expect(cite).toHaveBeenCalledWith({
      type: 'cite/figure',
      id: 'lithium',
      format: 'bibtex',
      locale: 'en',
      seen: { url: location.href, title: document.title },
    });
    expect(store.getSnapshot().notice).toBe('copied');
    const items = parseCitations(written[0]!, '@biblatex/text');
    const usgs = items.find((i) => i.DOI === '10.5066/P1WKQ63T')!;
    expect(usgs.title).toBe('Mineral Commodity Summaries 2026 Data Release');
    expect(usgs.note).toContain('data year 2025');
    expect(usgs.note).toContain(`Mineral Lens dataset ${meta.version}`);
  });

  test('plain text stays in the card, as before; a failed background answer says so', async () => {
    const { actions, cite, store } = pageActions(
      ready(),
      vi.fn(async () => null),
    );
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: undefined });
    await actions.copyCitation('plain');
    expect(cite).not.toHaveBeenCalled();
    expect(store.getSnapshot().notice).toBe('copy-fallback');
    expect(store.getSnapshot().citation).toMatch(/^Lithium\. U\.S\. Geological Survey, 2026/);
    await actions.copyCitation('apa');
    expect(store.getSnapshot().notice).toBe('cite-failed');
  });

  test('the background checks the request before formatting anything', () => {
    const request = {
      type: 'cite/figure',
      id: 'lithium',
      format: 'apa',
      locale: 'en',
      seen: { url: 'u', title: 't' },
    };
    expect(isExtensionMessage(request)).toBe(true);
    expect(isExtensionMessage({ ...request, format: 'docx' })).toBe(false);
    expect(isExtensionMessage({ ...request, locale: 'fr' })).toBe(false);
    expect(isExtensionMessage({ ...request, seen: null })).toBe(false);
  });
});
