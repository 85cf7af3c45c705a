// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { readPageMetadata } from '@/lib/cite/page-metadata';
import { fixtureDoc } from '../cite/fixture-doc';
import { namesOf, parseCitations } from '../cite/parse-citations';
import { renderPanel } from './render-panel';

afterEach(cleanup);

const metadata = readPageMetadata(fixtureDoc('wire-news-article.html'), 'https://www.globalwire.example/x');

describe('Cite this page', () => {
  test('reads the page only when asked, then shows an APA reference to copy', async () => {
    const { connection } = await renderPanel({ metadata });
    expect(connection.metadata).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Cite this page' }));
    const text = (await screen.findByRole('textbox', { name: 'Citation' })) as HTMLTextAreaElement;
    expect(connection.metadata).toHaveBeenCalledTimes(1);
    expect(text.value).toMatch(/^Doe, J\. Q\., & de la Cruz, R\. \(2026, March 4\)\. Lithium miners race/);
  });

  test('BibTeX downloads as a .bib file that parses back with the page’s title, authors and date', async () => {
    const { download } = await renderPanel({ metadata });
    fireEvent.click(screen.getByRole('button', { name: 'Cite this page' }));
    const select = (await screen.findByRole('combobox', { name: 'Format' })) as HTMLSelectElement;
    fireEvent.change(select, { target: { value: 'bibtex' } });
    fireEvent.click(screen.getByRole('button', { name: 'Download' }));
    const [file, type, text] = download.mock.calls[0] as [string, string, string];
    expect(file).toBe('citation-globalwire.example-2026-11-22.bib');
    expect(type).toMatch(/^application\/x-bibtex/);
    const [item] = parseCitations(text, '@biblatex/text');
    expect(item!.title).toBe('Lithium miners race to lock in supply deals as prices rebound');
    expect(namesOf(item!)).toEqual(['Doe, Jane Q.', 'de la Cruz, Rafael']);
    expect(item!.issued?.['date-parts'][0]).toEqual([2026, 3, 4]);
    await screen.findByText(`Saved ${file}.`);
  });

  test('in Spanish, with a page that does not answer: says so, in Spanish', async () => {
    await renderPanel({ language: 'es' });
    fireEvent.click(screen.getByRole('button', { name: 'Citar esta página' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/La página no respondió/));
  });
});
