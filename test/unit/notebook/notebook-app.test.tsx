// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import axe from 'axe-core';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { NotebookApp } from '@/components/notebook/notebook-app';
import { createTranslator } from '@/lib/i18n/translate';
import { captureRecords } from '@/lib/notebook/capture';
import { openNotebook } from '@/lib/notebook/database';
import { readNotebook, savePages } from '@/lib/notebook/notebook-store';
import { createNotebookViewStore } from '@/lib/notebook/notebook-view-store';
import { capture, mention, metadata } from './capture-fixture';

const NAMES: Record<string, string> = { lithium: 'Lithium', cobalt: 'Cobalt' };
let names = 0;
afterEach(cleanup);

const day = (iso: string) => new Date(`${iso}T10:00:00`).getTime();
const english = captureRecords(
  capture([
    mention('lithium', 'lithium', 'Chile’s lithium output rose again as new brine projects came online.'),
    mention('cobalt', 'cobalt', 'Most cobalt still comes from the Congo.', { category: 'other' }),
  ]),
  day('2026-03-04'),
);
const spanishUrl = 'https://elpais.example/economia/litio';
const spanish = captureRecords(
  capture(
    [mention('lithium', 'litio', 'La producción de litio en Bolivia creció un 20 por ciento.')],
    metadata({
      url: spanishUrl,
      canonicalUrl: spanishUrl,
      title: 'El litio boliviano',
      site: 'El País',
      language: 'es',
    }),
  ),
  day('2026-03-18'),
);

async function renderNotebook(confirm = vi.fn(() => true), language = 'en') {
  const db = await openNotebook(`app-${++names}`);
  await savePages(db, [english, spanish]);
  const store = createNotebookViewStore(db);
  render(
    <NotebookApp
      t={createTranslator(language)}
      store={store}
      termName={(id) => NAMES[id] ?? id}
      categoryName={(id) => id}
      confirm={confirm}
    />,
  );
  await screen.findByRole('heading', { level: 3, name: 'El litio boliviano' });
  return { db, confirm };
}

const shownTitles = () => screen.queryAllByRole('heading', { level: 3 }).map((h) => h.textContent);

describe('the notebook page', () => {
  test('lists each kept article with its metadata and its quotes, newest first', async () => {
    await renderNotebook();
    expect(shownTitles()).toEqual(['El litio boliviano', 'Lithium miners race to meet demand']);
    const article = screen.getByRole('article', { name: 'Lithium miners race to meet demand' });
    expect(article.textContent).toContain('MineWire');
    expect(article.textContent).toContain('by Ana Ruiz');
    expect(article.textContent).toContain('published 2026-03-04');
    const links = within(article).getAllByRole('link', { name: 'Open the article at this quote' });
    expect(links.map((link) => link.getAttribute('href'))).toContain(
      'https://www.minewire.example/2026/lithium#:~:text=Chile%E2%80%99s-,lithium,-output%20rose%20again',
    );
  });

  test('search is accent and case blind, over quotes, titles and sites', async () => {
    await renderNotebook();
    const search = screen.getByRole('searchbox', { name: 'Search terms, quotes, titles and sites' });
    fireEvent.input(search, { target: { value: 'BOLIVIA' } });
    await waitFor(() => expect(shownTitles()).toEqual(['El litio boliviano']));
    fireEvent.input(search, { target: { value: 'congo' } });
    await waitFor(() => expect(shownTitles()).toEqual(['Lithium miners race to meet demand']));
    fireEvent.input(search, { target: { value: 'elpais' } });
    await waitFor(() => expect(shownTitles()).toEqual(['El litio boliviano']));
    expect(screen.getByRole('status').textContent).toBe('1 pages, 1 quotes');
  });

  test('filters by language, site and date; a term filter shows its weekly timeline', async () => {
    await renderNotebook();
    fireEvent.change(screen.getByRole('combobox', { name: 'Language' }), { target: { value: 'es' } });
    await waitFor(() => expect(shownTitles()).toEqual(['El litio boliviano']));
    fireEvent.change(screen.getByRole('combobox', { name: 'Language' }), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2026-03-10' } });
    await waitFor(() => expect(shownTitles()).toEqual(['Lithium miners race to meet demand']));
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Term' }), { target: { value: 'lithium' } });
    const table = await screen.findByRole('table', { name: 'Mentions of Lithium per week' });
    const rows = within(table).getAllByRole('row').slice(1);
    // Three weeks from 2 March to 16 March, the middle one empty.
    expect(rows.map((row) => [...row.children].slice(1).map((c) => c.textContent))).toEqual([
      ['1', '1'],
      ['0', '0'],
      ['1', '1'],
    ]);
  });

  test('a star and a note are kept; deleting asks first, and a refusal deletes nothing', async () => {
    const confirm = vi.fn(() => false);
    const { db } = await renderNotebook(confirm);
    const article = screen.getByRole('article', { name: 'El litio boliviano' });
    fireEvent.click(within(article).getByRole('button', { name: 'Star: El litio boliviano' }));
    await waitFor(() =>
      expect(
        within(article).getByRole('button', { name: 'Remove the star: El litio boliviano' }),
      ).toBeTruthy(),
    );
    const note = within(article).getByRole('textbox', { name: 'Note on this page' });
    fireEvent.input(note, { target: { value: 'for chapter 2' } });
    fireEvent.blur(note);
    await waitFor(async () =>
      expect((await readNotebook(db)).pages.find((p) => p.url === spanishUrl)?.note).toBe('for chapter 2'),
    );
    fireEvent.click(within(article).getByRole('button', { name: 'Delete this page: El litio boliviano' }));
    expect(confirm).toHaveBeenCalledWith('Delete “El litio boliviano” and its quotes from the notebook?');
    expect((await readNotebook(db)).pages).toHaveLength(2);
    confirm.mockReturnValue(true);
    fireEvent.click(within(article).getByRole('button', { name: 'Delete every page from elpais.example' }));
    await waitFor(() => expect(shownTitles()).toEqual(['Lithium miners race to meet demand']));
    fireEvent.click(screen.getByRole('button', { name: 'Delete everything' }));
    await screen.findByText(/The notebook is empty/);
    expect(await readNotebook(db)).toEqual({ pages: [], mentions: [] });
  });

  test('Spanish follows the panel’s language', async () => {
    await renderNotebook(undefined, 'es-MX');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Cuaderno de Mineral Lens');
    expect(screen.getByRole('searchbox', { name: 'Buscar términos, citas, títulos y sitios' })).toBeTruthy();
  });

  test('axe finds no violations, with a timeline open', async () => {
    await renderNotebook();
    fireEvent.change(screen.getByRole('combobox', { name: 'Term' }), { target: { value: 'lithium' } });
    await screen.findByRole('table');
    const results = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  }, 30_000);
});
